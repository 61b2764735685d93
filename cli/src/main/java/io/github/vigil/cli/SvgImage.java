package io.github.vigil.cli;

import io.github.vigil.reporting.ChartPainter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.svg.SVGGraphics2D;

/**
 * The chart as an SVG document: the {@link ChartPainter}'s drawing recorded by JFreeSVG's {@link
 * SVGGraphics2D}, which writes Java2D calls as SVG elements (text stays text, so it can be
 * searched, read aloud and translated). Every text names the bundled font first and then fonts
 * with the same accents, ending with {@code sans-serif} ({@link ChartPainter#FONT_FAMILIES}), so
 * the image reads where Noto Sans is not installed. The document carries the chart's title and
 * description as {@code <title>} and {@code <desc>}, and its language; no DOCTYPE, so no reader
 * fetches a DTD.
 */
final class SvgImage {
  private SvgImage() {}

  /**
   * Returns the SVG document of {@code painter}'s chart at {@code width} × {@code height} pixels.
   *
   * @throws IllegalArgumentException if the size is out of range ({@link ChartPainter#checkSize})
   */
  static String of(ChartPainter painter, int width, int height) {
    ChartPainter.checkSize(width, height);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setFontFunction(family -> ChartPainter.FONT_FAMILIES);
    g.setGeomDoubleConverter(SvgImage::number);
    painter.paint(g, width, height);
    String svg = g.getSVGElement();
    int open = svg.indexOf("<svg") + "<svg".length();
    int body = svg.indexOf('>', open) + 1;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + svg.substring(0, open)
        + " lang=\"" + painter.language().code() + "\" role=\"img\""
        + svg.substring(open, body)
        + "<title>" + ServeCommand.escape(painter.title()) + "</title>"
        + "<desc>" + ServeCommand.escape(painter.description()) + "</desc>"
        + svg.substring(body)
        + (svg.endsWith("\n") ? "" : "\n");
  }

  /** Returns a coordinate with at most two decimals, without the default locale: 12.5, 7. */
  static String number(double v) {
    String t = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return t.equals("-0") ? "0" : t;
  }
}
