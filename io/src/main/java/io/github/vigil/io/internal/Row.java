package io.github.vigil.io.internal;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a registry file: a CSV row or an object of a JSON array, with the physical line
 * it starts on (for JSON, its position in the array plus one, as if the array were a CSV file
 * with a header). Only the format's own columns are kept.
 */
public final class Row {
  private final Columns kind;
  private final long line;
  private final @Nullable String[] values;
  private final @Nullable String problem;

  Row(Columns kind, long line, @Nullable String[] values, @Nullable String problem) {
    this.kind = kind;
    this.line = line;
    this.values = values;
    this.problem = problem;
  }

  /**
   * Returns the record of {@code kind} at {@code line} holding {@code values} (column name to
   * text, as it would stand in the CSV file; a missing column is blank). A value longer than
   * {@link Limits#MAX_FIELD_CHARS} makes the record unreadable, as in a CSV file.
   *
   * @throws IllegalArgumentException if a key is not a column of {@code kind}, or {@code line}
   *     is less than 1
   */
  public static Row of(Columns kind, long line, Map<String, String> values) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1: " + line);
    }
    @Nullable String[] slots = new String[kind.columns().size()];
    @Nullable String problem = null;
    for (Map.Entry<String, String> e : values.entrySet()) {
      int i = kind.columns().indexOf(e.getKey());
      if (i < 0) {
        throw new IllegalArgumentException(
            "no column " + e.getKey() + " in " + kind.csvFile() + ": " + kind.columns());
      }
      if (e.getValue().length() > Limits.MAX_FIELD_CHARS) {
        problem = Limits.tooLong(e.getKey(), e.getValue().length());
      } else {
        slots[i] = e.getValue();
      }
    }
    return new Row(kind, line, slots, problem);
  }

  /** Returns which file's record it is. */
  public Columns kind() {
    return kind;
  }

  /** Returns the line the record starts on, counting the header as line 1. */
  public long line() {
    return line;
  }

  /** Returns the value of {@code column}, trimmed; empty when blank or when there is no such column. */
  public String get(String column) {
    int i = kind.columns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + kind.csvFile());
    }
    String v = values[i];
    return v == null ? "" : v.strip();
  }

  /**
   * Returns what makes the record unreadable as a whole (a wrong number of fields, a value
   * that is not a string, a field too long), if anything.
   */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }
}
