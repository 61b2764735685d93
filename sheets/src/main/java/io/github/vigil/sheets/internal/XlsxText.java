package io.github.vigil.sheets.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escapes of text in an {@code .xlsx} workbook (ECMA-376 {@code ST_Xstring}): {@code
 * _xHHHH_} stands for the character of hexadecimal code HHHH, which is how Excel stores a
 * character XML cannot hold (and, often, a carriage return); {@code _x005F_} is an underscore,
 * used to keep text that looks like an escape.
 */
public final class XlsxText {
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private XlsxText() {}

  /** Returns whether an escape starts at {@code i} of {@code text}. */
  public static boolean escapeAt(String text, int i) {
    Matcher m = ESCAPE.matcher(text);
    m.region(i, Math.min(text.length(), i + 7));
    return m.lookingAt();
  }

  /** Returns {@code text} with every escape replaced by its character. */
  public static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append((char) Integer.parseInt(m.group(1), 16));
    }
    m.appendTail(out);
    return out.toString();
  }
}
