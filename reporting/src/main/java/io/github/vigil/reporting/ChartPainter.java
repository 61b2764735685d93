package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.conditions.FreedomCategory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Draws the chart of a {@link CategorySeries} with Java2D onto any {@link Graphics2D}: a
 * rasteriser's (the PNG of {@link #writePng}) or a vector one's (an SVG writer), so one drawing
 * gives every format. It shows what {@link CategorySeries#toSvg} shows and nothing finer:
 * stacked bars per period in report order from the bottom, in the same colour-blind-safe
 * palette, the cells the series hides drawn together in grey and a period of fewer than the
 * threshold left without a bar; with the title, the dates, the known-on date and the sources,
 * a y axis, the periods, a legend, and the numbers written on the bars so that they read
 * without colour. Text is set in the bundled Noto Sans and measured with a fixed font render
 * context, so the layout is the same on every surface and every machine. Immutable and
 * thread-safe.
 */
public final class ChartPainter {
  /** The smallest width accepted, in pixels. */
  public static final int MIN_WIDTH = 320;

  /** The smallest height accepted, in pixels. */
  public static final int MIN_HEIGHT = 240;

  /** The largest width or height accepted, in pixels: a 4096 × 4096 image takes 64 MB to draw. */
  public static final int MAX_SIDE = 4096;

  /**
   * The font families an SVG of the chart should name, in order: the bundled Noto Sans first,
   * then fonts with the same accents found on most systems, then {@code sans-serif}.
   */
  public static final String FONT_FAMILIES = ChartFonts.FAMILIES;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final Color INK = new Color(0x222222);
  private static final Color GRID = new Color(0xdddddd);

  private final CategorySeries series;
  private final Labels labels;

  private ChartPainter(CategorySeries series, Labels labels) {
    this.series = series;
    this.labels = labels;
  }

  /** Returns the painter of {@code series} with labels in {@code language}. */
  public static ChartPainter of(CategorySeries series, Language language) {
    return new ChartPainter(checkNotNull(series, "series"), Labels.of(checkNotNull(language, "language")));
  }

  /** Returns the chart's title, such as "People by freedom category". */
  public String title() {
    return labels.get("chart.title");
  }

  /**
   * Returns what the chart shows, in one paragraph: its dates, the known-on date, the interval
   * and the sources; a text alternative to go beside the image.
   */
  public String description() {
    return SvgChart.subtitle(series, labels) + ". " + sourcesLine();
  }

  /** Returns the language of the chart's labels. */
  public Language language() {
    return labels.language();
  }

  /**
   * Checks a size before anything is drawn.
   *
   * @throws IllegalArgumentException if {@code width} is not from {@link #MIN_WIDTH} to {@link
   *     #MAX_SIDE} or {@code height} not from {@link #MIN_HEIGHT} to {@link #MAX_SIDE}
   */
  public static void checkSize(int width, int height) {
    checkArgument(
        width >= MIN_WIDTH && width <= MAX_SIDE && height >= MIN_HEIGHT && height <= MAX_SIDE,
        "the size must be from %sx%s to %sx%s pixels, was %sx%s",
        MIN_WIDTH, MIN_HEIGHT, MAX_SIDE, MAX_SIDE, width, height);
  }

  /**
   * Writes the chart as a PNG image of {@code width} × {@code height} pixels. The same series
   * gives the same bytes on the same Java runtime.
   *
   * @throws IllegalArgumentException if the size is out of range ({@link #checkSize})
   * @throws IOException if {@code out} cannot be written
   */
  public void writePng(OutputStream out, int width, int height) throws IOException {
    checkNotNull(out, "out");
    checkSize(width, height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(g, width, height);
    } finally {
      g.dispose();
    }
    if (!ImageIO.write(image, "png", out)) {
      throw new IllegalStateException("this Java runtime has no PNG writer");
    }
    out.flush();
  }

  /**
   * Draws the chart on {@code g}, filling the rectangle from (0, 0) to ({@code width}, {@code
   * height}) with a white background. Changes the graphics' colour, font, stroke and hints.
   *
   * @throws IllegalArgumentException if the size is out of range ({@link #checkSize})
   */
  public void paint(Graphics2D g, int width, int height) {
    checkNotNull(g, "g");
    checkSize(width, height);
    new Layout(g, width, height).draw();
  }

  private String sourcesLine() {
    return labels.get(
        series.includesClaims() ? "chart.sources.all" : "chart.sources.verified", labels.sources(series.sources()));
  }

  private static Color color(String hex) {
    return Color.decode(hex);
  }

  private static Color fill(FreedomCategory c) {
    return color(Objects.requireNonNull(SvgChart.COLORS.get(c), c.name()));
  }

  /** Returns black or white, whichever reads better on {@code fill} (by WCAG relative luminance). */
  static Color inkOn(Color fill) {
    double l = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen()) + 0.0722 * linear(fill.getBlue());
    // contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05)
    return (l + 0.05) * (l + 0.05) >= 0.0525 ? Color.BLACK : Color.WHITE;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /**
   * Returns the chart's font at {@code size} rounded to whole pixels: the size an SVG writer
   * records ({@link Font#getSize()}), so that every surface sets the same text at the same size.
   */
  private static Font font(boolean bold, double size) {
    return (bold ? ChartFonts.BOLD : ChartFonts.REGULAR).deriveFont((float) Math.max(1, Math.round(size)));
  }

  /**
   * Returns the width in pixels of {@code text} as the chart sets it: in the bundled Noto Sans,
   * bold or regular, of {@code size} pixels, measured as the layout measures it. An SVG can give
   * it to each text ({@code textLength}) so that a fallback font takes the same room.
   *
   * @throws IllegalArgumentException if {@code size} is not positive
   */
  public static double textWidth(String text, boolean bold, int size) {
    checkNotNull(text, "text");
    checkArgument(size > 0, "size must be positive: %s", size);
    return width(text, font(bold, size));
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, FRC).getWidth();
  }

  private static LineMetrics metrics(Font font) {
    return font.getLineMetrics("ÁÉgjy", FRC);
  }

  /** Splits {@code text} at spaces into lines no wider than {@code max} (a longer word stays whole). */
  static List<String> wrap(String text, Font font, double max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, font) > max) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** One drawing of the chart at one size. */
  private final class Layout {
    private final Graphics2D g;
    private final int width;
    private final int height;
    private final double u;
    private final double pad;
    private final Font title;
    private final Font text;
    private final Font tick;
    private final Font legend;
    private final Font value;

    Layout(Graphics2D g, int width, int height) {
      this.g = g;
      this.width = width;
      this.height = height;
      // one unit is a pixel of a 1200 × 675 image; another size scales it by its area, as far
      // as its width and height leave room for the text
      this.u = Math.min(Math.sqrt(width * (double) height / (1200 * 675)), Math.min(width / 960.0, height / 540.0));
      this.pad = 36 * u;
      this.title = font(true, 40 * u);
      this.text = font(false, 22 * u);
      this.tick = font(false, 18 * u);
      this.legend = font(false, 20 * u);
      this.value = font(true, 16 * u);
    }

    void draw() {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Double(0, 0, width, height));

      double content = width - 2 * pad;
      double y = pad;
      y = lines(wrap(ChartPainter.this.title(), title, content), title, y);
      y += 6 * u;
      y = lines(wrap(SvgChart.subtitle(series, labels), text, content), text, y);
      y = lines(wrap(sourcesLine(), text, content), text, y);
      double headerBottom = y + 10 * u;

      List<CategorySeries.Point> points = series.points();
      boolean anyHidden = points.stream().anyMatch(p -> !p.hidden().isEmpty());
      double legendHeight = legend(content, anyHidden, false, 0);
      double legendTop = height - pad - legendHeight;
      LineMetrics tm = metrics(tick);
      double tickLine = tm.getAscent() + tm.getDescent();
      double axisY = legendTop - 14 * u - tickLine - 8 * u;
      LineMetrics vm = metrics(value);
      double plotTop = headerBottom + vm.getAscent() + vm.getDescent() + 4 * u;
      double plotHeight = Math.max(1, axisY - plotTop);

      SvgChart.Scale scale = SvgChart.Scale.of(points);
      long step = scale.step();
      long top = scale.top();
      double labelWidth = 0;
      for (long v = 0; v <= top; v += step) {
        labelWidth = Math.max(labelWidth, width(labels.number(v), tick));
      }
      double left = pad + labelWidth + 10 * u;
      double right = width - pad;

      // y axis: grid lines and numbers
      g.setStroke(new BasicStroke((float) Math.max(1, u)));
      for (long v = 0; v <= top; v += step) {
        double gy = axisY - (double) v / top * plotHeight;
        g.setColor(v == 0 ? Color.BLACK : GRID);
        g.draw(new Line2D.Double(left, gy, right, gy));
        String label = labels.number(v);
        g.setColor(INK);
        g.setFont(tick);
        g.drawString(label, (float) (left - 8 * u - width(label, tick)), (float) (gy + tm.getAscent() / 2 - tm.getDescent() / 2));
      }

      // bars, their segments and their numbers
      int n = points.size();
      double slot = (right - left) / Math.max(1, n);
      double barWidth = Math.max(1, slot * 0.72);
      for (int i = 0; i < n; i++) {
        CategorySeries.Point p = points.get(i);
        List<SvgChart.Segment> segments = SvgChart.segments(p);
        if (segments.isEmpty()) {
          continue; // a period of fewer than the threshold has no bar
        }
        double x = left + i * slot + (slot - barWidth) / 2;
        double by = axisY;
        for (SvgChart.Segment seg : segments) {
          double h = (double) seg.count() / top * plotHeight;
          by -= h;
          if (seg.category().isPresent()) {
            segment(x, by, barWidth, h, fill(seg.category().get()), labels.number(seg.count()));
          } else {
            segment(x, by, barWidth, h, color(SvgChart.HIDDEN), "");
          }
        }
        String total = labels.number(p.counts().total());
        double tw = width(total, value);
        if (p.counts().total() > 0 && tw <= slot - 2 * u) {
          g.setColor(INK);
          g.setFont(value);
          g.drawString(total, (float) (x + barWidth / 2 - tw / 2), (float) (by - 4 * u - vm.getDescent()));
        }
      }

      // the periods, as many as fit
      double widest = 0;
      List<String> periods = new ArrayList<>();
      for (CategorySeries.Point p : points) {
        String label =
            series.interval() == CategorySeries.Interval.MONTH
                ? p.start().toString().substring(0, 7)
                : p.start().toString();
        periods.add(label);
        widest = Math.max(widest, width(label, tick));
      }
      int every = (int) Math.max(1, Math.ceil((widest + 12 * u) / slot));
      g.setColor(INK);
      g.setFont(tick);
      for (int i = 0; i < n; i += every) {
        String label = periods.get(i);
        g.drawString(label, (float) (left + i * slot + slot / 2 - width(label, tick) / 2), (float) (axisY + 8 * u + tm.getAscent()));
      }

      legend(content, anyHidden, true, legendTop);
    }

    /** Draws {@code lines} from {@code y} down; returns the y below the last. */
    private double lines(List<String> lines, Font font, double y) {
      LineMetrics m = metrics(font);
      g.setColor(INK);
      g.setFont(font);
      for (String line : lines) {
        y += m.getAscent();
        g.drawString(line, (float) pad, (float) y);
        y += m.getDescent() + m.getLeading() + 2 * u;
      }
      return y;
    }

    private void segment(double x, double y, double w, double h, Color fill, String number) {
      g.setColor(fill);
      g.fill(new Rectangle2D.Double(x, y, w, h));
      if (number.isEmpty()) {
        return;
      }
      LineMetrics m = metrics(value);
      double tw = width(number, value);
      if (h >= m.getAscent() + 4 * u && tw <= w - 4 * u) {
        g.setColor(inkOn(fill));
        g.setFont(value);
        g.drawString(number, (float) (x + w / 2 - tw / 2), (float) (y + h / 2 + m.getAscent() / 2 - m.getDescent() / 2));
      }
    }

    /**
     * Lays out the legend in rows across {@code content} (the hidden cells' entry on rows of its
     * own); draws it from {@code top} when {@code draw}. Returns its height.
     */
    @CanIgnoreReturnValue
    private double legend(double content, boolean anyHidden, boolean draw, double top) {
      LineMetrics m = metrics(legend);
      double line = m.getAscent() + m.getDescent() + 2 * u;
      double row = line + 6 * u;
      double swatch = 18 * u;
      double gap = 26 * u;
      double x = 0;
      double y = 0;
      for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
        String name = labels.get("category." + c.name());
        double w = swatch + 8 * u + width(name, legend);
        if (x > 0 && x + w > content) {
          x = 0;
          y += row;
        }
        if (draw) {
          item(pad + x, top + y, swatch, m, fill(c), List.of(name), line);
        }
        x += w + gap;
      }
      y += row;
      if (anyHidden) {
        String note = labels.get("chart.hidden.legend", labels.number(series.minCell()));
        List<String> noteLines = wrap(note, legend, content - swatch - 8 * u);
        if (draw) {
          item(pad, top + y, swatch, m, color(SvgChart.HIDDEN), noteLines, line);
        }
        y += noteLines.size() * line + 6 * u;
      }
      return y;
    }

    private void item(double x, double y, double swatch, LineMetrics m, Color fill, List<String> text, double line) {
      g.setColor(fill);
      g.fill(new Rectangle2D.Double(x, y + (m.getAscent() + m.getDescent() - swatch) / 2, swatch, swatch));
      g.setColor(INK);
      g.setFont(legend);
      double ty = y + m.getAscent();
      for (String t : text) {
        g.drawString(t, (float) (x + swatch + 8 * u), (float) ty);
        ty += line;
      }
    }
  }
}
