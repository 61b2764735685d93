package io.github.vigil.survival;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The symmetric factorisation of R's survival package ({@code cholesky2}, {@code chsolve2}, {@code
 * chinv2}): {@code A = L D L'} in place in a row-major {@code p × p} array, with a pivot
 * tolerance relative to the largest diagonal element, so that a singular or nearly singular
 * matrix is detected as R detects it.
 */
final class Cholesky {
  /** R's default {@code toler.chol}, {@code .Machine$double.eps^0.75}. */
  static final double TOLERANCE = Math.pow(Math.ulp(1.0), 0.75);

  private final int p;
  private final double[] f;

  private Cholesky(int p, double[] f) {
    this.p = p;
    this.f = f;
  }

  /**
   * Factors a copy of the symmetric matrix {@code a} (only its upper triangle is read).
   *
   * @return the factors, or no factors and the first column whose pivot is too small
   */
  static Result factor(double[] a, int p) {
    return factor(a, p, false);
  }

  /**
   * Factors a copy of {@code a} as R's cholesky2 does when it is allowed to meet singular
   * columns: a column whose pivot is too small is set to zero and skipped, so that {@link
   * #solve} gives a generalised inverse (R's {@code coxph.wtest}).
   */
  static Cholesky factorSkippingSingular(double[] a, int p) {
    return java.util.Objects.requireNonNull(factor(a, p, true).factors());
  }

  private static Result factor(double[] a, int p, boolean skipSingular) {
    double[] m = a.clone();
    double eps = 0;
    for (int i = 0; i < p; i++) {
      eps = Math.max(eps, m[i * p + i]);
    }
    eps = eps == 0 ? TOLERANCE : eps * TOLERANCE;
    for (int i = 0; i < p; i++) {
      double pivot = m[i * p + i];
      if (!(pivot >= eps) || !Double.isFinite(pivot)) {
        if (!skipSingular) {
          return new Result(null, i);
        }
        m[i * p + i] = 0;
        continue;
      }
      for (int j = i + 1; j < p; j++) {
        double temp = m[i * p + j] / pivot;
        m[j * p + j] -= temp * temp * pivot;
        for (int k = j + 1; k < p; k++) {
          m[j * p + k] -= temp * m[i * p + k];
        }
        m[i * p + j] = temp;
      }
    }
    return new Result(new Cholesky(p, m), -1);
  }

  /** A factorisation, or the first column that could not be factored. */
  record Result(@Nullable Cholesky factors, int singularColumn) {}

  /**
   * Returns {@code u' A^-1 u} for the symmetric {@code p × p} matrix {@code a} (upper triangle
   * read), or throws {@code SINGULAR_VARIANCE} with {@code singular} as its message.
   */
  static double quadraticForm(double[] a, int p, double[] u, String singular) {
    Cholesky factors = factor(a, p).factors();
    if (factors == null) {
      throw new SurvivalException(SurvivalException.Problem.SINGULAR_VARIANCE, singular);
    }
    double[] y = factors.solve(u);
    double sum = 0;
    for (int r = 0; r < p; r++) {
      sum += u[r] * y[r];
    }
    return sum;
  }

  /** Returns {@code y} with {@code A y = b}. */
  double[] solve(double[] b) {
    double[] y = b.clone();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        y[i] -= f[j * p + i] * y[j];
      }
    }
    for (int i = p - 1; i >= 0; i--) {
      if (f[i * p + i] == 0) {
        y[i] = 0;
        continue;
      }
      y[i] /= f[i * p + i];
      for (int j = i + 1; j < p; j++) {
        y[i] -= f[i * p + j] * y[j];
      }
    }
    return y;
  }

  /** Returns {@code A^-1}, row-major. */
  double[] inverse() {
    double[] inverse = new double[p * p];
    double[] e = new double[p];
    for (int c = 0; c < p; c++) {
      Arrays.fill(e, 0);
      e[c] = 1;
      double[] col = solve(e);
      for (int r = 0; r < p; r++) {
        inverse[r * p + c] = col[r];
      }
    }
    return inverse;
  }
}
