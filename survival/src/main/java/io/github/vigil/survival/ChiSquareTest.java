package io.github.vigil.survival;

import org.immutables.value.Value;

/** A chi-square test: its statistic, degrees of freedom and p-value. Immutable and thread-safe. */
@Value.Immutable
public abstract class ChiSquareTest {
  ChiSquareTest() {}

  /** Returns the statistic. */
  public abstract double statistic();

  /** Returns the degrees of freedom. */
  public abstract int df();

  /** Returns the p-value, {@code P(chi2_df > statistic)}. */
  public abstract double p();

  static ChiSquareTest of(double statistic, int df) {
    return ImmutableChiSquareTest.builder()
        .statistic(statistic)
        .df(df)
        .p(Distributions.chiSquareUpperTail(statistic, df))
        .build();
  }

  @Override
  public final String toString() {
    return "ChiSquareTest{statistic=" + statistic() + ", df=" + df() + ", p=" + p() + "}";
  }
}
