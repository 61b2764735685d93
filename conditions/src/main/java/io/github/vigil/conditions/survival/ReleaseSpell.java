package io.github.vigil.conditions.survival;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * One spell at liberty: from a release to the next rearrest, or censored at exile, death or the
 * view's as-of date, with the measures active at release. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReleaseSpell {
  ReleaseSpell() {}

  /** How a spell ended. */
  public enum End {
    /** Arrested again: the event of interest. */
    REARREST,
    /** Exiled: censored. */
    EXILE,
    /** Died: censored. */
    DEATH,
    /** Still at liberty on the view's as-of date: censored. */
    AS_OF
  }

  /** Returns the person's id. */
  public abstract DetaineeId detainee();

  /** Returns the date of release. */
  public abstract LocalDate released();

  /** Returns the date the spell ended: the rearrest, exile or death, or the as-of date. */
  public abstract LocalDate end();

  /** Returns how the spell ended. */
  public abstract End endedBy();

  /** Returns the types of the measures active just after the release, in declaration order. */
  public abstract ImmutableSet<MeasureType> measures();

  /** Returns the length of the spell in days, {@code end - released}; may be 0. */
  public long days() {
    return ChronoUnit.DAYS.between(released(), end());
  }

  /** Returns whether the spell ended in a rearrest (otherwise it is censored). */
  public boolean rearrested() {
    return endedBy() == End.REARREST;
  }

  /** Returns whether a measure of {@code type} was active at release. */
  public boolean had(MeasureType type) {
    return measures().contains(type);
  }

  @Value.Check
  void check() {
    checkState(!end().isBefore(released()), "spell ends %s before release %s", end(), released());
  }

  @Override
  public final String toString() {
    return "ReleaseSpell{"
        + detainee()
        + ", released="
        + released()
        + ", end="
        + end()
        + ", "
        + endedBy()
        + ", measures="
        + measures()
        + "}";
  }
}
