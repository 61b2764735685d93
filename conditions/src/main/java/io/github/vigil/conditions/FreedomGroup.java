package io.github.vigil.conditions;

/**
 * The groupings that published counts add categories into (docs/format.md section 4): deprived of
 * liberty is {@code WHEREABOUTS_UNKNOWN + RELEASE_PENDING + DETAINED + HOUSE_ARREST}, at liberty
 * is {@code CONDITIONAL + FULL + EXILED}; the deceased are in neither. A {@link
 * ClassificationPolicy} may move house arrest between the first two.
 */
public enum FreedomGroup {
  /** Held, or under house arrest: deprived of liberty. */
  DEPRIVED_OF_LIBERTY,
  /** Conditionally or fully free, or exiled. */
  AT_LIBERTY,
  /** Deceased; in neither group. */
  NONE
}
