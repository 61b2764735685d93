package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The Kaplan–Meier estimator with Greenwood standard errors and 95% intervals on the log scale,
 * agreeing with R's {@code survfit(Surv(time, status) ~ group, conf.type = "log")} and, for rows
 * with entry times, {@code survfit(Surv(start, stop, status) ~ group)} (delayed entry: a row is at
 * risk on {@code (start, stop]}).
 */
public final class KaplanMeier {
  /** R's {@code qnorm(0.975)}. */
  static final double Z975 = 1.959963984540054;

  private KaplanMeier() {}

  /**
   * Returns the Kaplan–Meier estimate over every row.
   *
   * @param times the time of each row (an event or a censoring), finite and not negative
   * @param events whether each row's time is an event ({@code true}) or a censoring
   * @throws IllegalArgumentException if the arrays differ in length or a time is negative or not
   *     finite
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}); without events the
   *     curve stays at 1, as R's
   */
  public static SurvivalCurve fit(double[] times, boolean[] events) {
    return fit(SurvivalData.builder(times, events).build()).get(0);
  }

  /**
   * Returns one Kaplan–Meier estimate per group, ordered by group label ({@link String} order). A
   * group without events gets a curve without event rows.
   *
   * @param times the time of each row, finite and not negative
   * @param events whether each row's time is an event
   * @param groups the group label of each row
   * @throws IllegalArgumentException if the lengths differ, a label is null, or a time is
   *     negative or not finite
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}); without events the
   *     curve stays at 1, as R's
   */
  public static ImmutableList<SurvivalCurve> fit(
      double[] times, boolean[] events, List<String> groups) {
    return fit(SurvivalData.builder(times, events).groups(groups).build());
  }

  /**
   * Returns the Kaplan–Meier estimate of the table: one curve per group when it has groups
   * (ordered by label), else one curve over every row. Entry times are honoured; strata,
   * clusters and covariates play no part.
   *
   * @throws IllegalArgumentException if the table has case weights
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}); without events the
   *     curve stays at 1, as R's
   */
  public static ImmutableList<SurvivalCurve> fit(SurvivalData data) {
    com.google.common.base.Preconditions.checkArgument(
        !data.isWeighted(), "the Kaplan-Meier estimate here takes no case weights");
    if (data.n() == 0) {
      throw new SurvivalException(SurvivalException.Problem.TOO_FEW_ROWS, "there are no rows");
    }
    int n = data.n();
    double[] stop = data.stopArray();
    double[] start = data.startArray();
    Labels groups = data.groupColumn();
    int[] group = groups == null ? new int[n] : groups.codes();
    int[] byStop =
        Sorting.order(
            n,
            (a, b) -> {
              int c = Integer.compare(group[a], group[b]);
              return c != 0 ? c : Double.compare(stop[a], stop[b]);
            });
    int[] byStart =
        start == null
            ? null
            : Sorting.order(
                n,
                (a, b) -> {
                  int c = Integer.compare(group[a], group[b]);
                  return c != 0 ? c : Double.compare(start[a], start[b]);
                });
    ImmutableList.Builder<SurvivalCurve> curves = ImmutableList.builder();
    int from = 0;
    while (from < n) {
      int g = group[byStop[from]];
      int to = from;
      while (to < n && group[byStop[to]] == g) {
        to++;
      }
      Optional<String> label = groups == null ? Optional.empty() : Optional.of(groups.levels().get(g));
      curves.add(curve(label, data, byStop, byStart, from, to));
      from = to;
    }
    return curves.build();
  }

  private static SurvivalCurve curve(
      Optional<String> label, SurvivalData data, int[] byStop, int @org.jspecify.annotations.Nullable [] byStart, int from, int to) {
    double[] stop = data.stopArray();
    double[] start = data.startArray();
    boolean[] event = data.eventArray();
    int rows = to - from;
    // At most one step per distinct time.
    double[] time = new double[rows];
    int[] atRisk = new int[rows];
    int[] events = new int[rows];
    int[] censored = new int[rows];
    double[] survival = new double[rows];
    double[] varLog = new double[rows];
    int steps = 0;
    int totalEvents = 0;
    double surv = 1.0;
    double greenwood = 0.0;
    int entered = start == null ? rows : 0;
    int nextEntry = from;
    int i = from;
    while (i < to) {
      double t = stop[byStop[i]];
      if (byStart != null && start != null) {
        while (nextEntry < to && start[byStart[nextEntry]] < t) {
          nextEntry++;
          entered++;
        }
      }
      int d = 0;
      int j = i;
      while (j < to && stop[byStop[j]] == t) {
        if (event[byStop[j]]) {
          d++;
        }
        j++;
      }
      int risk = entered - (i - from);
      if (d > 0) {
        totalEvents += d;
        if (risk > d) {
          surv *= (double) (risk - d) / risk;
          greenwood += d / ((double) risk * (risk - d));
        } else {
          surv = 0.0;
          greenwood = Double.POSITIVE_INFINITY;
        }
      }
      time[steps] = t;
      atRisk[steps] = risk;
      events[steps] = d;
      censored[steps] = (j - i) - d;
      survival[steps] = surv;
      varLog[steps] = greenwood;
      steps++;
      i = j;
    }
    return new SurvivalCurve(
        label,
        rows,
        totalEvents,
        java.util.Arrays.copyOf(time, steps),
        java.util.Arrays.copyOf(atRisk, steps),
        java.util.Arrays.copyOf(events, steps),
        java.util.Arrays.copyOf(censored, steps),
        java.util.Arrays.copyOf(survival, steps),
        java.util.Arrays.copyOf(varLog, steps));
  }
}
