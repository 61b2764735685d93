package io.github.vigil.core;

/**
 * How a case ended, as recorded on a {@code CASE_CLOSED} event (the optional {@code outcome}
 * column). A pardon or an amnesty ends the case without declaring the person innocent: they are
 * not acquittals, and reports count them apart.
 */
public enum CaseOutcome {
  /** Acquitted at trial (sentencia absolutoria). */
  ACQUITTED,
  /** The case was dismissed before trial (sobreseimiento, archivo fiscal). */
  DISMISSED,
  /** Pardoned (indulto): the conviction or prosecution is forgiven, not overturned. */
  PARDON,
  /** An amnesty law ended the case (amnistía). */
  AMNESTY,
  /** The sentence was served (cumplimiento de la pena). */
  SENTENCE_SERVED,
  /** Any other ending. */
  OTHER
}
