package io.github.vigil.core;

/**
 * A group whose release rights groups single out. Membership is computed as of a date, never
 * stored; a person may be in several groups.
 */
public enum VulnerableGroup {
  /** Under 18 years of age on the date. */
  MINOR,
  /** A woman (gender {@code F}). */
  WOMAN,
  /** 60 years of age or older on the date (the age is configurable in reports). */
  ELDERLY,
  /** Recorded with a serious health condition. */
  SERIOUS_HEALTH_CONDITION,
  /** A nationality recorded that is not the registry's country (dual nationals included). */
  FOREIGN_NATIONAL
}
