package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The proportional-hazards check of a Cox model, agreeing with R's {@code cox.zph(fit)} of
 * survival 3.x (the computation introduced in 3.0, default {@code transform = "km"}).
 *
 * <p>Each row's time t becomes {@code g(t) = 1 - S(t-)}, S the Kaplan–Meier estimate of the whole
 * table (strata and weights set aside, entry times honoured), less the mean of g over the rows with
 * events. At the fitted coefficients, with the model's ties, the score of the added covariates
 * {@code x g(t)} is {@code u = sum_events g(t) (x_i - xbar(t))} and the information of the
 * doubled model is {@code [[A, B], [B, C]]} with {@code A = sum V(t)}, {@code B = sum g V(t)},
 * {@code C = sum g^2 V(t)}, V(t) the weighted covariance of x over the risk set (Efron's tied
 * steps averaged as in the fit). A covariate's test is {@code u_j^2} against the inverse of the
 * information restricted to the p coefficients and its own added term; the global test uses the
 * whole 2p × 2p information.
 */
public final class ProportionalHazards {
  private ProportionalHazards() {}

  /**
   * Returns the test of {@code model}, which must have been fitted to {@code data} ({@link
   * CoxRegression#fit(SurvivalData, Ties)}).
   *
   * @throws IllegalArgumentException if the model's covariates are not the table's
   * @throws SurvivalException {@code SINGULAR_VARIANCE} if the information is singular
   */
  public static ProportionalHazardsTest test(SurvivalData data, CoxModel model) {
    checkNotNull(data, "data");
    checkNotNull(model, "model");
    List<String> names = data.covariateNames();
    int p = names.size();
    checkArgument(
        model.coefficients().stream().map(CoxCoefficient::term).toList().equals(names),
        "the model's covariates are not the table's: %s",
        names);
    int n = data.n();
    double[][] x = centred(data.covariateColumns(), n);
    double[] beta = new double[p];
    for (int j = 0; j < p; j++) {
      beta[j] = model.coefficients().get(j).coef();
    }
    double[] eta = new double[n];
    double most = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double e = 0;
      for (int j = 0; j < p; j++) {
        e += beta[j] * x[j][i];
      }
      eta[i] = e;
      most = Math.max(most, e);
    }
    double[] weight = data.weightArray();
    double[] risk = new double[n];
    for (int i = 0; i < n; i++) {
      risk[i] = (weight == null ? 1 : weight[i]) * Math.exp(eta[i] - most);
    }
    double[] g = timeTransform(data);
    int q = 2 * p;
    double[] info = new double[q * q];
    double[] u = new double[p];
    double[] stop = data.stopArray();
    double[] start = data.startArray();
    boolean[] event = data.eventArray();
    Labels strata = data.strataColumn();
    int[] stratum = strata == null ? new int[n] : strata.codes();
    int[] byStop =
        Sorting.order(
            n,
            (a, b) -> {
              int c = Integer.compare(stratum[a], stratum[b]);
              return c != 0 ? c : Double.compare(stop[b], stop[a]);
            });
    int[] byStart =
        start == null
            ? new int[0]
            : Sorting.order(
                n,
                (a, b) -> {
                  int c = Integer.compare(stratum[a], stratum[b]);
                  return c != 0 ? c : Double.compare(start[b], start[a]);
                });
    boolean efron = model.ties() == Ties.EFRON;
    double[] s1 = new double[p];
    double[] s2 = new double[p * p];
    double[] d1 = new double[p];
    double[] d2 = new double[p * p];
    double[] xw = new double[p];
    double[] mean = new double[p];
    double[] v = new double[p * p];
    int i = 0;
    int removed = 0;
    while (i < n) {
      int s = stratum[byStop[i]];
      double s0 = 0;
      java.util.Arrays.fill(s1, 0);
      java.util.Arrays.fill(s2, 0);
      while (removed < byStart.length && stratum[byStart[removed]] < s) {
        removed++;
      }
      while (i < n && stratum[byStop[i]] == s) {
        double t = stop[byStop[i]];
        int j = i;
        double d0 = 0;
        double dw = 0;
        int d = 0;
        java.util.Arrays.fill(d1, 0);
        java.util.Arrays.fill(d2, 0);
        java.util.Arrays.fill(xw, 0);
        while (j < n && stratum[byStop[j]] == s && stop[byStop[j]] == t) {
          int row = byStop[j];
          double r = risk[row];
          s0 += r;
          add(s1, s2, x, row, r, p);
          if (event[row]) {
            double w = weight == null ? 1 : weight[row];
            d++;
            dw += w;
            d0 += r;
            add(d1, d2, x, row, r, p);
            for (int k = 0; k < p; k++) {
              xw[k] += w * x[k][row];
            }
          }
          j++;
        }
        if (start != null) {
          while (removed < n && stratum[byStart[removed]] == s && start[byStart[removed]] >= t) {
            int row = byStart[removed++];
            double r = risk[row];
            s0 -= r;
            add(s1, s2, x, row, -r, p);
          }
        }
        if (d > 0) {
          double gt = g[byStop[i]];
          for (int k = 0; k < p; k++) {
            u[k] += gt * xw[k];
          }
          int steps = efron ? d : 1;
          double share = dw / steps;
          for (int step = 0; step < steps; step++) {
            double f = efron ? (double) step / d : 0;
            double z0 = s0 - f * d0;
            for (int k = 0; k < p; k++) {
              mean[k] = (s1[k] - f * d1[k]) / z0;
              u[k] -= gt * share * mean[k];
            }
            for (int k = 0; k < p; k++) {
              for (int l = 0; l < p; l++) {
                v[k * p + l] = share * ((s2[k * p + l] - f * d2[k * p + l]) / z0 - mean[k] * mean[l]);
              }
            }
            for (int k = 0; k < p; k++) {
              for (int l = 0; l < p; l++) {
                double c = v[k * p + l];
                info[k * q + l] += c;
                info[k * q + p + l] += gt * c;
                info[(p + k) * q + l] += gt * c;
                info[(p + k) * q + p + l] += gt * gt * c;
              }
            }
          }
        }
        i = j;
      }
    }
    ImmutableList.Builder<ChiSquareTest> tests = ImmutableList.builder();
    for (int k = 0; k < p; k++) {
      int[] keep = new int[p + 1];
      for (int l = 0; l < p; l++) {
        keep[l] = l;
      }
      keep[p] = p + k;
      double[] score = new double[p + 1];
      score[p] = u[k];
      tests.add(ChiSquareTest.of(quadratic(info, q, keep, score, names.get(k)), 1));
    }
    int[] all = new int[q];
    double[] score = new double[q];
    for (int l = 0; l < q; l++) {
      all[l] = l;
    }
    System.arraycopy(u, 0, score, p, p);
    return ImmutableProportionalHazardsTest.builder()
        .terms(names)
        .tests(tests.build())
        .global(ChiSquareTest.of(quadratic(info, q, all, score, "GLOBAL"), p))
        .build();
  }

  /**
   * Returns the covariates less their means: the risk-set covariances are the same, and sums of
   * squares about the mean lose no digits to a large mean (a calendar year).
   */
  private static double[][] centred(double[][] columns, int n) {
    double[][] x = new double[columns.length][];
    for (int k = 0; k < columns.length; k++) {
      double sum = 0;
      for (double v : columns[k]) {
        sum += v;
      }
      double mean = sum / n;
      x[k] = new double[n];
      for (int i = 0; i < n; i++) {
        x[k][i] = columns[k][i] - mean;
      }
    }
    return x;
  }

  private static void add(double[] s1, double[] s2, double[][] x, int row, double r, int p) {
    for (int k = 0; k < p; k++) {
      double xr = r * x[k][row];
      s1[k] += xr;
      for (int l = 0; l < p; l++) {
        s2[k * p + l] += xr * x[l][row];
      }
    }
  }

  /** Returns {@code u' M^-1 u}, M the rows and columns {@code keep} of the q × q matrix. */
  private static double quadratic(double[] info, int q, int[] keep, double[] u, String what) {
    int m = keep.length;
    double[] sub = new double[m * m];
    for (int r = 0; r < m; r++) {
      for (int c = 0; c < m; c++) {
        sub[r * m + c] = info[keep[r] * q + keep[c]];
      }
    }
    return Cholesky.quadraticForm(
        sub, m, u, "the information of the proportional-hazards test of " + what + " is singular");
  }

  /** Returns each row's {@code 1 - S(t-)} less its mean over the rows with events. */
  private static double[] timeTransform(SurvivalData data) {
    int n = data.n();
    double[] stop = data.stopArray();
    double[] start = data.startArray();
    SurvivalData.Builder plain = SurvivalData.builder(stop, data.eventArray());
    if (start != null) {
      plain.entryTimes(start);
    }
    List<SurvivalRow> rows = KaplanMeier.fit(plain.build()).get(0).rows();
    double[] times = new double[rows.size()];
    double[] survival = new double[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      times[k] = rows.get(k).time();
      survival[k] = rows.get(k).survival();
    }
    double[] g = new double[n];
    double sum = 0;
    int events = 0;
    for (int i = 0; i < n; i++) {
      int before = lowerBound(times, stop[i]); // event times strictly before stop[i]
      g[i] = 1 - (before == 0 ? 1 : survival[before - 1]);
      if (data.isEvent(i)) {
        sum += g[i];
        events++;
      }
    }
    double mean = sum / events;
    for (int i = 0; i < n; i++) {
      g[i] -= mean;
    }
    return g;
  }

  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
