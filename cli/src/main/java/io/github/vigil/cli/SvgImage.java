package io.github.vigil.cli;

import io.github.vigil.reporting.ChartPainter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;

/**
 * The chart as an SVG document: the {@link ChartPainter}'s drawing recorded by JFreeSVG's {@link
 * SVGGraphics2D}, which writes Java2D calls as SVG elements (text stays text, so it can be
 * searched, read aloud and translated). Every text names the bundled font first and then fonts
 * with the same accents, ending with {@code sans-serif} ({@link ChartPainter#FONT_FAMILIES}),
 * and gives the width it takes in Noto Sans ({@code textLength}), so that where Noto Sans is not
 * installed a fallback font fills the same room. The document carries the chart's title and
 * description as {@code <title>} and {@code <desc>}, and its language; no DOCTYPE, so no reader
 * fetches a DTD.
 */
final class SvgImage {
  /** A text as JFreeSVG writes it: its position, its style and its escaped characters. */
  private static final Pattern TEXT = Pattern.compile("(<text x='[^']*' y='[^']*') style='([^']*)'>([^<]*)</text>");

  private static final Pattern FONT_SIZE = Pattern.compile("font-size: (\\d{1,4})px");

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
    String svg = withTextLengths(g.getSVGElement());
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

  /**
   * Returns {@code svg} with the width each text takes in the bundled font as its {@code
   * textLength}: where Noto Sans is absent, the viewer stretches or squeezes its fallback font
   * to that width, so no text overflows the image or runs into a legend's swatch.
   */
  static String withTextLengths(String svg) {
    Matcher m = TEXT.matcher(svg);
    StringBuilder out = new StringBuilder(svg.length() + 4096);
    while (m.find()) {
      String style = m.group(2);
      Matcher size = FONT_SIZE.matcher(style);
      if (!size.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      double width =
          ChartPainter.textWidth(
              unescape(m.group(3)), style.contains("font-weight: bold"), Integer.parseInt(size.group(1)));
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              m.group(1) + " textLength='" + number(width) + "' lengthAdjust='spacingAndGlyphs' style='"
                  + style + "'>" + m.group(3) + "</text>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** Returns a coordinate with at most two decimals, without the default locale: 12.5, 7. */
  static String number(double v) {
    String t = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return t.equals("-0") ? "0" : t;
  }
}
