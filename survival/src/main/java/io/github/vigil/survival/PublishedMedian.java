package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The median of one curve of a {@link PublishedSurvivalReport} (its JSON's {@code medians}), with
 * the counts of the curve. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedMedian {
  PublishedMedian() {}

  static ImmutablePublishedMedian.Builder builder() {
    return ImmutablePublishedMedian.builder();
  }

  /** Returns the group of the curve, or empty for the curve over every row. */
  public abstract Optional<String> group();

  /** Returns the rows of the curve. */
  public abstract int n();

  /** Returns the events of the curve. */
  public abstract int events();

  /** Returns the rows censored. */
  public abstract int censored();

  /** Returns the median time, or empty when it is not reached. */
  public abstract OptionalDouble median();

  /** Returns the lower 95% limit of the median, or empty. */
  public abstract OptionalDouble lower();

  /** Returns the upper 95% limit of the median, or empty. */
  public abstract OptionalDouble upper();

  @Value.Check
  final void check() {
    checkArgument(n() >= 0 && events() >= 0 && censored() >= 0, "a count must not be negative");
  }
}
