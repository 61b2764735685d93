package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * Competing risks: the Aalen–Johansen cumulative incidence of each kind of event when another kind
 * ends the follow-up first (a release spell ends in rearrest, exile or death), agreeing with R's
 * multi-state {@code survfit(Surv(time, factor(status)) ~ group)} (estimate, infinitesimal
 * jackknife standard error, 95% interval on the log scale) and with {@code cmprsk::cuminc(time,
 * status, group)} (estimate, variance, and Gray's test between groups).
 */
public final class CumulativeIncidence {
  private CumulativeIncidence() {}

  /**
   * Returns the cumulative incidence of each kind of event ({@link SurvivalData#causeNames()}; one
   * kind, named {@code "event"}, when the table has none): one curve per group when the table has
   * groups (ordered by label), else one over every row. Strata, clusters and covariates play no
   * part.
   *
   * @throws IllegalArgumentException if the table has entry times or case weights (not handled)
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS})
   */
  public static ImmutableList<IncidenceCurve> fit(SurvivalData data) {
    checkNotNull(data, "data");
    checkSupported(data);
    if (data.n() == 0) {
      throw new SurvivalException(SurvivalException.Problem.TOO_FEW_ROWS, "there are no rows");
    }
    ImmutableList<String> names = causeNames(data);
    int n = data.n();
    double[] stop = data.stopArray();
    Labels groups = data.groupColumn();
    int[] group = groups == null ? new int[n] : groups.codes();
    int[] order = Sorting.byKeyThenTime(group, stop);
    ImmutableList.Builder<IncidenceCurve> curves = ImmutableList.builder();
    int from = 0;
    while (from < n) {
      int to = from;
      while (to < n && group[order[to]] == group[order[from]]) {
        to++;
      }
      Optional<String> label =
          groups == null ? Optional.empty() : Optional.of(groups.levels().get(group[order[from]]));
      curves.add(curve(data, names, order, from, to, label));
      from = to;
    }
    return curves.build();
  }

  /**
   * Returns Gray's test of each kind of event between the table's groups ({@code
   * cmprsk::cuminc(...)$Tests}, {@code rho = 0}), summed over strata when the table has strata.
   *
   * @return one test per kind of event, in code order
   * @throws IllegalArgumentException if the table has no groups, or has entry times or case
   *     weights
   * @throws SurvivalException {@code ONE_GROUP} if fewer than two groups have rows; {@code
   *     NO_EVENTS} if a kind of event never happens; {@code SINGULAR_VARIANCE} if the score's
   *     variance is singular (R's {@code cuminc} then reports a statistic of -1)
   */
  public static ImmutableList<GrayTest> grayTests(SurvivalData data) {
    checkNotNull(data, "data");
    checkSupported(data);
    Labels groups = data.groupColumn();
    checkArgument(groups != null, "Gray's test compares groups: the table has none");
    ImmutableList<String> names = causeNames(data);
    if (groups.size() < 2) {
      throw new SurvivalException(
          SurvivalException.Problem.ONE_GROUP, "Gray's test needs at least two groups");
    }
    ImmutableList.Builder<GrayTest> tests = ImmutableList.builder();
    for (int cause = 1; cause <= names.size(); cause++) {
      tests.add(gray(data, groups, cause, names.get(cause - 1)));
    }
    return tests.build();
  }

  /**
   * Returns Gray's test of the kind of event with code {@code cause} (from 1) between the table's
   * groups, as {@link #grayTests} does for every kind.
   *
   * @throws IllegalArgumentException if there is no such kind, the table has no groups, or has
   *     entry times or case weights
   * @throws SurvivalException as {@link #grayTests}
   */
  public static GrayTest grayTest(SurvivalData data, int cause) {
    checkNotNull(data, "data");
    checkSupported(data);
    Labels groups = data.groupColumn();
    checkArgument(groups != null, "Gray's test compares groups: the table has none");
    ImmutableList<String> names = causeNames(data);
    checkArgument(cause >= 1 && cause <= names.size(), "no kind of event with code %s", cause);
    if (groups.size() < 2) {
      throw new SurvivalException(
          SurvivalException.Problem.ONE_GROUP, "Gray's test needs at least two groups");
    }
    return gray(data, groups, cause, names.get(cause - 1));
  }

  private static void checkSupported(SurvivalData data) {
    checkArgument(!data.hasEntryTimes(), "the cumulative incidence here takes no entry times");
    checkArgument(!data.isWeighted(), "the cumulative incidence here takes no case weights");
  }

  private static ImmutableList<String> causeNames(SurvivalData data) {
    return data.causeNames().isEmpty() ? ImmutableList.of("event") : data.causeNames();
  }

  /**
   * One group's curves, in one pass over its rows in time order. The standard error is the
   * infinitesimal jackknife's, {@code sqrt(sum_i U_i(t)^2)} with {@code U_i} the derivative of the
   * estimate with respect to row i's weight. Rows still at risk share one value of {@code U}; a row
   * that has left evolves linearly afterwards, so the sums of squares and products of those that
   * have left are carried forward exactly, in time proportional to the rows.
   */
  private static IncidenceCurve curve(
      SurvivalData data,
      ImmutableList<String> names,
      int[] order,
      int from,
      int to,
      Optional<String> label) {
    int kinds = names.size();
    double[] stop = data.stopArray();
    int steps = 0;
    for (int i = from; i < to; ) {
      int j = i;
      boolean event = false;
      while (j < to && stop[order[j]] == stop[order[i]]) {
        event |= data.cause(order[j]) > 0;
        j++;
      }
      steps += event ? 1 : 0;
      i = j;
    }
    double[] time = new double[steps];
    int[] atRisk = new int[steps];
    int[][] events = new int[kinds][steps];
    double[][] incidence = new double[kinds][steps];
    double[][] stdErr = new double[kinds][steps];
    double[][] grayVariance = new double[kinds][steps];
    int[] totals = new int[kinds];

    double survival = 1; // S(t-), no event of any kind
    double[] cif = new double[kinds];
    // Influence of the rows still at risk: on S (g) and on each incidence (h).
    double g = 0;
    double[] h = new double[kinds];
    // Sums over the rows that have left: a = influence on S, b = on an incidence.
    double saa = 0;
    double[] sab = new double[kinds];
    double[] sbb = new double[kinds];
    // cmprsk's running sums for Gray's variance, and the variance at the last event of each kind.
    double[] v1 = new double[kinds];
    double[] v2 = new double[kinds];
    double[] v3 = new double[kinds];
    double[] gray = new double[kinds];
    int[] d = new int[kinds];

    int step = 0;
    int i = from;
    while (i < to) {
      double t = stop[order[i]];
      int j = i;
      Arrays.fill(d, 0);
      int censored = 0;
      while (j < to && stop[order[j]] == t) {
        int c = data.cause(order[j]);
        if (c == 0) {
          censored++;
        } else {
          d[c - 1]++;
        }
        j++;
      }
      double y = to - i; // at risk: every row from i on
      int dAll = 0;
      for (int k = 0; k < kinds; k++) {
        dAll += d[k];
        totals[k] += d[k];
      }
      double hazard = dAll / y;
      double keep = 1 - hazard;
      // Rows that left before t: a' = a (1 - dL), b' = b + a dL_k.
      for (int k = 0; k < kinds; k++) {
        double dk = d[k] / y;
        sbb[k] += 2 * dk * sab[k] + dk * dk * saa;
        sab[k] = keep * (sab[k] + dk * saa);
      }
      saa *= keep * keep;
      // Rows at risk at t with no event there (censored at t or staying on).
      double g1 = g * keep + survival * hazard / y;
      double[] h1 = new double[kinds];
      for (int k = 0; k < kinds; k++) {
        double dk = d[k] / y;
        h1[k] = h[k] + g * dk - survival * dk / y;
      }
      saa += censored * g1 * g1;
      for (int k = 0; k < kinds; k++) {
        sab[k] += censored * g1 * h1[k];
        sbb[k] += censored * h1[k] * h1[k];
      }
      // Rows with an event of kind e at t.
      double a = g1 - survival / y;
      for (int e = 0; e < kinds; e++) {
        if (d[e] == 0) {
          continue;
        }
        saa += d[e] * a * a;
        for (int k = 0; k < kinds; k++) {
          double b = h1[k] + (k == e ? survival / y : 0);
          sab[k] += d[e] * a * b;
          sbb[k] += d[e] * b * b;
        }
      }
      double remaining = y - dAll - censored;
      if (dAll > 0) {
        double next = survival * keep;
        for (int k = 0; k < kinds; k++) {
          cif[k] += survival * d[k] / y;
          grayStep(k, d[k], dAll - d[k], y, survival, next, cif[k], v1, v2, v3, gray);
        }
        time[step] = t;
        atRisk[step] = (int) y;
        for (int k = 0; k < kinds; k++) {
          events[k][step] = d[k];
          incidence[k][step] = cif[k];
          stdErr[k][step] = Math.sqrt(sbb[k] + remaining * h1[k] * h1[k]);
          grayVariance[k][step] = gray[k];
        }
        step++;
        survival = next;
      }
      g = g1;
      h = h1;
      i = j;
    }
    return new IncidenceCurve(
        label, names, to - from, totals, time, atRisk, events, incidence, stdErr, grayVariance);
  }

  /**
   * Adds one event time to Gray's delta-method variance of the incidence of kind {@code k}
   * (Gray's {@code cinc}): {@code own} events of the kind and {@code other} of the others among
   * {@code y} at risk, with the survival before and after, tied events counted with the
   * hypergeometric factor {@code 1 - (d - 1) / (y - 1)}. The variance moves only at the kind's
   * own events.
   */
  private static void grayStep(
      int k,
      int own,
      int other,
      double y,
      double before,
      double after,
      double cif,
      double[] v1,
      double[] v2,
      double[] v3,
      double[] gray) {
    if (other > 0 && after > 0) {
      double w = before * before * ties(other, y) * other / (y * y);
      double inv = 1 / after;
      double ratio = cif / after;
      v1[k] += ratio * ratio * w;
      v2[k] += inv * ratio * w;
      v3[k] += inv * inv * w;
    }
    if (own > 0) {
      double w = before * before * ties(own, y) * own / (y * y);
      double inv = after > 0 ? 1 / after : 0;
      double one = 1 + inv * cif;
      v1[k] += one * one * w;
      v2[k] += inv * one * w;
      v3[k] += inv * inv * w;
      gray[k] = v1[k] + cif * cif * v3[k] - 2 * cif * v2[k];
    }
  }

  private static double ties(int d, double y) {
    return d > 1 ? 1 - (d - 1) / (y - 1) : 1;
  }

  /** Gray's test of one kind of event: the score and its variance, summed over strata. */
  private static GrayTest gray(SurvivalData data, Labels groups, int cause, String name) {
    int n = data.n();
    int ng = groups.size();
    int m = ng - 1;
    double[] stop = data.stopArray();
    Labels strata = data.strataColumn();
    int[] stratum = strata == null ? new int[n] : strata.codes();
    int[] order = Sorting.byKeyThenTime(stratum, stop);
    double[] score = new double[m];
    double[] variance = new double[m * m];
    int own = 0;
    int from = 0;
    while (from < n) {
      int to = from;
      while (to < n && stratum[order[to]] == stratum[order[from]]) {
        to++;
      }
      own += new GrayScore(data, groups.codes(), cause, ng).add(order, from, to, score, variance);
      from = to;
    }
    if (own == 0) {
      throw new SurvivalException(
          SurvivalException.Problem.NO_EVENTS, "no event of the kind '" + name + "'");
    }
    for (int r = 0; r < m; r++) {
      for (int c = 0; c < r; c++) {
        variance[c * m + r] = variance[r * m + c];
      }
    }
    double statistic =
        Cholesky.quadraticForm(
            variance, m, score, "the variance of Gray's score for '" + name + "' is singular");
    return ImmutableGrayTest.builder()
        .cause(name)
        .groups(groups.levels())
        .test(ChiSquareTest.of(statistic, m))
        .build();
  }
}
