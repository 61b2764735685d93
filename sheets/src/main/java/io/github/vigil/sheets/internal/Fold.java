package io.github.vigil.sheets.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds headers and values for matching: accents removed, lower case, and every run of
 * characters that are not letters or digits (spaces, underscores, punctuation, ordinal signs)
 * made one space, trimmed. So {@code "Fecha de Nacimiento:"}, {@code "fecha_de_nacimiento"}
 * and {@code "FECHA DE NACIMIENTO"} all fold to {@code "fecha de nacimiento"}.
 */
public final class Fold {
  private Fold() {}

  /** Returns {@code text} folded. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c) && c != 'º' && c != 'ª') {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code text} as an id: folded, with a hyphen between words ({@code "El Helicoide"}
   * gives {@code "el-helicoide"}); empty when it holds no letter or digit.
   */
  public static String slug(String text) {
    return fold(text).replace(' ', '-');
  }
}
