package io.github.vigil.core;

/**
 * Why an event does not apply to a person's history: a stable code that applications can switch
 * on, beside the plain-English reason of a {@link Refusal}. Codes are only ever added.
 */
public enum RefusalCode {
  /** The person is deceased: no event may follow a death. */
  AFTER_DEATH,
  /** An {@code ARREST} of a person already in custody. */
  ALREADY_IN_CUSTODY,
  /** An event that applies only in custody ({@code TRANSFER}, {@code RELEASE}, ...) outside it. */
  NOT_IN_CUSTODY,
  /** A measure imposed or lifted while the person is not at liberty. */
  NOT_AT_LIBERTY,
  /** A measure lifted that is not active. */
  MEASURE_NOT_ACTIVE,
  /** A court appearance recorded while no {@code COURT_APPEARANCE} measure is active. */
  NO_COURT_APPEARANCE,
  /** An event other than {@code ARREST} before the person's first arrest. */
  NOT_ARRESTED,
  /** A {@code CASE_CLOSED} or {@code CONVICTION} while no case is open. */
  NO_OPEN_CASE,
  /** The registry holds no person with the event's detainee id. */
  UNKNOWN_DETAINEE,
  /** The event names a facility the registry does not hold. */
  UNKNOWN_FACILITY
}
