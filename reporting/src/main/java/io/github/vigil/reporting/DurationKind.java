package io.github.vigil.reporting;

/**
 * What a duration measures, as of the report's date D: each is {@code D − start}, in days, for
 * the people it applies to. The start dates are those the replay keeps in {@link
 * io.github.vigil.core.LegalStatus}.
 */
public enum DurationKind {
  /**
   * Everyone deprived of liberty: days since the current deprivation began (the arrest of the
   * current custody; for house arrest, the date {@code HOUSE_ARREST} took effect).
   */
  DEPRIVED_OF_LIBERTY("deprivedOfLiberty"),
  /**
   * Everyone deprived of liberty and not convicted: days since the open case began (the arrest
   * that opened it) — time without a conviction.
   */
  WITHOUT_CONVICTION("withoutConviction"),
  /** {@code RELEASE_PENDING}: days since release was first ordered in the current custody. */
  RELEASE_PENDING("releasePending"),
  /** {@code WHEREABOUTS_UNKNOWN}: days since the whereabouts became unknown. */
  WHEREABOUTS_UNKNOWN("whereaboutsUnknown"),
  /**
   * {@code CONDITIONAL}: days under measures, since the earliest active measure took effect (with
   * none active, an open case alone: since the release).
   */
  UNDER_MEASURES("underMeasures");

  private final String key;

  DurationKind(String key) {
    this.key = key;
  }

  /** Returns the JSON key, such as {@code deprivedOfLiberty}. */
  public String key() {
    return key;
  }
}
