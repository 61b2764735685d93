package io.github.vigil.sheets.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a sheet can hold: the columns of the format's three files in one namespace
 * (a person's {@code id} is {@code detainee_id} wherever it appears; a facility's own columns are
 * prefixed {@code facility_}). Each field knows its column in the format's files.
 */
public enum Field {
  DETAINEE_ID(Value.ID),
  NAME(Value.PERSONAL),
  BIRTH_DATE(Value.DATE),
  GENDER(Value.CODE),
  NATIONALITY(Value.COUNTRY),
  AFFILIATION(Value.CODE),
  SERIOUS_HEALTH_CONDITION(Value.BOOLEAN),
  /** Whether the person's family asked that they never be named; a bad value is never shown. */
  CONFIDENTIAL(Value.BOOLEAN),
  /** The person's profiles (journalist, trade unionist...): codes separated by {@code ;}. */
  PROFILES(Value.CODES),
  DATE(Value.DATE),
  TYPE(Value.CODE),
  FACILITY_ID(Value.FACILITY),
  MEASURES(Value.MEASURES),
  SOURCE(Value.TEXT),
  RECORDED_ON(Value.DATE),
  DATE_PRECISION(Value.CODE),
  NOTE(Value.PERSONAL),
  /** Whether the event is verified or a claim. */
  VERIFICATION(Value.CODE),
  /** The agency that made an arrest: an id such as {@code SEBIN}. */
  AGENCY(Value.ID),
  /** How a closed case ended. */
  OUTCOME(Value.CODE),
  FACILITY_NAME(Value.TEXT),
  FACILITY_KIND(Value.CODE),
  FACILITY_REGION(Value.TEXT),
  FACILITY_COUNTRY(Value.COUNTRY),
  REGISTRY_COUNTRY(Value.COUNTRY),
  REGISTRY_NAME(Value.TEXT);

  /** How a field's cells are read. */
  public enum Value {
    /** An id: a number cell is written without decimals. */
    ID,
    /** Free text that may identify a person: never repeated in a message. */
    PERSONAL,
    /** Free text. */
    TEXT,
    /** A date: a date cell, ISO text, or text in the pattern given. */
    DATE,
    /** A code of the format, or a word the mapping gives for it. */
    CODE,
    /** An ISO 3166-1 alpha-2 code, or a country's name or demonym. */
    COUNTRY,
    /** {@code true} or {@code false}, or a word the mapping gives for them. */
    BOOLEAN,
    /**
     * Codes separated by {@code ;}, each a code of the format or a word for it; a code the
     * mapping does not know is passed on as written (the catalogue is open).
     */
    CODES,
    /** Measures separated by {@code ;}, each a code of the format or a word for it. */
    MEASURES,
    /** A facility's id or name. */
    FACILITY
  }

  private final Value value;

  Field(Value value) {
    this.value = value;
  }

  /** Returns how the field's cells are read. */
  public Value value() {
    return value;
  }

  /** Returns the field's key in mapping files, such as {@code birth_date}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether the field describes the person. */
  public boolean isPerson() {
    return switch (this) {
      case DETAINEE_ID, NAME, BIRTH_DATE, GENDER, NATIONALITY, AFFILIATION, SERIOUS_HEALTH_CONDITION,
          CONFIDENTIAL, PROFILES ->
          true;
      default -> false;
    };
  }

  /** Returns the field's column in a file of {@code kind}, such as {@code birth_date}. */
  public String column(SheetKind kind) {
    return switch (this) {
      case DETAINEE_ID -> kind == SheetKind.EVENTS ? "detainee_id" : "id";
      case FACILITY_ID -> kind == SheetKind.FACILITIES ? "id" : "facility_id";
      case FACILITY_NAME -> "name";
      case FACILITY_KIND -> "kind";
      case FACILITY_REGION -> "region";
      case FACILITY_COUNTRY, REGISTRY_COUNTRY -> "country";
      case REGISTRY_NAME -> "name";
      default -> key();
    };
  }

  /** Returns the field whose key is {@code key}, if any. */
  public static Optional<Field> ofKey(String key) {
    for (Field f : values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
