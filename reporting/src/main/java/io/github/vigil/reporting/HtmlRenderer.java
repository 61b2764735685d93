package io.github.vigil.reporting;

import io.github.vigil.conditions.FreedomCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Renders a report as one self-contained HTML page: inline CSS and SVG, no script, no external
 * font, stylesheet or image. The tables are those of the text and Markdown formats ({@link
 * TextRenderer}, already suppressed); this class adds the page around them: the dateline, the
 * headline figures, the chart with its data as a table, and how to read the page. Every text,
 * labels included, is escaped ({@link Html#escape}).
 */
final class HtmlRenderer {
  /** Where the definitions behind every figure are written. */
  static final String METHODOLOGY = "https://github.com/vigil/vigil/blob/main/docs/reports.md";

  private static final String CSS = css();

  private final FreedomReport report;
  private final Labels labels;
  private final StringBuilder out = new StringBuilder(32_768);

  private HtmlRenderer(FreedomReport report, Labels labels) {
    this.report = report;
    this.labels = labels;
  }

  static String render(FreedomReport report, Optional<CategorySeries> chart, Labels labels) {
    return new HtmlRenderer(report, labels).page(chart);
  }

  private String page(Optional<CategorySeries> chart) {
    String title = title();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"vigil\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n")
        .append("<p class=\"dateline\" id=\"dateline\">").append(Html.escape(dateline())).append("</p>\n")
        .append("</header>\n");
    headline();
    chart.ifPresent(this::chart);
    out.append(TextRenderer.htmlSections(report, labels));
    howToRead();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private String title() {
    return report.knownOn().equals(report.asOf())
        ? labels.get("title", report.asOf())
        : labels.get("title.knownOn", report.asOf(), report.knownOn());
  }

  /** "As of D, as known on K; sources: …". */
  private String dateline() {
    return labels.get("html.dateline", report.asOf(), report.knownOn(), labels.sources(report.sources()));
  }

  /** The headline figures, each marked with the JSON pointer of the same figure. */
  private void headline() {
    out.append("<section id=\"headline\">\n<h2>")
        .append(Html.escape(labels.get(report.includesClaims() ? "html.headline.all" : "html.headline.verified")))
        .append("</h2>\n<dl class=\"cards\">\n");
    long population = report.population();
    card("population", "/population", population, "");
    card("group.DEPRIVED_OF_LIBERTY", "/groups/deprivedOfLiberty", report.deprivedOfLiberty(), share(report.deprivedOfLiberty()));
    card("group.RELEASED_NOT_FREE", "/groups/releasedNotFree", report.releasedNotFree(), share(report.releasedNotFree()));
    long full = report.categories().get(FreedomCategory.FULL);
    card("group.FREE", "/groups/free", full, share(full));
    long exiled = report.categories().get(FreedomCategory.EXILED);
    card("group.EXILED", "/groups/exiled", exiled, share(exiled));
    OptionalLong orders = report.releaseOrderWaits().orders(); // hidden as in every format
    if (orders.isPresent()) {
      card("releaseOrders.notExecuted", "/releaseOrdersNotExecuted", orders.getAsLong(), "");
    } else {
      out.append("<div class=\"card\"><dt>").append(Html.escape(labels.get("releaseOrders.notExecuted")))
          .append("</dt><dd class=\"figure\">").append(Html.escape(labels.get("suppressed"))).append("</dd></div>\n");
    }
    out.append("</dl>\n");
    report
        .claims()
        .ifPresent(
            c ->
                out.append("<p class=\"claims\">")
                    .append(Html.escape(labels.get("html.claims.verified")))
                    .append(" <strong data-figure=\"/claims/verified/population\">")
                    .append(Html.escape(labels.number(c.verifiedPopulation())))
                    .append("</strong> · ")
                    .append(Html.escape(labels.get("html.claims.withClaims")))
                    .append(" <strong data-figure=\"/claims/withClaims/population\">")
                    .append(Html.escape(labels.number(c.populationWithClaims())))
                    .append("</strong></p>\n"));
    out.append("</section>\n");
  }

  private String share(long n) {
    return labels.get("share.of", labels.percent(n, report.population()), labels.get("share.population.of"));
  }

  private void card(String label, String pointer, long n, String share) {
    out.append("<div class=\"card\"><dt>").append(Html.escape(labels.get(label))).append("</dt>")
        .append("<dd class=\"figure\" data-figure=\"").append(pointer).append("\">")
        .append(Html.escape(labels.number(n))).append("</dd>");
    if (!share.isEmpty()) {
      out.append("<dd class=\"share\">").append(Html.escape(share)).append("</dd>");
    }
    out.append("</div>\n");
  }

  /** The chart, and its data as a table: the text alternative, readable without colour. */
  private void chart(CategorySeries series) {
    String svg = SvgChart.render(series, labels);
    svg = svg.substring(svg.indexOf("<svg"));
    String description = SvgChart.subtitle(series, labels);
    out.append("<section id=\"chart\">\n<h2>").append(Html.escape(labels.get("chart.title"))).append("</h2>\n")
        .append("<figure>\n<div class=\"chart\" role=\"img\" aria-label=\"")
        .append(Html.escape(labels.get("chart.title") + ": " + description + ". " + labels.get("html.chart.alt")))
        .append("\">\n")
        .append(svg.replace("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" "))
        .append("</div>\n<figcaption>").append(Html.escape(description)).append("</figcaption>\n</figure>\n")
        .append("<details id=\"chart-data\"><summary>").append(Html.escape(labels.get("html.chart.table")))
        .append("</summary>\n");
    List<String> header = new ArrayList<>();
    header.add(labels.get("html.chart.period"));
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      header.add(labels.get("category." + c.name()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (CategorySeries.Point p : series.points()) {
      List<String> row = new ArrayList<>();
      row.add(p.start() + " – " + p.asOf());
      for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
        OptionalLong n = p.cell(c);
        row.add(n.isPresent() ? labels.number(n.getAsLong()) : labels.get("suppressed"));
      }
      rows.add(row);
    }
    Html.table(out, "chart-table", header, rows, 1);
    out.append("</details>\n</section>\n");
  }

  private void howToRead() {
    out.append("<section id=\"how-to-read\">\n<h2>").append(Html.escape(labels.get("html.howToRead"))).append("</h2>\n");
    int minCell = report.options().minCell();
    for (int i = 1; labels.has("html.howToRead." + i); i++) {
      String key = labels.forMinCell("html.howToRead." + i, minCell);
      out.append("<p>")
          .append(Html.escape(labels.get(key, labels.get("suppressed"), labels.number(minCell))))
          .append("</p>\n");
    }
    out.append("<p>").append(Html.escape(labels.get("html.methodology"))).append(" <a href=\"")
        .append(Html.escape(METHODOLOGY)).append("\">docs/reports.md</a></p>\n</section>\n");
  }

  private static String css() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("missing resource report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css", e);
    }
  }
}
