package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One row of the cumulative incidence a {@link PublishedIncidenceReport} publishes (its JSON's
 * {@code incidence}): what its JSON holds of an {@link IncidenceRow}, with the curve's group.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedIncidenceRow {
  PublishedIncidenceRow() {}

  static ImmutablePublishedIncidenceRow.Builder builder() {
    return ImmutablePublishedIncidenceRow.builder();
  }

  /** Returns the group of the curve, or empty for the curve over every row. */
  public abstract Optional<String> group();

  /** Returns the kind of event. */
  public abstract String kind();

  /** Returns the time. */
  public abstract OptionalDouble time();

  /** Returns how many were at risk just before the time. */
  public abstract int atRisk();

  /** Returns how many events of this kind happened at the time. */
  public abstract int events();

  /** Returns the cumulative incidence by the time. */
  public abstract OptionalDouble incidence();

  /** Returns its standard error. */
  public abstract OptionalDouble stdErr();

  /** Returns the lower 95% limit, or empty while the incidence is 0. */
  public abstract OptionalDouble lower();

  /** Returns the upper 95% limit, or empty while the incidence is 0. */
  public abstract OptionalDouble upper();

  /** Returns the variance by Gray's formula. */
  public abstract OptionalDouble grayVariance();

  @Value.Check
  final void check() {
    checkArgument(atRisk() >= 0 && events() >= 0, "a count must not be negative");
  }
}
