package io.github.vigil.conditions.risk;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The observed rearrest rates of the release spells that began at one {@link RiskLevel}, with the
 * number of spells and people behind them, and a warning when they are too few to mean anything.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LevelCalibration {
  LevelCalibration() {}

  static ImmutableLevelCalibration.Builder builder() {
    return ImmutableLevelCalibration.builder();
  }

  /** Returns the level the spells began at. */
  public abstract RiskLevel level();

  /** Returns how many release spells began at this level. */
  public abstract int spells();

  /** Returns how many different people those spells belong to. */
  public abstract int people();

  /** Returns how many of the spells ended in a rearrest (at any time). */
  public abstract int rearrests();

  /** Returns the observed rate at each horizon, in increasing order of days. */
  public abstract ImmutableList<ObservedRate> rates();

  /** Returns a warning when the spells are too few for the rates to mean anything. */
  public abstract Optional<String> warning();

  @Override
  public final String toString() {
    return level()
        + ": "
        + spells()
        + " spells, "
        + people()
        + " people, "
        + rearrests()
        + " rearrests, "
        + rates()
        + warning().map(w -> " (" + w + ")").orElse("");
  }
}
