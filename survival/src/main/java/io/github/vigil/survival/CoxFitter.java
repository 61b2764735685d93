package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The Newton–Raphson fit behind {@link CoxRegression}, following the steps of R's {@code coxfit6}
 * (right-censored data) and {@code agfit4} (counting-process data) so that the iterates, and so
 * the figures, agree with R's: centred and scaled covariates, weighted risk sets per stratum, the
 * step halving {@code (newbeta + h beta) / (h + 1)}, and the robust (sandwich) variance from the
 * score residuals summed per cluster.
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
  private final double @Nullable [] start;
  private final double[] stop;
  private final boolean[] dead;
  private final double[] weight;
  private final int[] stratum;
  private final int @Nullable [] cluster;
  private final int clusterCount;
  /** Centred and scaled covariates, column-major, in row order. */
  private final double[][] x;
  /** Original covariates, column-major. */
  private final double[][] raw;

  private final double[] mean;
  private final double[] scale;
  /** Rows by stratum, then time descending (events before censorings at one time). */
  private final int[] byStop;
  /** Rows by stratum, then entry time descending (counting-process data only). */
  private final int @Nullable [] byStart;
  /** Where each stratum's rows begin in {@link #byStop}, and one past the end. */
  private final int[] strataBounds;

  // Work space for one evaluation.
  private final double[] eta;
  private final double[] u;
  private final double[] info;
  private double loglik;

  CoxFitter(SurvivalData data, Ties ties) {
    this.n = data.n();
    this.names = data.covariateNames();
    this.p = names.size();
    this.events = data.eventCount();
    this.ties = ties;
    this.start = data.startArray();
    this.stop = data.stopArray();
    this.dead = data.eventArray();
    double[] w = data.weightArray();
    if (w == null) {
      w = new double[n];
      Arrays.fill(w, 1.0);
    }
    this.weight = w;
    Labels strata = data.strataColumn();
    this.stratum = strata == null ? new int[n] : strata.codes();
    int strataCount = strata == null ? 1 : strata.size();
    Labels clusters = data.clusterColumn();
    this.cluster = clusters == null ? null : clusters.codes();
    this.clusterCount = clusters == null ? 0 : clusters.size();
    this.raw = data.covariateColumns();
    double totalWeight = 0;
    for (int i = 0; i < n; i++) {
      totalWeight += weight[i];
    }
    x = new double[p][n];
    mean = new double[p];
    scale = new double[p];
    for (int j = 0; j < p; j++) {
      double[] col = raw[j];
      double m = 0;
      for (int i = 0; i < n; i++) {
        m += weight[i] * col[i];
      }
      m /= totalWeight;
      mean[j] = m;
      double abs = 0;
      for (int i = 0; i < n; i++) {
        x[j][i] = col[i] - m;
        abs += weight[i] * Math.abs(col[i] - m);
      }
      scale[j] = abs > 0 ? totalWeight / abs : 1.0;
      for (int i = 0; i < n; i++) {
        x[j][i] *= scale[j];
      }
    }
    int[] s = stratum;
    double[] t = stop;
    boolean[] d = dead;
    byStop =
        Sorting.order(
            n,
            (a, b) -> {
              int c = Integer.compare(s[a], s[b]);
              if (c != 0) {
                return c;
              }
              c = Double.compare(t[b], t[a]);
              return c != 0 ? c : Boolean.compare(d[b], d[a]);
            });
    double[] entry = start;
    byStart =
        entry == null
            ? null
            : Sorting.order(
                n,
                (a, b) -> {
                  int c = Integer.compare(s[a], s[b]);
                  return c != 0 ? c : Double.compare(entry[b], entry[a]);
                });
    strataBounds = new int[strataCount + 1];
    for (int i = 0; i < n; i++) {
      strataBounds[s[i] + 1]++;
    }
    for (int k = 0; k < strataCount; k++) {
      strataBounds[k + 1] += strataBounds[k];
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
    Cholesky first = checkInformation(info);
    double[] step = first.solve(u);
    double score = 0;
    for (int j = 0; j < p; j++) {
      score += step[j] * u[j];
    }
    double[] newBeta = beta.clone();
    for (int j = 0; j < p; j++) {
      newBeta[j] += step[j];
    }
    int halving = 0;
    for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
      evaluate(newBeta);
      double newLoglik = loglik;
      if (Math.abs(1 - best / newLoglik) <= EPS && halving == 0) {
        return result(newBeta, loglikNull, newLoglik, score, iter);
      }
      if (iter == MAX_ITERATIONS) {
        break;
      }
      if (newLoglik < best || !Double.isFinite(newLoglik)) {
        // R's coxfit6 and agfit4: move back towards the last good beta, a little less each time.
        halving++;
        for (int j = 0; j < p; j++) {
          newBeta[j] = (newBeta[j] + halving * beta[j]) / (halving + 1.0);
        }
      } else {
        halving = 0;
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

  private CoxModel result(
      double[] betaScaled, double loglikNull, double loglikFit, double score, int iterations) {
    Cholesky chol = checkInformation(info);
    double[] inverse = chol.inverse();
    double[] step = chol.solve(u);
    double[] coef = new double[p];
    for (int j = 0; j < p; j++) {
      coef[j] = betaScaled[j] * scale[j];
    }
    for (int j = 0; j < p; j++) {
      double change = Math.abs(step[j] * scale[j]);
      if (change > EPS && change > TOLER_INF * Math.abs(coef[j])) {
        throw new SurvivalException(
            SurvivalException.Problem.INFINITE_COEFFICIENT,
            "the log partial likelihood converged before covariate '"
                + names.get(j)
                + "': its coefficient may be infinite (monotone likelihood)");
      }
    }
    double[] naive = new double[p * p];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        naive[j * p + k] = inverse[j * p + k] * scale[j] * scale[k];
      }
    }
    double[] variance = naive;
    double @Nullable [] robust = null;
    if (cluster != null) {
      double[][] dfbeta = collapse(scoreResiduals(coef), naive);
      robust = new double[p * p];
      for (double[] row : dfbeta) {
        for (int j = 0; j < p; j++) {
          for (int k = 0; k < p; k++) {
            robust[j * p + k] += row[j] * row[k];
          }
        }
      }
      variance = robust;
    }
    ImmutableList.Builder<CoxCoefficient> rows = ImmutableList.builder();
    for (int j = 0; j < p; j++) {
      double naiveSe = Math.sqrt(naive[j * p + j]);
      double se = Math.sqrt(variance[j * p + j]);
      double z = coef[j] / se;
      rows.add(
          ImmutableCoxCoefficient.builder()
              .term(names.get(j))
              .coef(coef[j])
              .se(naiveSe)
              .robustSe(robust == null ? OptionalDouble.empty() : OptionalDouble.of(se))
              .hazardRatio(Math.exp(coef[j]))
              .lower(Math.exp(coef[j] - KaplanMeier.Z975 * se))
              .upper(Math.exp(coef[j] + KaplanMeier.Z975 * se))
              .z(z)
              .p(Distributions.twoSidedNormal(z))
              .build());
    }
    double lr = 2 * (loglikFit - loglikNull);
    Concordance concordance = concordance(coef);
    ImmutableCoxModel.Builder model =
        ImmutableCoxModel.builder()
            .ties(ties)
            .n(n)
            .events(events)
            .coefficients(rows.build())
            .variance(matrix(variance))
            .logLikelihoodNull(loglikNull)
            .logLikelihood(loglikFit)
            .likelihoodRatio(lr)
            .likelihoodRatioDf(p)
            .likelihoodRatioP(Distributions.chiSquareUpperTail(lr, p))
            .wald(ChiSquareTest.of(wald(coef, variance), p))
            .score(ChiSquareTest.of(score, p))
            .concordance(concordance.value())
            .concordanceStdErr(concordance.stdErr())
            .iterations(iterations)
            .strata(strataBounds.length - 1);
    if (robust != null) {
      model.naiveVariance(matrix(naive)).clusters(clusterCount).robustScore(robustScoreTest());
    }
    return model.build();
  }

  private ImmutableList<ImmutableList<Double>> matrix(double[] m) {
    ImmutableList.Builder<ImmutableList<Double>> rows = ImmutableList.builder();
    for (int j = 0; j < p; j++) {
      ImmutableList.Builder<Double> row = ImmutableList.builder();
      for (int k = 0; k < p; k++) {
        row.add(m[j * p + k]);
      }
      rows.add(row.build());
    }
    return rows.build();
  }

  /**
   * R's {@code coxph.wtest(var, coef)}: {@code coef' var^-1 coef}, with a generalised inverse when
   * the variance is singular (a robust variance from fewer clusters than covariates).
   */
  private double wald(double[] coef, double[] variance) {
    double[] solved = Cholesky.factorSkippingSingular(variance, p).solve(coef);
    double s = 0;
    for (int j = 0; j < p; j++) {
      s += solved[j] * coef[j];
    }
    return s;
  }

  /** The robust score test at beta = 0: {@code u' (D'D)^-1 u}, D the score residuals per cluster. */
  private ChiSquareTest robustScoreTest() {
    double[][] residuals = scoreResiduals(new double[p]);
    double[][] byCluster = collapse(residuals, null);
    double[] total = new double[p];
    double[] dd = new double[p * p];
    for (double[] row : byCluster) {
      for (int j = 0; j < p; j++) {
        total[j] += row[j];
        for (int k = 0; k < p; k++) {
          dd[j * p + k] += row[j] * row[k];
        }
      }
    }
    double[] solved = Cholesky.factorSkippingSingular(dd, p).solve(total);
    double s = 0;
    for (int j = 0; j < p; j++) {
      s += solved[j] * total[j];
    }
    return ChiSquareTest.of(s, p);
  }

  /**
   * Sums the weighted score residuals per cluster, times {@code variance} when given (R's {@code
   * residuals(fit, type = "dfbeta", collapse = cluster, weighted = TRUE)}).
   */
  private double[][] collapse(double[][] residuals, double @Nullable [] variance) {
    int[] c = Objects.requireNonNull(cluster);
    double[][] sums = new double[clusterCount][p];
    for (int i = 0; i < n; i++) {
      double[] to = sums[c[i]];
      for (int j = 0; j < p; j++) {
        to[j] += weight[i] * residuals[j][i];
      }
    }
    if (variance == null) {
      return sums;
    }
    double[][] out = new double[clusterCount][p];
    for (int g = 0; g < clusterCount; g++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) {
          s += sums[g][k] * variance[k * p + j];
        }
        out[g][j] = s;
      }
    }
    return out;
  }

  /** Sets {@link #eta} to the linear predictor of {@code beta} (scaled) and returns its maximum. */
  private double linearPredictor(double[] beta) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double e = 0;
      for (int j = 0; j < p; j++) {
        e += x[j][i] * beta[j];
      }
      eta[i] = e;
      max = Math.max(max, e);
    }
    return max;
  }

  /**
   * One sweep over each stratum's distinct times, latest first, keeping the weighted sums of the
   * risk set {@code (start, stop]}; calls {@code visit} at each time with events.
   */
  private void sweep(double offset, boolean second, DeathTime visit) {
    double[] s1 = new double[p];
    double[] s2 = new double[second ? p * p : 0];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = weight[i] * Math.exp(eta[i] - offset);
    }
    int[] entryOrder = byStart;
    double[] entry = start;
    for (int k = 0; k + 1 < strataBounds.length; k++) {
      double s0 = 0;
      Arrays.fill(s1, 0);
      Arrays.fill(s2, 0);
      int next = strataBounds[k];
      int leave = strataBounds[k];
      int end = strataBounds[k + 1];
      while (next < end) {
        double t = stop[byStop[next]];
        int first = next;
        while (next < end && stop[byStop[next]] == t) {
          int i = byStop[next++];
          s0 += r[i];
          for (int j = 0; j < p; j++) {
            double rx = r[i] * x[j][i];
            s1[j] += rx;
            for (int m = j; second && m < p; m++) {
              s2[j * p + m] += rx * x[m][i];
            }
          }
        }
        if (entryOrder != null && entry != null) {
          while (leave < end && entry[entryOrder[leave]] >= t) {
            int i = entryOrder[leave++];
            s0 -= r[i];
            for (int j = 0; j < p; j++) {
              double rx = r[i] * x[j][i];
              s1[j] -= rx;
              for (int m = j; second && m < p; m++) {
                s2[j * p + m] -= rx * x[m][i];
              }
            }
          }
          // The rows that end at t entered before t, so the risk set is never empty here.
        }
        if (dead[byStop[first]]) {
          visit.at(k, t, first, next, r, s0, s1, s2);
        }
      }
    }
  }

  /** What a sweep does at one time with events: rows {@code byStop[from..to)} end there. */
  @FunctionalInterface
  private interface DeathTime {
    void at(int stratum, double time, int from, int to, double[] r, double s0, double[] s1, double[] s2);
  }

  /** Computes the log partial likelihood, score and information at {@code beta} (scaled). */
  private void evaluate(double[] beta) {
    double offset = linearPredictor(beta);
    double[] ll = {0};
    Arrays.fill(u, 0);
    Arrays.fill(info, 0);
    double[] d1 = new double[p];
    double[] d2 = new double[p * p];
    double[] a = new double[p];
    sweep(
        offset,
        true,
        (k, t, from, to, r, s0, s1, s2) -> {
          int d = 0;
          double dw = 0;
          double d0 = 0;
          Arrays.fill(d1, 0);
          Arrays.fill(d2, 0);
          for (int q = from; q < to; q++) {
            int i = byStop[q];
            if (!dead[i]) {
              continue;
            }
            d++;
            dw += weight[i];
            d0 += r[i];
            ll[0] += weight[i] * (eta[i] - offset);
            for (int j = 0; j < p; j++) {
              double rx = r[i] * x[j][i];
              u[j] += weight[i] * x[j][i];
              d1[j] += rx;
              for (int m = j; m < p; m++) {
                d2[j * p + m] += rx * x[m][i];
              }
            }
          }
          if (ties == Ties.BRESLOW || d == 1) {
            ll[0] -= dw * Math.log(s0);
            for (int j = 0; j < p; j++) {
              a[j] = s1[j] / s0;
              u[j] -= dw * a[j];
            }
            for (int j = 0; j < p; j++) {
              for (int m = j; m < p; m++) {
                info[j * p + m] += dw * (s2[j * p + m] / s0 - a[j] * a[m]);
              }
            }
          } else {
            double meanWeight = dw / d;
            for (int step = 0; step < d; step++) {
              double f = (double) step / d;
              double z0 = s0 - f * d0;
              ll[0] -= meanWeight * Math.log(z0);
              for (int j = 0; j < p; j++) {
                a[j] = (s1[j] - f * d1[j]) / z0;
                u[j] -= meanWeight * a[j];
              }
              for (int j = 0; j < p; j++) {
                for (int m = j; m < p; m++) {
                  info[j * p + m] +=
                      meanWeight * ((s2[j * p + m] - f * d2[j * p + m]) / z0 - a[j] * a[m]);
                }
              }
            }
          }
        });
    // Only the upper triangle of info is filled: Cholesky.factor reads no other.
    loglik = ll[0];
  }

  /**
   * Returns the score residuals at {@code coef} (original scale), column-major {@code
   * [covariate][row]}, unweighted, as R's {@code residuals(fit, type = "score")}: for each row, the
   * integral of {@code x_i - xbar(t)} against its counting-process martingale, with Efron's
   * fractional weights for the events tied at the row's own time.
   */
  private double[][] scoreResiduals(double[] coef) {
    double[] scaled = new double[p];
    for (int j = 0; j < p; j++) {
      scaled[j] = coef[j] / scale[j];
    }
    double offset = linearPredictor(scaled);
    // Per stratum, the distinct event times ascending with the hazard increments and their
    // x-weighted versions, for rows at risk (h, hx) and for the rows that end with an event there
    // (hd, hxd), and the mean covariate of the events (xbar).
    double[] eventTime = new double[events];
    int[] eventStratum = new int[events];
    double[] h = new double[events];
    double[] hd = new double[events];
    double[][] hx = new double[p][events];
    double[][] hxd = new double[p][events];
    double[][] xbar = new double[p][events];
    int[] count = {0};
    double[] d1 = new double[p];
    sweep(
        offset,
        false,
        (k, t, from, to, r, s0, s1, s2) -> {
          int at = count[0]++;
          int d = 0;
          double dw = 0;
          double d0 = 0;
          Arrays.fill(d1, 0);
          for (int q = from; q < to; q++) {
            int i = byStop[q];
            if (dead[i]) {
              d++;
              dw += weight[i];
              d0 += r[i];
              for (int j = 0; j < p; j++) {
                d1[j] += r[i] * x[j][i];
              }
            }
          }
          eventTime[at] = t;
          eventStratum[at] = k;
          boolean efron = ties == Ties.EFRON && d > 1;
          double meanWeight = dw / d;
          for (int step = 0; step < (efron ? d : 1); step++) {
            double f = efron ? (double) step / d : 0;
            double z0 = s0 - f * d0;
            double inc = (efron ? meanWeight : dw) / z0;
            double fraction = 1 - f;
            h[at] += inc;
            hd[at] += fraction * inc;
            for (int j = 0; j < p; j++) {
              double aj = (s1[j] - f * d1[j]) / z0;
              hx[j][at] += inc * aj;
              hxd[j][at] += fraction * inc * aj;
              xbar[j][at] += aj / (efron ? d : 1);
            }
          }
        });
    int times = count[0];
    // The sweep visits strata in order and times descending: reverse each stratum's run so the
    // times ascend, then accumulate.
    int from = 0;
    while (from < times) {
      int to = from;
      while (to < times && eventStratum[to] == eventStratum[from]) {
        to++;
      }
      reverse(eventTime, from, to);
      reverse(h, from, to);
      reverse(hd, from, to);
      for (int j = 0; j < p; j++) {
        reverse(hx[j], from, to);
        reverse(hxd[j], from, to);
        reverse(xbar[j], from, to);
      }
      from = to;
    }
    double[] cumH = new double[times + 1];
    double[][] cumHx = new double[p][times + 1];
    for (int e = 0; e < times; e++) {
      boolean restart = e == 0 || eventStratum[e] != eventStratum[e - 1];
      cumH[e + 1] = (restart ? 0 : cumH[e]) + h[e];
      for (int j = 0; j < p; j++) {
        cumHx[j][e + 1] = (restart ? 0 : cumHx[j][e]) + hx[j][e];
      }
    }
    int[] stratumStart = new int[strataBounds.length];
    Arrays.fill(stratumStart, times);
    for (int e = times - 1; e >= 0; e--) {
      stratumStart[eventStratum[e]] = e;
    }
    int[] stratumEnd = new int[strataBounds.length];
    for (int k = 0; k + 1 < strataBounds.length; k++) {
      int e = stratumStart[k];
      while (e < times && eventStratum[e] == k) {
        e++;
      }
      stratumEnd[k] = e;
    }
    double[][] residual = new double[p][n];
    for (int i = 0; i < n; i++) {
      int k = stratum[i];
      int lo = stratumStart[k];
      int hi = stratumEnd[k];
      // Event times e with start < t_e <= stop, as indices [a, b) into the stratum's run.
      int b = upperBound(eventTime, lo, hi, stop[i]);
      int a = start == null ? lo : upperBound(eventTime, lo, hi, start[i]);
      double r = Math.exp(eta[i] - offset);
      double dH = b > a ? cumH[b] - (a > lo ? cumH[a] : 0) : 0;
      // A row's own event time is one of its stratum's event times, so then eventTime[b - 1] is
      // stop[i].
      boolean endsWithEvent = dead[i];
      if (endsWithEvent) {
        dH += hd[b - 1] - h[b - 1];
      }
      for (int j = 0; j < p; j++) {
        double xij = x[j][i] / scale[j];
        double dHx = b > a ? cumHx[j][b] - (a > lo ? cumHx[j][a] : 0) : 0;
        double value = 0;
        if (endsWithEvent) {
          dHx += hxd[j][b - 1] - hx[j][b - 1];
          value = xij - xbar[j][b - 1] / scale[j];
        }
        residual[j][i] = value - r * (xij * dH - dHx / scale[j]);
      }
    }
    return residual;
  }

  /** Returns the first index in {@code [lo, hi)} whose value exceeds {@code key}, or {@code hi}. */
  private static int upperBound(double[] sorted, int lo, int hi, double key) {
    int a = lo;
    int b = hi;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (sorted[mid] <= key) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  private static void reverse(double[] a, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
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
   * Harrell's concordance of the linear predictor, as R's coxph reports it: within each stratum,
   * a pair is comparable when one row has an event at a time the other is at risk beyond (a
   * censoring at the same time counts as later; two events at one time are not compared); pairs
   * weigh the product of their case weights, and ties in the predictor count one half.
   */
  /** The concordance and its standard error, when there are comparable pairs. */
  private record Concordance(OptionalDouble value, OptionalDouble stdErr) {}

  private Concordance concordance(double[] coef) {
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
    double[] tree = new double[size + 1];
    // Each row's weighted count of the comparable pairs it belongs to, by kind: the derivative of
    // the pair counts with respect to its weight (R's concordancefit influence).
    double[] rowConcordant = new double[n];
    double[] rowDiscordant = new double[n];
    double[] rowTied = new double[n];
    double concordant = 0;
    double discordant = 0;
    double tied = 0;
    int[] entryOrder = byStart;
    double[] entry = start;
    for (int k = 0; k + 1 < strataBounds.length; k++) {
      double total = 0;
      int next = strataBounds[k];
      int leave = strataBounds[k];
      int end = strataBounds[k + 1];
      while (next < end) {
        double t = stop[byStop[next]];
        int first = next;
        int last = first;
        while (last < end && stop[byStop[last]] == t) {
          last++;
        }
        for (int q = first; q < last; q++) {
          int i = byStop[q];
          if (!dead[i]) {
            add(tree, rank[i], weight[i]);
            total += weight[i];
          }
        }
        if (entryOrder != null && entry != null) {
          while (leave < end && entry[entryOrder[leave]] >= t) {
            int i = entryOrder[leave++];
            // Rows not yet in the tree (events at t, added below) are never removed here: their
            // entry time is before t.
            add(tree, rank[i], -weight[i]);
            total -= weight[i];
          }
        }
        for (int q = first; q < last; q++) {
          int i = byStop[q];
          if (dead[i]) {
            double below = sum(tree, rank[i] - 1);
            double same = sum(tree, rank[i]) - below;
            double above = total - below - same;
            concordant += weight[i] * below;
            tied += weight[i] * same;
            discordant += weight[i] * above;
            rowConcordant[i] += below;
            rowDiscordant[i] += above;
            rowTied[i] += same;
          }
        }
        for (int q = first; q < last; q++) {
          int i = byStop[q];
          if (dead[i]) {
            add(tree, rank[i], weight[i]);
            total += weight[i];
          }
        }
        next = last;
      }
      Arrays.fill(tree, 0);
      atRiskInfluence(k, rank, tree, rowConcordant, rowDiscordant, rowTied);
      Arrays.fill(tree, 0);
    }
    double comparable = concordant + discordant + tied;
    if (comparable <= 0) {
      return new Concordance(OptionalDouble.empty(), OptionalDouble.empty());
    }
    double somers = (concordant - discordant) / comparable;
    double[] dfbeta = new double[cluster == null ? n : clusterCount];
    for (int i = 0; i < n; i++) {
      double d =
          weight[i]
              * ((rowConcordant[i] - rowDiscordant[i]) / comparable
                  - somers / comparable * (rowConcordant[i] + rowDiscordant[i] + rowTied[i]));
      dfbeta[cluster == null ? i : cluster[i]] += d;
    }
    double variance = 0;
    for (double d : dfbeta) {
      variance += d * d;
    }
    return new Concordance(
        OptionalDouble.of((concordant + tied / 2.0) / comparable),
        OptionalDouble.of(Math.sqrt(variance / 4)));
  }

  /**
   * Adds, for each row of stratum {@code k}, the pairs in which it is the one at risk: the events
   * of other rows at times when it is at risk (before its own time, or at it when it is censored;
   * after its entry), by whether the event's row has the higher, lower or same predictor. One
   * ascending sweep over a tree of the events seen so far.
   */
  private void atRiskInfluence(
      int k, int[] rank, double[] tree, double[] rowConcordant, double[] rowDiscordant, double[] rowTied) {
    int begin = strataBounds[k];
    int end = strataBounds[k + 1];
    double total = 0;
    int entered = end - 1; // byStart is by entry time descending: walk it backwards
    int q = end - 1; // byStop is by time descending: walk it backwards
    while (q >= begin) {
      double t = stop[byStop[q]];
      if (byStart != null && start != null) {
        // Rows entering at or after an earlier event: subtract the events up to their entry.
        while (entered >= begin && start[byStart[entered]] < t) {
          int j = byStart[entered--];
          double below = sum(tree, rank[j] - 1);
          double same = sum(tree, rank[j]) - below;
          rowConcordant[j] -= total - below - same;
          rowDiscordant[j] -= below;
          rowTied[j] -= same;
        }
      }
      int last = q;
      while (last >= begin && stop[byStop[last]] == t) {
        last--;
      }
      for (int r = q; r > last; r--) {
        int j = byStop[r];
        if (dead[j]) {
          credit(j, rank, tree, total, rowConcordant, rowDiscordant, rowTied);
        }
      }
      for (int r = q; r > last; r--) {
        int i = byStop[r];
        if (dead[i]) {
          add(tree, rank[i], weight[i]);
          total += weight[i];
        }
      }
      for (int r = q; r > last; r--) {
        int j = byStop[r];
        if (!dead[j]) {
          credit(j, rank, tree, total, rowConcordant, rowDiscordant, rowTied);
        }
      }
      q = last;
    }
  }

  /** Credits row j, at risk, with the events in the tree: higher predictor concordant, lower discordant. */
  private static void credit(
      int j, int[] rank, double[] tree, double total, double[] rowConcordant, double[] rowDiscordant,
      double[] rowTied) {
    double below = sum(tree, rank[j] - 1);
    double same = sum(tree, rank[j]) - below;
    rowConcordant[j] += total - below - same;
    rowDiscordant[j] += below;
    rowTied[j] += same;
  }

  private static void add(double[] tree, int rank, double w) {
    for (int i = rank + 1; i < tree.length; i += i & -i) {
      tree[i] += w;
    }
  }

  /** Returns the weight of the entries with a rank at most {@code rank}. */
  private static double sum(double[] tree, int rank) {
    double s = 0;
    for (int i = rank + 1; i > 0; i -= i & -i) {
      s += tree[i];
    }
    return s;
  }
}
