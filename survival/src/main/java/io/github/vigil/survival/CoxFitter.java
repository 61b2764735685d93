package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The Newton–Raphson fit behind {@link CoxRegression}, following the steps of R's {@code coxfit6}
 * so that the iterates, and so the figures, agree with R's.
 */
final class CoxFitter {
  static final int MAX_ITERATIONS = 20;
  static final double EPS = 1e-9;
  static final double TOLER_INF = Math.sqrt(EPS);

  private final int n;
  private final int p;
  private final int events;
  private final ImmutableList<String> names;
  private final Ties ties;
  /** Times in ascending order. */
  private final double[] time;
  /** Events in the same order. */
  private final boolean[] dead;
  /** Centred and scaled covariates, column-major, in time order. */
  private final double[][] x;
  /** Original covariates, column-major, in time order. */
  private final double[][] raw;

  private final double[] scale;

  // Work space for one evaluation.
  private final double[] eta;
  private final double[] u;
  private final double[] info;
  private double loglik;

  CoxFitter(
      double[] times,
      boolean[] events,
      double[][] columns,
      ImmutableList<String> names,
      Ties ties,
      int eventCount) {
    this.n = times.length;
    this.p = names.size();
    this.events = eventCount;
    this.names = names;
    this.ties = ties;
    int[] order = Inputs.byTime(times);
    time = new double[n];
    dead = new boolean[n];
    for (int i = 0; i < n; i++) {
      time[i] = times[order[i]];
      dead[i] = events[order[i]];
    }
    x = new double[p][n];
    raw = new double[p][n];
    scale = new double[p];
    for (int j = 0; j < p; j++) {
      double[] col = columns[j];
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += col[i];
      }
      mean /= n;
      double abs = 0;
      for (int i = 0; i < n; i++) {
        double v = col[order[i]];
        raw[j][i] = v;
        x[j][i] = v - mean;
        abs += Math.abs(v - mean);
      }
      scale[j] = abs > 0 ? n / abs : 1.0;
      for (int i = 0; i < n; i++) {
        x[j][i] *= scale[j];
      }
    }
    eta = new double[n];
    u = new double[p];
    info = new double[p * p];
  }

  CoxModel fit() {
    double[] beta = new double[p];
    evaluate(beta);
    double loglikNull = loglik;
    double best = loglik;
    double[] newBeta = beta.clone();
    double[] step = checkInformation(info).solve(u);
    for (int j = 0; j < p; j++) {
      newBeta[j] += step[j];
    }
    boolean halving = false;
    for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
      evaluate(newBeta);
      double newLoglik = loglik;
      if (Math.abs(1 - best / newLoglik) <= EPS && !halving) {
        return result(newBeta, loglikNull, newLoglik, iter);
      }
      if (iter == MAX_ITERATIONS) {
        break;
      }
      if (newLoglik < best || !Double.isFinite(newLoglik)) {
        halving = true;
        for (int j = 0; j < p; j++) {
          newBeta[j] = (newBeta[j] + beta[j]) / 2;
        }
      } else {
        halving = false;
        best = newLoglik;
        step = checkInformation(info).solve(u);
        for (int j = 0; j < p; j++) {
          beta[j] = newBeta[j];
          newBeta[j] += step[j];
        }
      }
    }
    throw new SurvivalException(
        SurvivalException.Problem.NOT_CONVERGED,
        "the Cox fit did not converge in "
            + MAX_ITERATIONS
            + " iterations (the log partial likelihood was still changing)");
  }

  private CoxModel result(double[] betaScaled, double loglikNull, double loglikFit, int iterations) {
    Cholesky chol = checkInformation(info);
    double[] inverse = chol.inverse();
    double[] step = chol.solve(u);
    double[] coef = new double[p];
    for (int j = 0; j < p; j++) {
      coef[j] = betaScaled[j] * scale[j];
    }
    ImmutableList.Builder<CoxCoefficient> rows = ImmutableList.builder();
    for (int j = 0; j < p; j++) {
      double change = Math.abs(step[j] * scale[j]);
      if (change > EPS && change > TOLER_INF * Math.abs(coef[j])) {
        throw new SurvivalException(
            SurvivalException.Problem.INFINITE_COEFFICIENT,
            "the log partial likelihood converged before covariate '"
                + names.get(j)
                + "': its coefficient may be infinite (monotone likelihood)");
      }
      double se = Math.sqrt(inverse[j * p + j]) * scale[j];
      double z = coef[j] / se;
      rows.add(
          ImmutableCoxCoefficient.builder()
              .term(names.get(j))
              .coef(coef[j])
              .se(se)
              .hazardRatio(Math.exp(coef[j]))
              .z(z)
              .p(Distributions.twoSidedNormal(z))
              .build());
    }
    double lr = 2 * (loglikFit - loglikNull);
    return ImmutableCoxModel.builder()
        .ties(ties)
        .n(n)
        .events(events)
        .coefficients(rows.build())
        .logLikelihoodNull(loglikNull)
        .logLikelihood(loglikFit)
        .likelihoodRatio(lr)
        .likelihoodRatioDf(p)
        .likelihoodRatioP(Distributions.chiSquareUpperTail(lr, p))
        .concordance(concordance(coef))
        .iterations(iterations)
        .build();
  }

  /** Computes the log partial likelihood, score and information at {@code beta}. */
  private void evaluate(double[] beta) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double e = 0;
      for (int j = 0; j < p; j++) {
        e += x[j][i] * beta[j];
      }
      eta[i] = e;
      max = Math.max(max, e);
    }
    double ll = 0;
    Arrays.fill(u, 0);
    Arrays.fill(info, 0);
    double s0 = 0;
    double[] s1 = new double[p];
    double[] s2 = new double[p * p];
    double[] d1 = new double[p];
    double[] d2 = new double[p * p];
    double[] a = new double[p];
    int hi = n;
    while (hi > 0) {
      double t = time[hi - 1];
      int lo = hi - 1;
      while (lo > 0 && time[lo - 1] == t) {
        lo--;
      }
      int d = 0;
      double d0 = 0;
      Arrays.fill(d1, 0);
      Arrays.fill(d2, 0);
      for (int i = lo; i < hi; i++) {
        double r = Math.exp(eta[i] - max);
        s0 += r;
        for (int j = 0; j < p; j++) {
          double rx = r * x[j][i];
          s1[j] += rx;
          for (int k = j; k < p; k++) {
            s2[j * p + k] += rx * x[k][i];
          }
        }
        if (dead[i]) {
          d++;
          d0 += r;
          ll += eta[i] - max;
          for (int j = 0; j < p; j++) {
            double rx = r * x[j][i];
            u[j] += x[j][i];
            d1[j] += rx;
            for (int k = j; k < p; k++) {
              d2[j * p + k] += rx * x[k][i];
            }
          }
        }
      }
      if (d > 0) {
        if (ties == Ties.BRESLOW || d == 1) {
          ll -= d * Math.log(s0);
          for (int j = 0; j < p; j++) {
            a[j] = s1[j] / s0;
            u[j] -= d * a[j];
          }
          for (int j = 0; j < p; j++) {
            for (int k = j; k < p; k++) {
              info[j * p + k] += d * (s2[j * p + k] / s0 - a[j] * a[k]);
            }
          }
        } else {
          for (int m = 0; m < d; m++) {
            double f = (double) m / d;
            double z0 = s0 - f * d0;
            ll -= Math.log(z0);
            for (int j = 0; j < p; j++) {
              a[j] = (s1[j] - f * d1[j]) / z0;
              u[j] -= a[j];
            }
            for (int j = 0; j < p; j++) {
              for (int k = j; k < p; k++) {
                info[j * p + k] += (s2[j * p + k] - f * d2[j * p + k]) / z0 - a[j] * a[k];
              }
            }
          }
        }
      }
      hi = lo;
    }
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < j; k++) {
        info[j * p + k] = info[k * p + j];
      }
    }
    loglik = ll;
  }

  /** Factors the information (L D L', as R's cholesky2) or names the dependent covariate. */
  private Cholesky checkInformation(double[] m) {
    Cholesky.Result r = Cholesky.factor(m, p);
    Cholesky factors = r.factors();
    if (factors == null) {
      throw new SurvivalException(
          SurvivalException.Problem.COLLINEAR_COVARIATES,
          "covariate '"
              + names.get(r.singularColumn())
              + "' is collinear with the covariates before it (or does not vary within the"
              + " risk sets), so its effect cannot be estimated");
    }
    return factors;
  }

  /**
   * Harrell's concordance of the linear predictor, as R's coxph reports it: a pair is comparable
   * when the earlier time is an event (a censoring at the same time counts as later); two events
   * at one time are not compared.
   */
  private OptionalDouble concordance(double[] coef) {
    double[] lp = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        s += raw[j][i] * coef[j];
      }
      lp[i] = s;
    }
    double[] distinct = lp.clone();
    Arrays.sort(distinct);
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (size == 0 || distinct[i] != distinct[size - 1]) {
        distinct[size++] = distinct[i];
      }
    }
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = Arrays.binarySearch(distinct, 0, size, lp[i]);
    }
    long[] tree = new long[size + 1];
    long total = 0;
    long concordant = 0;
    long discordant = 0;
    long tied = 0;
    int hi = n;
    while (hi > 0) {
      double t = time[hi - 1];
      int lo = hi - 1;
      while (lo > 0 && time[lo - 1] == t) {
        lo--;
      }
      for (int i = lo; i < hi; i++) {
        if (!dead[i]) {
          add(tree, rank[i]);
          total++;
        }
      }
      for (int i = lo; i < hi; i++) {
        if (dead[i]) {
          long below = count(tree, rank[i] - 1);
          long same = count(tree, rank[i]) - below;
          concordant += below;
          tied += same;
          discordant += total - below - same;
        }
      }
      for (int i = lo; i < hi; i++) {
        if (dead[i]) {
          add(tree, rank[i]);
          total++;
        }
      }
      hi = lo;
    }
    long comparable = concordant + discordant + tied;
    return comparable == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((concordant + tied / 2.0) / comparable);
  }

  private static void add(long[] tree, int rank) {
    for (int i = rank + 1; i < tree.length; i += i & -i) {
      tree[i]++;
    }
  }

  /** Returns how many entries have a rank at most {@code rank}. */
  private static long count(long[] tree, int rank) {
    long s = 0;
    for (int i = rank + 1; i > 0; i -= i & -i) {
      s += tree[i];
    }
    return s;
  }
}
