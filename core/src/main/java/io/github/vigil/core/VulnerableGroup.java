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
  /** 60 years of age or older on the date. */
  ELDERLY,
  /** Recorded with a serious health condition. */
  SERIOUS_HEALTH_CONDITION,
  /** Nationality known and not the registry's country. */
  FOREIGN_NATIONAL
}
