package io.github.vigil.survival;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The restricted mean of one curve of a {@link PublishedSurvivalReport} (its JSON's {@code
 * restrictedMeans}): the mean time up to a horizon. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedRestrictedMean {
  PublishedRestrictedMean() {}

  static ImmutablePublishedRestrictedMean.Builder builder() {
    return ImmutablePublishedRestrictedMean.builder();
  }

  /** Returns the group of the curve, or empty for the curve over every row. */
  public abstract Optional<String> group();

  /** Returns the horizon. */
  public abstract OptionalDouble tau();

  /** Returns the mean time up to the horizon. */
  public abstract OptionalDouble mean();

  /** Returns its standard error. */
  public abstract OptionalDouble stdErr();
}
