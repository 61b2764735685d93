package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One row of the curves a {@link PublishedSurvivalReport} publishes ({@code km}, {@code steps},
 * {@code atTimes}): what its JSON holds of a curve's {@link SurvivalRow}, with the curve's group.
 * A figure is empty where the JSON holds {@code null}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedSurvivalRow {
  PublishedSurvivalRow() {}

  static ImmutablePublishedSurvivalRow.Builder builder() {
    return ImmutablePublishedSurvivalRow.builder();
  }

  /** Returns the group of the curve, or empty for the curve over every row. */
  public abstract Optional<String> group();

  /** Returns the time. */
  public abstract OptionalDouble time();

  /** Returns how many rows were at risk just before the time. */
  public abstract int atRisk();

  /** Returns how many events happened at the time. */
  public abstract int events();

  /** Returns how many rows were censored at the time. */
  public abstract int censored();

  /** Returns the estimated probability of surviving beyond the time. */
  public abstract OptionalDouble survival();

  /**
   * Returns the standard error of the survival, empty where its JSON holds {@code null} (a
   * figure that was not finite).
   */
  public abstract OptionalDouble stdErr();

  /**
   * Returns the lower 95% limit, empty where its JSON holds {@code null} (a figure that was not
   * finite).
   */
  public abstract OptionalDouble lower();

  /**
   * Returns the upper 95% limit, empty where its JSON holds {@code null} (a figure that was not
   * finite).
   */
  public abstract OptionalDouble upper();

  @Value.Check
  final void check() {
    checkArgument(
        atRisk() >= 0
            && events() >= 0
            && censored() >= 0,
        "a count must not be negative");
  }
}
