package io.github.vigil.core;

/**
 * The generic codes of restrictive measures (medidas cautelares) that a court may impose
 * instead of detention. A jurisdiction's catalogue maps its local law onto these codes.
 */
public enum MeasureType {
  /** Periodic presentation before the court; carries its interval. */
  COURT_APPEARANCE,
  /** A ban on speaking publicly or to the press. */
  SPEECH_BAN,
  /** A ban on leaving the country. */
  TRAVEL_BAN,
  /** A ban on leaving a locality or area. */
  LOCALITY_RESTRICTION,
  /** Arrest at home; counted as deprivation of liberty. */
  HOUSE_ARREST,
  /** Supervision by a person or institution. */
  SUPERVISION,
  /** A ban on attending certain meetings or places. */
  ASSEMBLY_BAN,
  /** A ban on contacting certain people. */
  CONTACT_BAN,
  /** Bail. */
  BAIL,
  /** Surrender of the passport. */
  PASSPORT_SURRENDER,
  /** Electronic monitoring. */
  ELECTRONIC_MONITORING,
  /** Any other reasoned measure; carries a free-text description. */
  OTHER;

  /** Returns whether a measure of this type must carry a parameter. */
  public boolean requiresParameter() {
    return this == COURT_APPEARANCE || this == OTHER;
  }
}
