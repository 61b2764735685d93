package io.github.vigil.core.internal;

import com.google.common.base.CharMatcher;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a value that came from outside — a cell of a registry file, a key of a JSON document, an
 * argument on a command line — is shown in a message: the one sanitiser of Vigil, used by the
 * core's exception messages, the reader's rejection reasons and warnings, and every message of
 * the {@code vigil} command.
 *
 * <p>A value is shown {@linkplain #quote quoted}: in single quotes, cut after {@value #MAX_SHOWN}
 * characters (then followed by {@code ...}), printable ASCII as it is, every control character
 * as {@code ?}, and every other character as its code point, such as {@code <U+0420>} (so a
 * Cyrillic {@code Р1} reads {@code '<U+0420>1'}, never {@code 'Р1'}, and cannot pass for {@code
 * P1}). A message holding such a value is one line that cannot move a terminal's cursor, change
 * its colours or forge another line.
 *
 * <p>Some values are not shown at all. A value of a column that may hold a name or a note is
 * never passed here. A value of another column is shown only when it has the {@linkplain Shape
 * shape} of what that column holds ({@link #quoteIf}): otherwise it may be a name shifted into
 * the wrong column by an unquoted comma, and the message gives its length instead.
 */
public final class Echo {
  /** The most characters of a value shown; longer values are cut. */
  public static final int MAX_SHOWN = 40;

  private Echo() {}

  /** What a value must look like to be shown by {@link #quoteIf}. */
  public enum Shape {
    /**
     * An id, a column name or a key: no white space (a name has some). A one-word name in an id
     * column cannot be told from an id, and is shown as one.
     */
    TOKEN(CharMatcher.whitespace().negate()),
    /** A code of the format: upper-case ASCII letters, digits and {@code _}, such as {@code RELEASE}. */
    CODE(CharMatcher.inRange('A', 'Z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('_'))),
    /** A date in some form: digits and {@code - / . : +}, {@code T} and {@code Z}. */
    DATE(CharMatcher.inRange('0', '9').or(CharMatcher.anyOf("-/.:+TZ"))),
    /** An ISO-8601 period in some form: digits, {@code + - . ,} and the letters of {@code PYMWDTHS}. */
    PERIOD(CharMatcher.inRange('0', '9').or(CharMatcher.anyOf("+-.,PYMWDTHSpymwdths")));

    private final CharMatcher allowed;

    Shape(CharMatcher allowed) {
      this.allowed = allowed.precomputed();
    }

    /** Returns whether {@code value} is not empty and has this shape. */
    public boolean test(String value) {
      return !value.isEmpty() && allowed.matchesAllOf(value);
    }
  }

  /**
   * Returns {@code value} in single quotes, sanitised: see the class description.
   *
   * @param value any text; never a name or a note
   */
  public static String quote(String value) {
    return "'" + shown(value) + "'";
  }

  /**
   * Returns {@code value} sanitised as {@link #quote} does, without the quotes.
   *
   * @param value any text; never a name or a note
   */
  public static String shown(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
    int shown = 0;
    int i = 0;
    while (i < value.length() && shown < MAX_SHOWN) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x20 && c < 0x7f) {
        out.append((char) c);
      } else if (Character.isISOControl(c)) {
        out.append('?');
      } else {
        out.append(codePoint(c));
      }
      shown++;
    }
    if (i < value.length()) {
      out.append("...");
    }
    return out.toString();
  }

  /**
   * Returns {@code value} {@linkplain #quote quoted} if it has the given shape; otherwise its
   * length, such as {@code (12 characters, not shown)}, so that a name that landed in the wrong
   * column is never repeated.
   *
   * @param value a value of a column that holds ids, codes, dates or periods
   */
  public static String quoteIf(String value, Shape shape) {
    return shape.test(value) ? quote(value) : notShown(value);
  }

  /** Returns {@code (N characters, not shown)}, {@code N} counting code points. */
  public static String notShown(String value) {
    int n = value.codePointCount(0, value.length());
    return "(" + n + (n == 1 ? " character" : " characters") + ", not shown)";
  }

  /**
   * Returns {@code text} made safe for one line of a terminal, whole: control characters become
   * {@code ?}; format characters (such as right-to-left overrides and zero-width spaces), line
   * and paragraph separators, lone surrogates and unassigned code points are shown as {@code
   * <U+XXXX>}; every other character, letters of any script included, is kept. For messages that
   * already hold only sanitised values, and for paths the user typed.
   */
  public static String line(String text) {
    @Nullable StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      String replacement = lineReplacement(c);
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.appendCodePoint(c);
        }
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  private static @Nullable String lineReplacement(int c) {
    if (c >= 0x20 && c < 0x7f) {
      return null;
    }
    if (Character.isISOControl(c)) {
      return "?";
    }
    return switch (Character.getType(c)) {
      case Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.UNASSIGNED,
          Character.PRIVATE_USE -> codePoint(c);
      default -> null;
    };
  }

  private static String codePoint(int c) {
    return String.format(Locale.ROOT, "<U+%04X>", c);
  }
}
