package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The log-rank test for k groups, agreeing with R's {@code survdiff(Surv(time, status) ~ group)}
 * and, within strata, {@code survdiff(Surv(time, status) ~ group + strata(s))}: observed minus
 * expected events of each group, their hypergeometric covariance summed over strata, and {@code
 * chisq = U' V^-1 U} over the groups with a positive expectation but the first. Counts enter
 * every product as {@code double}s, so nothing overflows at any size.
 */
public final class LogRank {
  private LogRank() {}

  /**
   * Returns the log-rank test of the groups.
   *
   * @param times the time of each row, finite and not negative
   * @param events whether each row's time is an event
   * @param groups the group label of each row
   * @throws IllegalArgumentException if the lengths differ, a label is null, or a time is
   *     negative or not finite
   * @throws SurvivalException as {@link #test(SurvivalData)}
   */
  public static LogRankTest test(double[] times, boolean[] events, List<String> groups) {
    return test(SurvivalData.builder(times, events).groups(groups).build());
  }

  /**
   * Returns the log-rank test of the table's groups, within its strata when it has them.
   * Clusters and covariates play no part.
   *
   * @param data right-censored rows (no entry times), unweighted, with groups
   * @throws IllegalArgumentException if the table has no groups, has entry times or case weights
   *     (R's {@code survdiff} takes neither)
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}), no events ({@code
   *     NO_EVENTS}), fewer than two groups with someone at risk at an event time ({@code
   *     ONE_GROUP}), or the covariance is singular ({@code SINGULAR_VARIANCE})
   */
  public static LogRankTest test(SurvivalData data) {
    checkNotNull(data, "data");
    Labels groups = data.groupColumn();
    checkArgument(groups != null, "the log-rank test needs groups");
    checkArgument(!data.hasEntryTimes(), "the log-rank test takes right-censored rows, without entry times");
    checkArgument(!data.isWeighted(), "the log-rank test takes no case weights");
    Inputs.checkRowsAndEvents(data);
    int k = groups.size();
    if (k < 2) {
      throw new SurvivalException(
          SurvivalException.Problem.ONE_GROUP,
          "the log-rank test needs at least two groups; all rows are in group '"
              + groups.levels().get(0)
              + "'");
    }
    int n = data.n();
    double[] times = data.stopArray();
    boolean[] events = data.eventArray();
    int[] group = groups.codes();
    Labels strata = data.strataColumn();
    int[] stratum = strata == null ? new int[n] : strata.codes();
    int[] order = Sorting.byKeyThenTime(stratum, times);
    int[] observed = new int[k];
    double[] expected = new double[k];
    double[] var = new double[k * k];
    double[] atRisk = new double[k];
    double[] deaths = new double[k];
    int i = 0;
    while (i < n) {
      int s = stratum[order[i]];
      int end = i;
      Arrays.fill(atRisk, 0);
      while (end < n && stratum[order[end]] == s) {
        atRisk[group[order[end]]]++;
        end++;
      }
      double total = end - i;
      while (i < end) {
        double t = times[order[i]];
        int j = i;
        double d = 0;
        Arrays.fill(deaths, 0);
        while (j < end && times[order[j]] == t) {
          if (events[order[j]]) {
            deaths[group[order[j]]]++;
            d++;
          }
          j++;
        }
        if (d > 0) {
          for (int g = 0; g < k; g++) {
            observed[g] += (int) deaths[g];
            expected[g] += d * (atRisk[g] / total);
          }
          if (total > 1) {
            double kappa = d * (total - d) / (total * total * (total - 1));
            for (int g = 0; g < k; g++) {
              for (int h = 0; h < k; h++) {
                var[g * k + h] += kappa * atRisk[g] * ((g == h ? total : 0) - atRisk[h]);
              }
            }
          }
        }
        for (int m = i; m < j; m++) {
          atRisk[group[order[m]]]--;
        }
        total -= j - i;
        i = j;
      }
    }
    int[] used = new int[k];
    int m = 0;
    for (int g = 0; g < k; g++) {
      if (expected[g] > 0) {
        used[m++] = g;
      }
    }
    if (m < 2) {
      throw new SurvivalException(
          SurvivalException.Problem.ONE_GROUP,
          "the log-rank test needs at least two groups with someone at risk at an event time; "
              + m
              + " of "
              + k
              + " groups have");
    }
    int q = m - 1;
    double[] v = new double[q * q];
    double[] u = new double[q];
    for (int a = 1; a < m; a++) {
      u[a - 1] = observed[used[a]] - expected[used[a]];
      for (int b = 1; b < m; b++) {
        v[(a - 1) * q + (b - 1)] = var[used[a] * k + used[b]];
      }
    }
    Cholesky factors = Cholesky.factor(v, q).factors();
    if (factors == null) {
      throw new SurvivalException(
          SurvivalException.Problem.SINGULAR_VARIANCE,
          "the log-rank variance is singular: no group's events vary beyond chance");
    }
    double[] solved = factors.solve(u);
    double chi = 0;
    for (int a = 0; a < q; a++) {
      chi += solved[a] * u[a];
    }
    ImmutableList.Builder<Integer> obs = ImmutableList.builder();
    ImmutableList.Builder<Double> exp = ImmutableList.builder();
    for (int g = 0; g < k; g++) {
      obs.add(observed[g]);
      exp.add(expected[g]);
    }
    return ImmutableLogRankTest.builder()
        .groups(Objects.requireNonNull(groups).levels())
        .observed(obs.build())
        .expected(exp.build())
        .chiSquare(chi)
        .df(q)
        .p(Distributions.chiSquareUpperTail(chi, q))
        .build();
  }
}
