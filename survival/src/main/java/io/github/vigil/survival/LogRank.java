package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.TreeMap;

/**
 * The log-rank test for k groups, agreeing with R's {@code survdiff(Surv(time, status) ~ group)}:
 * observed minus expected events of each group, their hypergeometric covariance, and {@code chisq
 * = U' V^-1 U} over the groups with a positive expectation but the first.
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
   * @throws SurvivalException if there are no rows ({@code TOO_FEW_ROWS}), no events ({@code
   *     NO_EVENTS}), fewer than two groups with someone at risk at an event time ({@code
   *     ONE_GROUP}), or the covariance is singular ({@code SINGULAR_VARIANCE})
   */
  public static LogRankTest test(double[] times, boolean[] events, List<String> groups) {
    Inputs.checkTimes(times, events);
    Inputs.checkGroups(groups, times.length);
    TreeMap<String, Integer> index = new TreeMap<>();
    for (String g : groups) {
      index.putIfAbsent(g, 0);
    }
    if (index.size() < 2) {
      throw new SurvivalException(
          SurvivalException.Problem.ONE_GROUP,
          "the log-rank test needs at least two groups; all rows are in group '"
              + index.firstKey()
              + "'");
    }
    int k = 0;
    for (var e : index.entrySet()) {
      e.setValue(k++);
    }
    int n = times.length;
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = checkNotNull(index.get(groups.get(i)));
    }
    int[] order = Inputs.byTime(times);
    int[] atRisk = new int[k];
    for (int g : group) {
      atRisk[g]++;
    }
    int[] observed = new int[k];
    double[] expected = new double[k];
    double[][] var = new double[k][k];
    int[] deaths = new int[k];
    int i = 0;
    int total = n;
    while (i < n) {
      double t = times[order[i]];
      int j = i;
      int d = 0;
      java.util.Arrays.fill(deaths, 0);
      while (j < n && times[order[j]] == t) {
        if (events[order[j]]) {
          deaths[group[order[j]]]++;
          d++;
        }
        j++;
      }
      if (d > 0) {
        double nn = total;
        for (int g = 0; g < k; g++) {
          observed[g] += deaths[g];
          expected[g] += d * atRisk[g] / nn;
        }
        if (total > 1) {
          double kappa = d * (nn - d) / (nn * nn * (nn - 1));
          for (int g = 0; g < k; g++) {
            for (int h = 0; h < k; h++) {
              var[g][h] += kappa * atRisk[g] * ((g == h ? nn : 0) - atRisk[h]);
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
        v[(a - 1) * q + (b - 1)] = var[used[a]][used[b]];
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
    int df = m - 1;
    ImmutableList.Builder<Integer> obs = ImmutableList.builder();
    ImmutableList.Builder<Double> exp = ImmutableList.builder();
    for (int g = 0; g < k; g++) {
      obs.add(observed[g]);
      exp.add(expected[g]);
    }
    return ImmutableLogRankTest.builder()
        .groups(index.keySet())
        .observed(obs.build())
        .expected(exp.build())
        .chiSquare(chi)
        .df(df)
        .p(Distributions.chiSquareUpperTail(chi, df))
        .build();
  }
}
