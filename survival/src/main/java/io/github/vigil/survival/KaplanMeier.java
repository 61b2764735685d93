package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
   * (ordered by label), else one curve over every row. Entry times and case weights are honoured
   * as R's {@code survfit(Surv(start, stop, status) ~ group, weights = w)} honours them: the
   * numbers at risk, of events and of censorings become weighted sums, and the standard error is
   * Greenwood's with those sums when every weight is a whole number, else (as R switches to
   * {@code robust = TRUE}) the infinitesimal jackknife with each row its own cluster. Strata,
   * clusters and covariates play no part.
   *
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}); without events the
   *     curve stays at 1, as R's
   */
  public static ImmutableList<SurvivalCurve> fit(SurvivalData data) {
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
    int @Nullable [] byStart =
        start == null
            ? null
            : Sorting.order(
                n,
                (a, b) -> {
                  int c = Integer.compare(group[a], group[b]);
                  return c != 0 ? c : Double.compare(start[a], start[b]);
                });
    boolean jackknife = fractional(data.weightArray());
    ImmutableList.Builder<SurvivalCurve> curves = ImmutableList.builder();
    int from = 0;
    while (from < n) {
      int g = group[byStop[from]];
      int to = from;
      while (to < n && group[byStop[to]] == g) {
        to++;
      }
      Optional<String> label = groups == null ? Optional.empty() : Optional.of(groups.levels().get(g));
      curves.add(curve(label, data, byStop, byStart, from, to, jackknife));
      from = to;
    }
    return curves.build();
  }

  private static SurvivalCurve curve(
      Optional<String> label,
      SurvivalData data,
      int[] byStop,
      int @Nullable [] byStart,
      int from,
      int to,
      boolean jackknife) {
    double[] stop = data.stopArray();
    double[] start = data.startArray();
    boolean[] event = data.eventArray();
    double[] weight = data.weightArray();
    int rows = to - from;
    // At most one step per distinct time.
    double[] time = new double[rows];
    int[] atRisk = new int[rows];
    int[] events = new int[rows];
    int[] censored = new int[rows];
    double[] survival = new double[rows];
    double[] varLog = new double[rows];
    double[] riskWeight = weight == null ? null : new double[rows];
    double[] eventWeight = weight == null ? null : new double[rows];
    double[] censorWeight = weight == null ? null : new double[rows];
    // The infinitesimal jackknife: row i's derivative of log S(t) is L_i(t) = H(t) - H(entry_i)
    // less 1 / (n - d) at its own event, H the sum of d / (n (n - d)) over event times; the sums
    // of w^2, w^2 H(entry) and w^2 H(entry)^2 over the rows at risk give their share of
    // sum (w L)^2, the rows that left add theirs once.
    double[] entryH = jackknife ? new double[data.n()] : null;
    double cumH = 0;
    double w2 = 0;
    double w2c = 0;
    double w2cc = 0;
    double departed = 0;
    int steps = 0;
    int totalEvents = 0;
    double totalEventWeight = 0;
    double surv = 1.0;
    double greenwood = 0.0;
    int entered = start == null ? rows : 0;
    double enteredWeight = 0;
    if (weight != null && start == null) {
      for (int k = from; k < to; k++) {
        double w = weight[byStop[k]];
        enteredWeight += w;
        w2 += w * w;
      }
    }
    double leftWeight = 0;
    int nextEntry = from;
    int i = from;
    while (i < to) {
      double t = stop[byStop[i]];
      if (byStart != null && start != null) {
        while (nextEntry < to && start[byStart[nextEntry]] < t) {
          int row = byStart[nextEntry];
          if (weight != null) {
            double w = weight[row];
            enteredWeight += w;
            if (entryH != null) {
              entryH[row] = cumH;
              w2 += w * w;
              w2c += w * w * cumH;
              w2cc += w * w * cumH * cumH;
            }
          }
          nextEntry++;
          entered++;
        }
      }
      int d = 0;
      double dw = 0;
      double cw = 0;
      int j = i;
      while (j < to && stop[byStop[j]] == t) {
        double w = weight == null ? 1 : weight[byStop[j]];
        if (event[byStop[j]]) {
          d++;
          dw += w;
        } else {
          cw += w;
        }
        j++;
      }
      int risk = entered - (i - from);
      // Weighted: the weight entered less the weight that left (R's n.risk, a running sum).
      double n = weight == null ? risk : enteredWeight - leftWeight;
      double dd = weight == null ? d : dw;
      if (d > 0) {
        totalEvents += d;
        totalEventWeight += dw;
        if (risk > d) {
          surv *= (n - dd) / n;
          double h = dd / (n * (n - dd));
          greenwood += h;
          cumH += h;
        } else {
          surv = 0.0;
          greenwood = Double.POSITIVE_INFINITY;
        }
      }
      if (entryH != null && weight != null) {
        for (int k = i; k < j; k++) {
          int row = byStop[k];
          double w = weight[row];
          double c = entryH[row];
          w2 -= w * w;
          w2c -= w * w * c;
          w2cc -= w * w * c * c;
          double l = cumH - c - (event[row] && risk > d ? 1 / (n - dd) : 0);
          departed += w * w * l * l;
        }
      }
      time[steps] = t;
      atRisk[steps] = risk;
      events[steps] = d;
      censored[steps] = (j - i) - d;
      if (riskWeight != null && eventWeight != null && censorWeight != null) {
        riskWeight[steps] = n;
        eventWeight[steps] = dw;
        censorWeight[steps] = cw;
        leftWeight += dw + cw;
      }
      survival[steps] = surv;
      varLog[steps] =
          entryH == null || Double.isInfinite(greenwood)
              ? greenwood
              : departed + Math.max(0, w2 * cumH * cumH - 2 * cumH * w2c + w2cc);
      steps++;
      i = j;
    }
    return new SurvivalCurve(
        label,
        rows,
        totalEvents,
        weight == null ? totalEvents : totalEventWeight,
        Arrays.copyOf(time, steps),
        Arrays.copyOf(atRisk, steps),
        Arrays.copyOf(events, steps),
        Arrays.copyOf(censored, steps),
        riskWeight == null ? null : Arrays.copyOf(riskWeight, steps),
        eventWeight == null ? null : Arrays.copyOf(eventWeight, steps),
        censorWeight == null ? null : Arrays.copyOf(censorWeight, steps),
        Arrays.copyOf(survival, steps),
        Arrays.copyOf(varLog, steps),
        jackknife);
  }

  /** R's rule: weights with a fraction make {@code survfit} use the infinitesimal jackknife. */
  private static boolean fractional(double @Nullable [] weight) {
    if (weight != null) {
      for (double w : weight) {
        if (w != Math.floor(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
