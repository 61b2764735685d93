package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The log-rank test of a {@link PublishedSurvivalReport} (its JSON's {@code logRank}): what its
 * JSON holds of a {@link LogRankTest}, and whether it was stratified. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedLogRank {
  PublishedLogRank() {}

  static ImmutablePublishedLogRank.Builder builder() {
    return ImmutablePublishedLogRank.builder();
  }

  /** Returns the chi-square statistic. */
  public abstract OptionalDouble chiSquare();

  /** Returns the degrees of freedom. */
  public abstract int df();

  /** Returns the p-value. */
  public abstract OptionalDouble p();

  /** Returns whether the test was stratified. */
  public abstract boolean stratified();

  /** Returns the groups, in label order. */
  public abstract ImmutableList<String> groups();

  /** Returns the observed events of each group, in the order of {@link #groups()}. */
  public abstract ImmutableList<Integer> observed();

  /** Returns the expected events of each group, in the order of {@link #groups()}. */
  public abstract ImmutableList<OptionalDouble> expected();

  @Value.Check
  final void check() {
    checkArgument(df() >= 0, "a count must not be negative");
    checkArgument(
        observed().size() == groups().size() && expected().size() == groups().size(),
        "observed and expected must have one figure per group");
  }
}
