package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
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

  /**
   * Returns the calibration of one level, such as one read back from a risk report's JSON.
   *
   * @param rates the observed rate at each horizon, in increasing order of days
   * @param warning why the figures mean little, or empty
   * @throws IllegalArgumentException if a count is negative, {@code people} or {@code rearrests}
   *     is more than {@code spells}, the rates' days are not strictly increasing, a rate counts more
   *     spells at risk than {@code spells} or more rearrested than {@code rearrests}, or {@code
   *     warning} is blank
   */
  public static LevelCalibration of(
      RiskLevel level,
      int spells,
      int people,
      int rearrests,
      List<ObservedRate> rates,
      Optional<String> warning) {
    return builder()
        .level(level)
        .spells(spells)
        .people(people)
        .rearrests(rearrests)
        .rates(rates)
        .warning(warning)
        .build();
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

  @Value.Check
  final void check() {
    checkArgument(
        spells() >= 0 && people() >= 0 && rearrests() >= 0,
        "spells, people and rearrests must not be negative");
    checkArgument(people() <= spells(), "people must not be more than spells");
    checkArgument(rearrests() <= spells(), "rearrests must not be more than spells");
    for (int i = 0; i < rates().size(); i++) {
      ObservedRate r = rates().get(i);
      checkArgument(
          i == 0 || r.days() > rates().get(i - 1).days(), "rates must be in increasing order of days");
      checkArgument(r.atRisk() <= spells(), "a rate's atRisk must not be more than spells");
      checkArgument(r.rearrested() <= rearrests(), "a rate's rearrested must not be more than rearrests");
    }
    checkArgument(warning().isEmpty() || !warning().get().isBlank(), "warning must not be blank");
  }

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
