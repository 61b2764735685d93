package io.github.vigil.reporting;

import io.github.vigil.conditions.FreedomCategory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Renders a report as CSV (RFC 4180, {@code \n} line ends): one row per cell, first the
 * categories of the whole population (breakdown {@code total}), then every breakdown cell. A
 * hidden cell has an empty count and {@code true} in the last column, so it can never be
 * mistaken for a zero.
 */
final class CsvRenderer {
  private CsvRenderer() {}

  static String render(FreedomReport report, Labels labels) {
    StringBuilder out = new StringBuilder(4096);
    out.append(labels.get("csv.header")).append('\n');
    CategoryCounts total = report.categories();
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      row(out, labels, "total", "", c, Long.toString(total.get(c)), false);
    }
    figure(out, "rejectedRows", labels.get("rejectedRows"), report.rejectedRows());
    figure(out, "rejectedPeople", labels.get("rejectedPeople"), report.rejectedPeople());
    figure(
        out,
        "peopleWithEventsNotYetKnown",
        labels.get("notYetKnown", report.knownOn()),
        report.peopleWithEventsNotYetKnown());
    for (Breakdown b : report.breakdowns()) {
      for (Map.Entry<String, CategoryCounts> e : b.rows().entrySet()) {
        for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
          OptionalLong n = b.cell(e.getKey(), c);
          row(out, labels, b.name(), e.getKey(), c, n.isEmpty() ? "" : Long.toString(n.getAsLong()), n.isEmpty());
        }
      }
    }
    balance(out, report, labels);
    return out.toString();
  }

  /**
   * Writes the weekly balance's figures: the groups out of custody and the deaths ({@code
   * figure}), how cases ended ({@code caseOutcomes}), the flows ({@code flows}, with {@code
   * --since}) and the durations ({@code durations}: key the kind, category a bucket or a
   * statistic, count its value in days).
   */
  private static void balance(StringBuilder out, FreedomReport report, Labels labels) {
    CategoryCounts c = report.categories();
    figure(out, "releasedNotFree", labels.get("group.RELEASED_NOT_FREE"), report.releasedNotFree());
    figure(out, "free", labels.get("group.FREE"), c.get(FreedomCategory.FULL));
    figure(out, "exiled", labels.get("group.EXILED"), c.get(FreedomCategory.EXILED));
    figure(out, "deceasedInCustody", labels.get("deceased.inCustody"), report.deceasedInCustody());
    figure(out, "deceasedOutOfCustody", labels.get("deceased.outOfCustody"), report.deceasedOutOfCustody());
    report.caseOutcomes().forEach(
        (k, n) -> line(out, "caseOutcomes", k, "", labels.get("outcome." + k), Long.toString(n), false));
    report.flows().ifPresent(f -> {
      flow(out, "arrests", labels.get("flows.arrests"), f.arrests());
      flow(out, "rearrests", labels.get("flows.rearrests"), f.rearrests());
      flow(out, "releases", labels.get("flows.releases"), f.releases());
      flow(out, "exiles", labels.get("flows.exiles"), f.exiles());
      flow(out, "deaths", labels.get("flows.deaths"), f.deaths());
      flow(out, "deathsInCustody", labels.get("flows.deathsInCustody"), f.deathsInCustody());
      flow(out, "newlyRegistered", labels.get("flows.newlyRegistered"), f.newlyRegistered());
      for (FreedomCategory cat : CategoryCounts.REPORT_ORDER) {
        line(out, "flows", "releasesTo", cat.name(),
            labels.get("flows.releasesTo", labels.get("category." + cat.name())),
            Long.toString(f.releasesTo().get(cat)), false);
      }
    });
    for (DurationSummary d : report.durations().values()) {
      String kind = d.kind().key();
      line(out, "durations", kind, "people", labels.get("people"), Long.toString(d.people()), false);
      line(out, "durations", kind, "approximate", labels.get("durations.approximate"),
          Long.toString(d.approximate()), false);
      statistic(out, kind, "lowerQuartile", labels.get("durations.lowerQuartile"), d.lowerQuartile(), d);
      statistic(out, kind, "median", labels.get("durations.median"), d.median(), d);
      statistic(out, kind, "upperQuartile", labels.get("durations.upperQuartile"), d.upperQuartile(), d);
      OptionalLong max = d.max();
      line(out, "durations", kind, "max", labels.get("durations.max"),
          max.isPresent() ? Long.toString(max.getAsLong()) : "", max.isEmpty() && d.people() > 0);
      for (DurationBucket b : DurationBucket.values()) {
        OptionalLong n = d.bucket(b);
        line(out, "durations", kind, b.name(), labels.get("bucket." + b.name()),
            n.isPresent() ? Long.toString(n.getAsLong()) : "", n.isEmpty());
      }
    }
  }

  private static void statistic(
      StringBuilder out, String kind, String key, String label, OptionalDouble v, DurationSummary d) {
    line(out, "durations", kind, key, label,
        v.isPresent() ? BigDecimal.valueOf(v.getAsDouble()).stripTrailingZeros().toPlainString() : "",
        v.isEmpty() && d.people() > 0);
  }

  private static void flow(StringBuilder out, String key, String label, long n) {
    line(out, "flows", key, "", label, Long.toString(n), false);
  }

  private static void line(
      StringBuilder out, String breakdown, String key, String category, String label, String count,
      boolean suppressed) {
    out.append(breakdown).append(',').append(quote(key)).append(',').append(category).append(',')
        .append(quote(label)).append(',').append(count).append(',').append(suppressed).append('\n');
  }

  private static void row(
      StringBuilder out,
      Labels labels,
      String breakdown,
      String key,
      FreedomCategory category,
      String count,
      boolean suppressed) {
    out.append(quote(breakdown))
        .append(',')
        .append(quote(key))
        .append(',')
        .append(category.name())
        .append(',')
        .append(quote(labels.get("category." + category.name())))
        .append(',')
        .append(count)
        .append(',')
        .append(suppressed)
        .append('\n');
  }

  private static void figure(StringBuilder out, String key, String label, long n) {
    out.append("figure,")
        .append(key)
        .append(",,")
        .append(quote(label))
        .append(',')
        .append(n)
        .append(",false\n");
  }

  /**
   * Returns a text cell as CSV: guarded with a leading {@code '} when a spreadsheet would read
   * it as a formula, quoted when it holds a comma, a quote or a line break.
   */
  static String quote(String text) {
    String s = text;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
