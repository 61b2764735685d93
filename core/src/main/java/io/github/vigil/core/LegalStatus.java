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
 *
 * <p>It also holds the date every duration is measured from, so that a duration as of a date D
 * is {@code D - date}, read here and never worked out again from the events: the current custody
 * state ({@link #since()}: days in custody, days at liberty), the pending release order ({@link
 * #releasePendingSince()}), unknown whereabouts ({@link #whereaboutsUnknownSince()}), the open
 * case ({@link #caseOpenSince()}), each active measure ({@link ActiveMeasure#since()}) and the
 * last release ({@link #lastRelease()}, {@link #lastReleaseOrdered()}).
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
  public boolean whereaboutsKnown() {
    return whereaboutsUnknownSince().isEmpty();
  }

  /**
   * Returns the date the person's whereabouts became unknown, while they are: the first {@code
   * WHEREABOUTS_UNKNOWN} since they were last known. Empty while known, and always outside
   * custody.
   */
  public abstract Optional<LocalDate> whereaboutsUnknownSince();

  /**
   * Returns the release order awaiting execution, if the person is in custody and one is: the
   * latest order, whose measures a release without measures takes.
   */
  public abstract Optional<ReleaseOrder> releaseOrder();

  /**
   * Returns the date release was first ordered in the current custody, while an order awaits
   * execution; a later order replaces the {@linkplain #releaseOrder() order} but not this date.
   */
  public abstract Optional<LocalDate> releasePendingSince();

  /** Returns the measures in force, in the order they took effect. */
  public abstract ImmutableList<ActiveMeasure> activeMeasures();

  /** Returns whether a criminal case is open against the person. */
  public boolean caseOpen() {
    return caseOpenSince().isPresent();
  }

  /**
   * Returns the date the open case began (the arrest that opened it), or empty when no case is
   * open.
   */
  public abstract Optional<LocalDate> caseOpenSince();

  /** Returns whether the person is convicted in the open case. */
  public abstract boolean convicted();

  /** Returns how many times the person was arrested after a release or exile. */
  public abstract int rearrests();

  /** Returns the date of the most recent release, if the person was ever released. */
  public abstract Optional<LocalDate> lastRelease();

  /**
   * Returns the date the most recent release was first ordered, if a release order was pending
   * when it happened (so the order waited {@code lastRelease - lastReleaseOrdered} days).
   */
  public abstract Optional<LocalDate> lastReleaseOrdered();

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
