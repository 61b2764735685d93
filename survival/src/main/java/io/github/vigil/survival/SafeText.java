package io.github.vigil.survival;

/**
 * Makes a value from a user's table safe to echo in a message or a text report: at most 40
 * characters, a control character shown as {@code ?}, any character outside printable ASCII as
 * {@code U+XXXX} (so a Cyrillic {@code Р} cannot pass for a Latin {@code P}, and no escape
 * sequence or line break reaches a terminal).
 */
public final class SafeText {
  /** The most characters of a value ever echoed. */
  public static final int MAX_LENGTH = 40;

  private SafeText() {}

  /**
   * Returns a message that may quote values between single quotes, with each quoted part made
   * safe by {@link #of} and every control character of the rest shown as {@code ?}: the sentence
   * is kept whole.
   */
  public static String message(String message) {
    StringBuilder out = new StringBuilder();
    String[] parts = message.split("'", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('\'');
      }
      if (i % 2 == 1) {
        out.append(of(parts[i]));
      } else {
        parts[i].codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
      }
    }
    return out.toString();
  }

  /** Returns {@code value} cut to {@link #MAX_LENGTH} characters with every unsafe character replaced. */
  public static String of(String value) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (count == MAX_LENGTH) {
        out.append("...");
        break;
      }
      count++;
      if (c >= 0x20 && c < 0x7f) {
        out.appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        out.append('?');
      } else {
        out.append(String.format(java.util.Locale.ROOT, "U+%04X", c));
      }
    }
    return out.toString();
  }
}
