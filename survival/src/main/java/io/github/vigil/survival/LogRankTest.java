package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The log-rank test that k groups share one survival curve, as R's {@code survdiff(Surv(time,
 * status) ~ group)} reports it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LogRankTest {
  LogRankTest() {}

  /** Returns the group labels, in {@link String} order. */
  public abstract ImmutableList<String> groups();

  /** Returns the observed number of events of each group, in the order of {@link #groups()}. */
  public abstract ImmutableList<Integer> observed();

  /** Returns the expected number of events of each group under the null hypothesis. */
  public abstract ImmutableList<Double> expected();

  /** Returns the chi-square statistic. */
  public abstract double chiSquare();

  /** Returns the degrees of freedom: the number of groups with a positive expectation, minus 1. */
  public abstract int df();

  /** Returns the p-value, the upper tail of the chi-square distribution at {@link #chiSquare()}. */
  public abstract double p();

  @Override
  public final String toString() {
    return "LogRankTest{chiSquare=" + chiSquare() + ", df=" + df() + ", p=" + p() + "}";
  }
}
