package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The L D L' factorisation of R's cholesky2: solves, inverts, and finds the dependent column. */
class CholeskyTest {

  @Test
  void solvesAKnownSystem() {
    double[] a = {4, 2, 2, 3};
    Cholesky c = Objects.requireNonNull(Cholesky.factor(a, 2).factors());
    double[] y = c.solve(new double[] {2, 1});
    assertEquals(0.5, y[0], 1e-15);
    assertEquals(0.0, y[1], 1e-15);
    double[] inv = c.inverse();
    assertEquals(3.0 / 8, inv[0], 1e-15);
    assertEquals(-2.0 / 8, inv[1], 1e-15);
    assertEquals(-2.0 / 8, inv[2], 1e-15);
    assertEquals(4.0 / 8, inv[3], 1e-15);
  }

  @Test
  void namesTheFirstColumnThatDependsOnTheOnesBeforeIt() {
    // Column 2 = column 0 + column 1.
    double[] a = {2, 1, 3, 1, 2, 3, 3, 3, 6};
    Cholesky.Result r = Cholesky.factor(a, 3);
    assertNull(r.factors());
    assertEquals(2, r.singularColumn());
    assertEquals(0, Cholesky.factor(new double[] {0}, 1).singularColumn());
  }

  @Test
  void leavesItsArgumentUntouched() {
    double[] a = {4, 2, 2, 3};
    Cholesky.factor(a, 2);
    assertEquals(4, a[0]);
    assertEquals(2, a[1]);
  }

  @Test
  void anyPositiveDefiniteSystemIsSolvedAndInvertedToRoundingError() {
    qt().forAll(integers().between(1, 8), integers().all())
        .check(
            (p, seed) -> {
              Random random = new Random(seed);
              double[] b = new double[p * p];
              for (int i = 0; i < b.length; i++) {
                b[i] = random.nextGaussian();
              }
              double[] a = new double[p * p];
              for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                  double s = i == j ? 1 : 0;
                  for (int k = 0; k < p; k++) {
                    s += b[i * p + k] * b[j * p + k];
                  }
                  a[i * p + j] = s;
                }
              }
              double[] x = new double[p];
              for (int i = 0; i < p; i++) {
                x[i] = random.nextGaussian();
              }
              double[] rhs = new double[p];
              for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                  rhs[i] += a[i * p + j] * x[j];
                }
              }
              Cholesky c = Cholesky.factor(a, p).factors();
              if (c == null) {
                return false;
              }
              double[] y = c.solve(rhs);
              double[] inv = c.inverse();
              for (int i = 0; i < p; i++) {
                if (Math.abs(y[i] - x[i]) > 1e-8 * (1 + Math.abs(x[i]))) {
                  return false;
                }
                for (int j = 0; j < p; j++) {
                  double s = 0;
                  for (int k = 0; k < p; k++) {
                    s += a[i * p + k] * inv[k * p + j];
                  }
                  if (Math.abs(s - (i == j ? 1 : 0)) > 1e-9) {
                    return false;
                  }
                }
              }
              return true;
            });
  }
}
