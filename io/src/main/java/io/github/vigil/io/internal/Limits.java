package io.github.vigil.io.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;

/** The bounds that keep a hostile or broken file from exhausting memory. */
public final class Limits {
  /** The longest value of a known column; a longer one rejects its row. */
  public static final int MAX_FIELD_CHARS = 100_000;

  /** The longest token the parsers accept at all; a longer one stops reading the file. */
  public static final int MAX_TOKEN_CHARS = 20_000_000;

  /** The most columns a CSV header may have. */
  public static final int MAX_COLUMNS = 1_000;

  /** The deepest nesting of JSON arrays and objects. */
  public static final int MAX_JSON_DEPTH = 64;

  /** The most digits of a JSON number. */
  public static final int MAX_NUMBER_CHARS = 1_000;

  /** The largest {@code registry.properties} read, in bytes: it holds two short keys. */
  public static final int MAX_PROPERTIES_BYTES = 65_536;

  static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxStringLength(MAX_TOKEN_CHARS)
          .maxNameLength(MAX_FIELD_CHARS)
          .maxNestingDepth(MAX_JSON_DEPTH)
          .maxNumberLength(MAX_NUMBER_CHARS)
          .build();

  private Limits() {}

  static String tooLong(String column, int length) {
    return column
        + " holds "
        + length
        + " characters; at most "
        + MAX_FIELD_CHARS
        + " are allowed";
  }
}
