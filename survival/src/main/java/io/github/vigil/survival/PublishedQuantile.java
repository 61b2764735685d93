package io.github.vigil.survival;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A quantile of one curve of a {@link PublishedSurvivalReport} (its JSON's {@code quantiles}):
 * the time by which a share {@code p} has had the event. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedQuantile {
  PublishedQuantile() {}

  static ImmutablePublishedQuantile.Builder builder() {
    return ImmutablePublishedQuantile.builder();
  }

  /** Returns the group of the curve, or empty for the curve over every row. */
  public abstract Optional<String> group();

  /** Returns the share. */
  public abstract double p();

  /** Returns the time, or empty when the curve does not reach it. */
  public abstract OptionalDouble time();

  /** Returns the lower 95% limit, or empty. */
  public abstract OptionalDouble lower();

  /** Returns the upper 95% limit, or empty. */
  public abstract OptionalDouble upper();
}
