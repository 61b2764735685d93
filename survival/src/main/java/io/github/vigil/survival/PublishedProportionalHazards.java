package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The proportional-hazards test of the Cox model of a {@link PublishedSurvivalReport} (its JSON's
 * {@code cox.proportionalHazards}): what its JSON holds of a {@link ProportionalHazardsTest}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedProportionalHazards {
  PublishedProportionalHazards() {}

  static ImmutablePublishedProportionalHazards.Builder builder() {
    return ImmutablePublishedProportionalHazards.builder();
  }

  /** Returns the covariates' names, in the model's order. */
  public abstract ImmutableList<String> terms();

  /** Returns each covariate's test, in the order of {@link #terms()}. */
  public abstract ImmutableList<PublishedChiSquareTest> tests();

  /** Returns the global test. */
  public abstract PublishedChiSquareTest global();

  @Value.Check
  final void check() {
    checkArgument(tests().size() == terms().size(), "tests must have one test per term");
  }
}
