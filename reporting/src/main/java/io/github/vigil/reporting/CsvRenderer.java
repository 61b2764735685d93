package io.github.vigil.reporting;

import io.github.vigil.conditions.FreedomCategory;
import java.util.Map;
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
        labels.get("notYetKnown", report.knownAsOf()),
        report.peopleWithEventsNotYetKnown());
    for (Breakdown b : report.breakdowns()) {
      for (Map.Entry<String, CategoryCounts> e : b.rows().entrySet()) {
        for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
          OptionalLong n = b.cell(e.getKey(), c);
          row(out, labels, b.name(), e.getKey(), c, n.isEmpty() ? "" : Long.toString(n.getAsLong()), n.isEmpty());
        }
      }
    }
    return out.toString();
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
