package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The Kaplan–Meier estimator with Greenwood standard errors and 95% intervals on the log scale,
 * agreeing with R's {@code survfit(Surv(time, status) ~ group, conf.type = "log")}.
 */
public final class KaplanMeier {
  /** R's {@code qnorm(0.975)}. */
  static final double Z975 = 1.959963984540054;

  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private KaplanMeier() {}

  /**
   * Returns the Kaplan–Meier estimate over every row.
   *
   * @param times the time of each row (an event or a censoring), finite and not negative
   * @param events whether each row's time is an event ({@code true}) or a censoring
   * @throws IllegalArgumentException if the arrays differ in length or a time is negative or not
   *     finite
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}) or no events ({@code
   *     NO_EVENTS})
   */
  public static SurvivalCurve fit(double[] times, boolean[] events) {
    Inputs.checkTimes(times, events);
    return curve(Optional.empty(), times.clone(), events.clone());
  }

  /**
   * Returns one Kaplan–Meier estimate per group, ordered by group label ({@link String} order). A
   * group without events gets a curve without rows.
   *
   * @param times the time of each row, finite and not negative
   * @param events whether each row's time is an event
   * @param groups the group label of each row
   * @throws IllegalArgumentException if the lengths differ, a label is null, or a time is
   *     negative or not finite
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}) or no events ({@code
   *     NO_EVENTS})
   */
  public static ImmutableList<SurvivalCurve> fit(
      double[] times, boolean[] events, List<String> groups) {
    Inputs.checkTimes(times, events);
    Inputs.checkGroups(groups, times.length);
    Map<String, List<Integer>> rows = new TreeMap<>();
    for (int i = 0; i < times.length; i++) {
      rows.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
    }
    ImmutableList.Builder<SurvivalCurve> curves = ImmutableList.builder();
    for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
      List<Integer> idx = e.getValue();
      double[] t = new double[idx.size()];
      boolean[] d = new boolean[idx.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = times[idx.get(i)];
        d[i] = events[idx.get(i)];
      }
      curves.add(curve(Optional.of(e.getKey()), t, d));
    }
    return curves.build();
  }

  private static SurvivalCurve curve(Optional<String> group, double[] times, boolean[] events) {
    int n = times.length;
    int[] order = Inputs.byTime(times);
    ImmutableList.Builder<SurvivalRow> rows = ImmutableList.builder();
    double surv = 1.0;
    double varLog = 0.0;
    int totalEvents = 0;
    int i = 0;
    while (i < n) {
      double t = times[order[i]];
      int atRisk = n - i;
      int d = 0;
      int j = i;
      while (j < n && times[order[j]] == t) {
        if (events[order[j]]) {
          d++;
        }
        j++;
      }
      if (d > 0) {
        totalEvents += d;
        surv *= (double) (atRisk - d) / atRisk;
        if (atRisk > d) {
          varLog += d / ((double) atRisk * (atRisk - d));
          double seLog = Math.sqrt(varLog);
          rows.add(
              SurvivalRow.of(
                  t,
                  atRisk,
                  d,
                  surv,
                  OptionalDouble.of(surv * seLog),
                  OptionalDouble.of(Math.exp(Math.log(surv) - Z975 * seLog)),
                  OptionalDouble.of(Math.min(1.0, Math.exp(Math.log(surv) + Z975 * seLog)))));
        } else {
          surv = 0.0;
          rows.add(
              SurvivalRow.of(
                  t,
                  atRisk,
                  d,
                  0.0,
                  OptionalDouble.empty(),
                  OptionalDouble.empty(),
                  OptionalDouble.empty()));
        }
      }
      i = j;
    }
    ImmutableList<SurvivalRow> built = rows.build();
    return ImmutableSurvivalCurve.builder()
        .group(group)
        .n(n)
        .events(totalEvents)
        .rows(built)
        .median(firstAtHalf(built, Limit.SURVIVAL))
        .medianLower(firstAtHalf(built, Limit.LOWER))
        .medianUpper(firstAtHalf(built, Limit.UPPER))
        .build();
  }

  private enum Limit {
    SURVIVAL,
    LOWER,
    UPPER
  }

  private static OptionalDouble value(SurvivalRow row, Limit limit) {
    return switch (limit) {
      case SURVIVAL -> OptionalDouble.of(row.survival());
      case LOWER -> row.lower();
      case UPPER -> row.upper();
    };
  }

  /** R's {@code survmean} rule: the first time the curve is at most 0.5, halfway when exactly 0.5. */
  private static OptionalDouble firstAtHalf(List<SurvivalRow> rows, Limit limit) {
    for (int i = 0; i < rows.size(); i++) {
      OptionalDouble y = value(rows.get(i), limit);
      if (y.isEmpty() || y.getAsDouble() >= 0.5 + TOLERANCE) {
        continue;
      }
      double at = y.getAsDouble();
      if (Math.abs(at - 0.5) < TOLERANCE) {
        for (int k = i + 1; k < rows.size(); k++) {
          OptionalDouble later = value(rows.get(k), limit);
          if (later.isPresent() && later.getAsDouble() < at) {
            return OptionalDouble.of((rows.get(i).time() + rows.get(k).time()) / 2);
          }
        }
      }
      return OptionalDouble.of(rows.get(i).time());
    }
    return OptionalDouble.empty();
  }
}
