package io.github.vigil.conditions;

/** The groupings that published counts add categories into. */
public enum FreedomGroup {
  /** Held, or under house arrest: deprived of liberty. */
  DEPRIVED_OF_LIBERTY,
  /** Conditionally or fully free, or exiled. */
  AT_LIBERTY,
  /** Deceased; in neither group. */
  NONE
}
