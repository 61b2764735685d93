package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Points for a duration of up to a number of days: for example, 3 points when the release was at
 * most 30 days ago. A policy lists bands in increasing order of days; the first band that holds a
 * duration gives its points, and a duration beyond the last band gives none. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PointsBand {
  PointsBand() {}

  /** Returns the longest duration, in days, the band holds; at least 0. */
  @Value.Parameter
  public abstract int upToDays();

  /** Returns the points the band gives; at least 0. */
  @Value.Parameter
  public abstract int points();

  /**
   * Returns the band of durations of at most {@code upToDays} days, worth {@code points}.
   *
   * @throws IllegalArgumentException if either is negative
   */
  public static PointsBand of(int upToDays, int points) {
    return ImmutablePointsBand.of(upToDays, points);
  }

  /** Returns whether a duration of {@code days} falls within the band. */
  public boolean holds(long days) {
    return days <= upToDays();
  }

  @Value.Check
  void check() {
    checkArgument(upToDays() >= 0, "upToDays must not be negative: %s", upToDays());
    checkArgument(points() >= 0, "points must not be negative: %s", points());
  }

  @Override
  public final String toString() {
    return "up to " + upToDays() + " days: " + points();
  }
}
