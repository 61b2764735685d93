package io.github.vigil.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's legal status after the events of their history that were seen: where they stand
 * with respect to custody, where they are or were last held, whether a release order is
 * pending, which measures are active, whether a case is open and whether they are convicted,
 * and how many times they were arrested again. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalStatus {
  LegalStatus() {}

  /** Returns where the person stands with respect to custody. */
  public abstract CustodyState custody();

  /** Returns the date the current custody state began (arrest, release, exile or death). */
  public abstract LocalDate since();

  /** Returns the facility where the person is held, or was last held. */
  public abstract FacilityId facility();

  /**
   * Returns whether the authorities confirm where the person is held. Meaningful in custody;
   * {@code true} otherwise.
   */
  public abstract boolean whereaboutsKnown();

  /**
   * Returns the date the authorities stopped confirming where the person is held (the first
   * {@code WHEREABOUTS_UNKNOWN} since the whereabouts were last known), while they still do not;
   * empty when the whereabouts are known.
   */
  public abstract Optional<LocalDate> whereaboutsUnknownSince();

  /** Returns the release order awaiting execution, if the person is in custody and one is. */
  public abstract Optional<ReleaseOrder> releaseOrder();

  /** Returns the measures in force, in the order they took effect. */
  public abstract ImmutableList<ActiveMeasure> activeMeasures();

  /** Returns whether a criminal case is open against the person. */
  public abstract boolean caseOpen();

  /** Returns whether the person is convicted in the open case. */
  public abstract boolean convicted();

  /** Returns how many times the person was arrested after a release or exile. */
  public abstract int rearrests();

  /** Returns the date of the most recent release, if the person was ever released. */
  public abstract Optional<LocalDate> lastRelease();

  /**
   * Returns the court appearances attended and missed since the active court-appearance
   * measure took effect; empty when none is active.
   */
  public abstract ImmutableList<AppearanceRecord> appearances();

  /** Returns the date of the last event applied. */
  public abstract LocalDate lastEventDate();

  /** Returns whether the person is in custody. */
  public boolean isInCustody() {
    return custody() == CustodyState.IN_CUSTODY;
  }

  /** Returns whether the person is at liberty (released; not exiled, not deceased). */
  public boolean isAtLiberty() {
    return custody() == CustodyState.AT_LIBERTY;
  }

  /** Returns whether a measure of the given code is active. */
  public boolean hasActive(MeasureType type) {
    return activeMeasure(type).isPresent();
  }

  /** Returns the active measure of the given code, if any. */
  public Optional<ActiveMeasure> activeMeasure(MeasureType type) {
    for (ActiveMeasure m : activeMeasures()) {
      if (m.type() == type) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Returns a short English description of the state, for messages. */
  public String describe() {
    return CustodyMachine.describe(custody(), whereaboutsKnown(), releaseOrder().isPresent());
  }

  static ImmutableLegalStatus.Builder builder() {
    return ImmutableLegalStatus.builder();
  }
}
