package io.github.vigil.reporting;

import java.util.Locale;

/** The formats a {@link FreedomReport} renders to. */
public enum ReportFormat {
  /** A plain-text table with percentages. */
  TEXT,
  /** Markdown tables with percentages. */
  MARKDOWN,
  /** One CSV row per cell: the categories, then every breakdown cell. */
  CSV,
  /** The JSON object of docs/format.md section 5. */
  JSON,
  /**
   * One self-contained HTML page: the headline figures, the tables of the other formats, and
   * how to read them ({@link FreedomReport#toHtml} adds the chart).
   */
  HTML;

  /**
   * Returns the format with the given name, ignoring case ({@code text}, {@code markdown},
   * {@code csv}, {@code json}, {@code html}).
   *
   * @throws IllegalArgumentException if there is no such format
   */
  public static ReportFormat of(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "format must be text, markdown, csv, json or html, was '" + name.toLowerCase(Locale.ROOT) + "'");
  }
}
