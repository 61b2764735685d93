package io.github.vigil.reporting;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts the chart image is drawn with: Noto Sans Regular and Bold (SIL Open Font License
 * 1.1, the licence beside them in {@code NotoSans-OFL.txt}), bundled so that the image renders
 * Spanish accents the same on a machine with no font installed. Loaded once, on first use.
 */
final class ChartFonts {
  /** The family name of the bundled fonts, as an SVG names it first. */
  static final String FAMILY = "Noto Sans";

  /**
   * The font families an SVG names, in order: the bundled font's, then fonts found on most
   * systems with the same Latin coverage (accents included), then the generic family.
   */
  static final String FAMILIES = "Noto Sans, DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

  static final Font REGULAR = load("NotoSans-Regular.ttf", Font.PLAIN);
  static final Font BOLD = load("NotoSans-Bold.ttf", Font.BOLD);

  private ChartFonts() {}

  private static Font load(String name, int style) {
    try (InputStream in = ChartFonts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + name);
      }
      // the style flag tells an SVG writer to ask for bold; the glyphs are the bold file's own
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(style);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("cannot load the font " + name + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
