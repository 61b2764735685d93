package io.github.vigil.conditions.survival;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A piece of a release spell during which the measures in force did not change: the spell
 * {@code (released, end]} is cut at each date a measure is imposed or lifted, so that a Cox model
 * sees, at each time, the measures in force then (the counting-process rows {@code (start, stop]}
 * of R's {@code Surv(start, stop, rearrest)}). Times count days since the release. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SpellPeriod {
  SpellPeriod() {}

  /** Returns the person's id. */
  public abstract DetaineeId detainee();

  /** Returns the date of the release that began the spell. */
  public abstract LocalDate released();

  /** Returns the date the period begins (exclusive): the release or the date of a change. */
  public abstract LocalDate since();

  /** Returns the date the period ends (inclusive): the next change, or the end of the spell. */
  public abstract LocalDate until();

  /** Returns the types of the measures in force during the period, in declaration order. */
  public abstract ImmutableSet<MeasureType> measures();

  /** Returns whether the period ends in the spell's rearrest (only a spell's last period can). */
  public abstract boolean rearrested();

  /** Returns the period's start in days since the release, R's {@code start}. */
  public long start() {
    return ChronoUnit.DAYS.between(released(), since());
  }

  /** Returns the period's end in days since the release, R's {@code stop}. */
  public long stop() {
    return ChronoUnit.DAYS.between(released(), until());
  }

  /** Returns whether a measure of {@code type} was in force during the period. */
  public boolean had(MeasureType type) {
    return measures().contains(type);
  }

  @Value.Check
  void check() {
    checkState(!since().isBefore(released()), "period begins %s before release %s", since(), released());
    checkState(!until().isBefore(since()), "period ends %s before it begins %s", until(), since());
  }

  @Override
  public final String toString() {
    return "SpellPeriod{"
        + detainee()
        + ", released="
        + released()
        + ", ("
        + start()
        + ", "
        + stop()
        + "], measures="
        + measures()
        + (rearrested() ? ", rearrested" : "")
        + "}";
  }
}
