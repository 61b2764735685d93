package io.github.vigil.io.internal;

/** Helpers for putting values that came from a file into messages safely. */
public final class Texts {
  private static final int MAX_QUOTED = 40;

  private Texts() {}

  /**
   * Returns {@code value} in single quotes, cut after a few dozen characters, with every
   * character that is not printable ASCII or a letter shown as {@code ?}. Never call it with a
   * name or a note.
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_QUOTED) + 8);
    out.append('\'');
    int shown = 0;
    for (int i = 0; i < value.length() && shown < MAX_QUOTED; ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      out.appendCodePoint(
          (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && Character.isLetterOrDigit(c)) ? c : '?');
      shown++;
    }
    if (value.codePointCount(0, value.length()) > MAX_QUOTED) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
