package io.github.vigil.core;

/**
 * The kinds of event in a person's custody and case timeline (docs/format.md section 3). Which state
 * each applies in, and what it changes, is the replay's business; this enum only says what an
 * event carries.
 */
public enum EventType {
  /** Taken into custody at a facility; an arrest after a release or exile is a rearrest. */
  ARREST,
  /** Moved to another facility while in custody. */
  TRANSFER,
  /** The authorities no longer confirm where, or whether, the person is held. */
  WHEREABOUTS_UNKNOWN,
  /** The person's whereabouts are known again. */
  WHEREABOUTS_CONFIRMED,
  /** A court ordered release (a boleta de excarcelación), with the conditions it set. */
  RELEASE_ORDER,
  /** Released from custody, with the measures given or those of the pending order. */
  RELEASE,
  /** Restrictive measures imposed while at liberty. */
  MEASURE_IMPOSED,
  /** Restrictive measures lifted while at liberty. */
  MEASURE_LIFTED,
  /** A periodic court appearance attended. */
  APPEARANCE_ATTENDED,
  /** A periodic court appearance missed. */
  APPEARANCE_MISSED,
  /** The case closed (dismissal, acquittal, amnesty, sentence served); all measures end. */
  CASE_CLOSED,
  /** Sentenced; the case stays open until it is closed. */
  CONVICTION,
  /** Expelled, or released on condition of leaving the country. */
  EXILE,
  /** Died; no event may follow. */
  DEATH;

  /** Returns whether an event of this type must name a facility. */
  public boolean requiresFacility() {
    return this == ARREST || this == TRANSFER;
  }

  /** Returns whether an event of this type may carry measures. */
  public boolean carriesMeasures() {
    return this == RELEASE_ORDER
        || this == RELEASE
        || this == MEASURE_IMPOSED
        || this == MEASURE_LIFTED;
  }

  /** Returns whether an event of this type must carry at least one measure. */
  public boolean requiresMeasures() {
    return this == MEASURE_IMPOSED || this == MEASURE_LIFTED;
  }
}
