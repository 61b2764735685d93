package io.github.vigil.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/** The files of a registry folder, the arrays of the JSON document and their columns. */
public enum Columns {
  /** {@code facilities.csv}: places of detention. */
  FACILITIES("facilities", ImmutableList.of("id", "name", "kind", "region", "country"), "id"),
  /** {@code detainees.csv}: people. */
  DETAINEES(
      "detainees",
      ImmutableList.of(
          "id",
          "name",
          "birth_date",
          "gender",
          "nationality",
          "affiliation",
          "serious_health_condition",
          "confidential",
          "profiles"),
      "id"),
  /** {@code events.csv}: what happened to them. */
  EVENTS(
      "events",
      ImmutableList.of(
          "detainee_id",
          "date",
          "type",
          "facility_id",
          "measures",
          "source",
          "recorded_on",
          "date_precision",
          "note",
          "verification",
          "agency",
          "outcome",
          "id"),
      "detainee_id",
      "date",
      "type"),
  /**
   * {@code corrections.csv}: the corrections that retract or amend earlier events; optional (a
   * folder without it, a JSON document without the array, has no correction).
   */
  CORRECTIONS(
      "corrections",
      ImmutableList.of("event_id", "recorded_on", "reason", "replaced_by"),
      "event_id",
      "recorded_on",
      "reason");

  private final String array;
  private final ImmutableList<String> columns;
  private final ImmutableSet<String> required;

  Columns(String array, ImmutableList<String> columns, String... required) {
    this.array = array;
    this.columns = columns;
    this.required = ImmutableSet.copyOf(required);
  }

  /** Returns the name of the JSON array, such as {@code events}. */
  public String array() {
    return array;
  }

  /** Returns the CSV file's name, such as {@code events.csv}. */
  public String csvFile() {
    return array + ".csv";
  }

  /** Returns every column, in the order the writer writes them. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** Returns whether the file (or JSON array) may be left out: {@code corrections} only. */
  public boolean isOptional() {
    return this == CORRECTIONS;
  }

  /** Returns the columns a file must have. */
  public ImmutableSet<String> required() {
    return required;
  }
}
