package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vigil.core.internal.Echo;
import java.util.Locale;

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

  /**
   * Returns the measure code written as {@code code}, such as {@code TRAVEL_BAN}: the code of
   * the registry format's {@code measures} column, without a parameter.
   *
   * @param code the code, exactly as the registry format writes it (upper case)
   * @throws IllegalArgumentException if {@code code} is not a measure code; the message says
   *     when it is one written in lower case, and never repeats a value that does not look like
   *     a code
   */
  public static MeasureType parse(String code) {
    checkArgument(!code.isEmpty(), "measure code must not be empty");
    for (MeasureType t : values()) {
      if (t.name().equals(code)) {
        return t;
      }
    }
    String upper = code.toUpperCase(Locale.ROOT);
    for (MeasureType t : values()) {
      if (t.name().equals(upper)) {
        throw new IllegalArgumentException(
            "unknown measure code " + Echo.quote(code) + " (codes are written in upper case: "
                + upper + ")");
      }
    }
    throw new IllegalArgumentException(
        "unknown measure code " + Echo.quoteIf(code, Echo.Shape.CODE) + " (expected one of "
            + MeasureTypes.CODES + ")");
  }
}
