package io.github.vigil.reporting;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link CategorySeries} as a self-contained SVG document: stacked bars, one per
 * period, categories in report order from the bottom, with a title, a y axis, date labels and
 * a legend. No script, no external font or stylesheet; numbers are formatted without the
 * default locale.
 */
final class SvgChart {
  /**
   * The Okabe–Ito palette, safe for colour-blind readers: under simulated protanopia,
   * deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009) every two colours,
   * {@link #HIDDEN} included, stay more than 15 CIELAB units apart (a test checks it).
   */
  static final ImmutableMap<FreedomCategory, String> COLORS =
      ImmutableMap.<FreedomCategory, String>builder()
          .put(FreedomCategory.DETAINED, "#d55e00")
          .put(FreedomCategory.WHEREABOUTS_UNKNOWN, "#000000")
          .put(FreedomCategory.RELEASE_PENDING, "#e69f00")
          .put(FreedomCategory.HOUSE_ARREST, "#f0e442")
          .put(FreedomCategory.CONDITIONAL, "#56b4e9")
          .put(FreedomCategory.FULL, "#0072b2")
          .put(FreedomCategory.EXILED, "#009e73")
          .put(FreedomCategory.DECEASED, "#cc79a7")
          .buildOrThrow();

  static final String HIDDEN = "#d9d9d9";
  private static final int WIDTH = 860;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 70;
  private static final int PLOT_HEIGHT = 300;
  private static final int LEGEND_ROW = 22;

  private SvgChart() {}

  /** The y axis of a chart: the step between grid lines and the top, over the bars drawn. */
  record Scale(long step, long top) {
    /** Returns the scale of {@code points}' bars (a period whose every cell is hidden has none). */
    static Scale of(List<CategorySeries.Point> points) {
      long max = 0;
      for (CategorySeries.Point p : points) {
        if (p.hidden().size() < CategoryCounts.REPORT_ORDER.size()) {
          max = Math.max(max, p.counts().total());
        }
      }
      long step = niceStep(max);
      return new Scale(step, max == 0 ? step : ((max + step - 1) / step) * step);
    }
  }

  /** One segment of a bar: a shown category and its count, or the period's hidden cells together. */
  record Segment(Optional<FreedomCategory> category, long count) {}

  /**
   * Returns the segments of {@code p}'s bar from the bottom: each shown category with people, in
   * report order, then its hidden cells drawn together (so the bar keeps its published height);
   * none for a period whose every cell is hidden, which has no bar.
   */
  static List<Segment> segments(CategorySeries.Point p) {
    List<Segment> out = new ArrayList<>();
    if (p.hidden().size() == CategoryCounts.REPORT_ORDER.size()) {
      return out;
    }
    long hiddenSum = 0;
    for (FreedomCategory c : p.hidden()) {
      hiddenSum += p.counts().get(c);
    }
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      long count = p.counts().get(c);
      if (!p.hidden().contains(c) && count > 0) {
        out.add(new Segment(Optional.of(c), count));
      }
    }
    if (hiddenSum > 0) {
      out.add(new Segment(Optional.empty(), hiddenSum));
    }
    return out;
  }

  static String render(CategorySeries series, Labels labels) {
    List<CategorySeries.Point> points = series.points();
    int n = points.size();
    Scale scale = Scale.of(points);
    long step = scale.step();
    long top = scale.top();
    double plotWidth = WIDTH - LEFT - RIGHT;
    double slot = plotWidth / Math.max(1, n);
    double barWidth = Math.max(1, slot * 0.8);
    int axisY = TOP + PLOT_HEIGHT;
    int legendTop = axisY + 50;
    int rows = (CategoryCounts.REPORT_ORDER.size() + 1) / 2;
    boolean anyHidden = points.stream().anyMatch(p -> !p.hidden().isEmpty());
    int height = legendTop + (rows + (anyHidden ? 1 : 0)) * LEGEND_ROW + 16;

    StringBuilder s = new StringBuilder(8192);
    String title = labels.get("chart.title");
    String subtitle = subtitle(series, labels);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" lang=\"")
        .append(labels.language().code())
        .append("\">\n");
    s.append("<title>").append(Html.escape(title)).append("</title>\n");
    s.append("<desc>").append(Html.escape(subtitle)).append("</desc>\n");
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(s, LEFT, 28, 18, "start", "bold", title);
    text(s, LEFT, 50, 12, "start", "normal", subtitle);

    // y axis: grid lines and numbers
    for (long v = 0; v <= top; v += step) {
      double y = axisY - (double) v / top * PLOT_HEIGHT;
      s.append("<line x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(num(y))
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y2=\"")
          .append(num(y))
          .append("\" stroke=\"")
          .append(v == 0 ? "#000000" : "#dddddd")
          .append("\" stroke-width=\"1\"/>\n");
      text(s, LEFT - 6, y + 4, 11, "end", "normal", labels.number(v));
    }

    // bars
    for (int i = 0; i < n; i++) {
      CategorySeries.Point p = points.get(i);
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      double y = axisY;
      for (Segment seg : segments(p)) {
        double h = (double) seg.count() / top * PLOT_HEIGHT;
        y -= h;
        if (seg.category().isPresent()) {
          FreedomCategory c = seg.category().get();
          segment(s, x, y, barWidth, h, COLORS.get(c), p.asOf() + " " + labels.get("category." + c.name()) + ": " + labels.number(seg.count()));
        } else {
          // the hidden cells of a period, drawn together: the bar keeps its published height
          segment(s, x, y, barWidth, h, HIDDEN, p.asOf() + " " + labels.get("chart.hidden"));
        }
      }
    }

    // x labels, at most one per 90 pixels
    int every = (int) Math.max(1, Math.ceil(90 / slot));
    for (int i = 0; i < n; i += every) {
      CategorySeries.Point p = points.get(i);
      String label =
          series.interval() == CategorySeries.Interval.MONTH
              ? p.start().toString().substring(0, 7)
              : p.start().toString();
      text(s, LEFT + i * slot + slot / 2, axisY + 18, 11, "middle", "normal", label);
    }

    // legend, two columns
    double column = (WIDTH - LEFT - RIGHT) / 2.0;
    for (int i = 0; i < CategoryCounts.REPORT_ORDER.size(); i++) {
      FreedomCategory c = CategoryCounts.REPORT_ORDER.get(i);
      int col = i / rows;
      double x = LEFT + col * column;
      double y = legendTop + (i % rows) * LEGEND_ROW;
      s.append("<rect x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y - 11))
          .append("\" width=\"14\" height=\"14\" fill=\"")
          .append(COLORS.get(c))
          .append("\"/>\n");
      text(s, x + 20, y + 1, 12, "start", "normal", labels.get("category." + c.name()));
    }
    if (anyHidden) {
      double y = legendTop + rows * LEGEND_ROW;
      s.append("<rect x=\"")
          .append(LEFT)
          .append("\" y=\"")
          .append(num(y - 11))
          .append("\" width=\"14\" height=\"14\" fill=\"")
          .append(HIDDEN)
          .append("\"/>\n");
      text(s, LEFT + 20, y + 1, 12, "start", "normal", labels.get("chart.hidden.legend", labels.number(series.minCell())));
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** Writes one segment of a bar, with its tooltip. */
  private static void segment(
      StringBuilder s, double x, double y, double width, double height, @Nullable String fill, String title) {
    s.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" fill=\"")
        .append(fill)
        .append("\"><title>")
        .append(Html.escape(title))
        .append("</title></rect>\n");
  }

  /** Returns a step of 1, 2 or 5 times a power of ten giving at most about six grid lines. */
  static long niceStep(long max) {
    long step = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (max / (step * m) <= 5) {
          return step * m;
        }
      }
      step *= 10;
    }
  }

  private static void text(
      StringBuilder s, double x, double y, int size, String anchor, String weight, String text) {
    s.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" font-size=\"")
        .append(size)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"');
    if (!weight.equals("normal")) {
      s.append(" font-weight=\"").append(weight).append('"');
    }
    s.append(" fill=\"#222222\">").append(Html.escape(text)).append("</text>\n");
  }

  private static String num(double v) {
    String t = String.format(Locale.ROOT, "%.2f", v);
    if (t.contains(".")) {
      t = t.replaceAll("0+$", "");
      if (t.endsWith(".")) {
        t = t.substring(0, t.length() - 1);
      }
    }
    return t.equals("-0") ? "0" : t;
  }

  /** Returns what the chart shows: its dates, the date it is known on and its interval. */
  static String subtitle(CategorySeries series, Labels labels) {
    return labels.get(
        "chart.subtitle",
        series.from(),
        series.to(),
        series.knownOn(),
        labels.get("chart.interval." + series.interval().name()));
  }
}
