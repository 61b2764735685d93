package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;

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

  /**
   * Returns the observed rate at {@code days} after release, such as one read back from a risk
   * report's JSON.
   *
   * @param rate the share rearrested within the horizon, or empty when no spell was followed that
   *     long
   * @throws IllegalArgumentException if {@code days}, {@code atRisk} or {@code rearrested} is
   *     negative, or {@code rate} is not a number from 0 to 1
   */
  public static ObservedRate of(int days, int atRisk, int rearrested, Optional<Double> rate) {
    return builder().days(days).atRisk(atRisk).rearrested(rearrested).rate(rate).build();
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

  @Value.Check
  final void check() {
    checkArgument(days() >= 0, "days must not be negative");
    checkArgument(atRisk() >= 0, "atRisk must not be negative");
    checkArgument(rearrested() >= 0, "rearrested must not be negative");
    checkArgument(
        rate().isEmpty() || (rate().get() >= 0 && rate().get() <= 1),
        "rate must be a share from 0 to 1");
  }

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
