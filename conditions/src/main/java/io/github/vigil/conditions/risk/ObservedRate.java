package io.github.vigil.conditions.risk;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The observed rearrest rate of a group of release spells at a horizon: one minus the Kaplan–Meier
 * survival estimate at that many days after release, with the numbers behind it. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ObservedRate {
  ObservedRate() {}

  static ImmutableObservedRate.Builder builder() {
    return ImmutableObservedRate.builder();
  }

  /** Returns the horizon, in days after release. */
  public abstract int days();

  /** Returns how many spells were still followed, and not yet rearrested, at the horizon. */
  public abstract int atRisk();

  /** Returns how many spells ended in a rearrest within the horizon. */
  public abstract int rearrested();

  /**
   * Returns the estimated share of people rearrested within the horizon, in [0, 1]; empty when no
   * spell was followed that long (the estimate would be an extrapolation).
   */
  public abstract Optional<Double> rate();

  @Override
  public final String toString() {
    return days()
        + " days: "
        + rate().map(r -> String.format(java.util.Locale.ROOT, "%.3f", r)).orElse("n/a")
        + " (at risk "
        + atRisk()
        + ", rearrested "
        + rearrested()
        + ")";
  }
}
