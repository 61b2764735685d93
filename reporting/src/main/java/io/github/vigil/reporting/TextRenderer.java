package io.github.vigil.reporting;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.FreedomGroup;
import io.github.vigil.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Renders a report as plain-text or Markdown tables. */
final class TextRenderer {
  private final FreedomReport report;
  private final Labels labels;
  private final boolean markdown;
  private final StringBuilder out = new StringBuilder(2048);

  private TextRenderer(FreedomReport report, Labels labels, boolean markdown) {
    this.report = report;
    this.labels = labels;
    this.markdown = markdown;
  }

  static String text(FreedomReport report, Labels labels) {
    return new TextRenderer(report, labels, false).render();
  }

  static String markdown(FreedomReport report, Labels labels) {
    return new TextRenderer(report, labels, true).render();
  }

  private String render() {
    String title =
        report.knownAsOf().equals(report.asOf())
            ? labels.get("title", report.asOf())
            : labels.get("title.knownOn", report.asOf(), report.knownAsOf());
    heading(1, title);
    line(
        report
            .sources()
            .map(
                s ->
                    labels.get(
                        "sources",
                        s.stream().map(Source::label).sorted().map(this::data)
                            .collect(Collectors.joining(", "))))
            .map(this::label)
            .orElse(label(labels.get("sources.all"))));
    blank();

    long population = report.population();
    List<List<String>> figures = new ArrayList<>();
    figures.add(row(labels.get("population"), labels.number(population), ""));
    for (FreedomGroup g : ImmutableList.of(FreedomGroup.DEPRIVED_OF_LIBERTY, FreedomGroup.AT_LIBERTY)) {
      long n = report.group(g);
      figures.add(row(labels.get("group." + g.name()), labels.number(n), labels.percent(n, population)));
    }
    long withoutConviction = report.deprivedOfLibertyWithoutConviction();
    figures.add(
        row(
            labels.get("deprivedOfLibertyWithoutConviction"),
            labels.number(withoutConviction),
            labels.percent(withoutConviction, population)));
    figures.add(row(labels.get("rearrests"), labels.number(report.rearrests()), ""));
    figures.add(row(labels.get("approximateDates"), labels.number(report.approximateDates()), ""));
    figures.add(row(labels.get("skippedEvents"), labels.number(report.skippedEvents()), ""));
    figures.add(row(labels.get("rejectedRows"), labels.number(report.rejectedRows()), ""));
    figures.add(row(labels.get("rejectedPeople"), labels.number(report.rejectedPeople()), ""));
    figures.add(
        row(
            labels.get("notYetKnown", report.knownAsOf()),
            labels.number(report.peopleWithEventsNotYetKnown()),
            ""));
    table(row(labels.get("figure"), labels.get("people"), labels.get("share")), figures, 1);
    blank();

    List<List<String>> categories = new ArrayList<>();
    CategoryCounts counts = report.categories();
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      categories.add(
          row(
              labels.get("category." + c.name()),
              labels.number(counts.get(c)),
              labels.percent(counts.get(c), population)));
    }
    categories.add(row(labels.get("total"), labels.number(population), labels.percent(population, population)));
    table(row(labels.get("category"), labels.get("people"), labels.get("share")), categories, 1);

    report.flows().ifPresent(this::flows);

    boolean anySuppressed = false;
    for (Breakdown b : report.breakdowns()) {
      anySuppressed |= breakdown(b);
    }
    if (anySuppressed) {
      blank();
      int minCell = report.options().minCell();
      line(label(labels.get("suppression.note", labels.get("suppressed"), labels.number(minCell))));
    }
    return out.toString();
  }

  private void flows(Flows flows) {
    blank();
    heading(2, labels.get("flows", flows.since(), report.asOf()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(labels.get("flows.arrests"), labels.number(flows.arrests())));
    rows.add(row(labels.get("flows.rearrests"), labels.number(flows.rearrests())));
    rows.add(row(labels.get("flows.releases"), labels.number(flows.releases())));
    rows.add(row(labels.get("flows.exiles"), labels.number(flows.exiles())));
    rows.add(row(labels.get("flows.deaths"), labels.number(flows.deaths())));
    table(row(labels.get("figure"), labels.get("events")), rows, 1);
  }

  /** Writes one breakdown and returns whether any cell was suppressed. */
  private boolean breakdown(Breakdown b) {
    blank();
    heading(2, labels.get(b.name()));
    List<String> header = new ArrayList<>();
    header.add(labels.get(b.name() + ".key"));
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      header.add(labels.get("category." + c.name()));
    }
    boolean suppressed = false;
    List<List<String>> rows = new ArrayList<>();
    for (String key : b.rows().keySet()) {
      List<String> row = new ArrayList<>();
      row.add(keyLabel(b, key)); // a facility id is data: see data()
      for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
        OptionalLong n = b.cell(key, c);
        if (n.isEmpty()) {
          suppressed = true;
          row.add(labels.get("suppressed"));
        } else {
          row.add(labels.number(n.getAsLong()));
        }
      }
      rows.add(row);
    }
    table(header, rows, 1);
    return suppressed;
  }

  private String keyLabel(Breakdown b, String key) {
    return switch (b.name()) {
      case "byAffiliation" -> labels.get("affiliation." + key);
      case "byVulnerableGroup" -> labels.get("vulnerable." + key);
      default -> data(key);
    };
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  private void heading(int level, String text) {
    if (markdown) {
      line("#".repeat(level) + " " + label(text));
    } else {
      line(text);
      line((level == 1 ? "=" : "-").repeat(text.length()));
    }
    if (markdown) {
      blank();
    }
  }

  /** Writes a table whose first {@code textColumns} columns are text and the rest numbers. */
  private void table(List<String> header, List<List<String>> rows, int textColumns) {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = shown(header.get(i)).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], shown(r.get(i)).length());
      }
    }
    if (markdown) {
      tableRow(header, width, textColumns);
      StringBuilder rule = new StringBuilder("|");
      for (int i = 0; i < width.length; i++) {
        rule.append(i < textColumns ? " :" : " ")
            .append("-".repeat(Math.max(1, width[i] - 1)))
            .append(i < textColumns ? " |" : ": |");
      }
      line(rule.toString());
    } else {
      tableRow(header, width, textColumns);
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        if (i > 0) {
          rule.append("  ");
        }
        rule.append("-".repeat(width[i]));
      }
      line(rule.toString());
    }
    for (List<String> r : rows) {
      tableRow(r, width, textColumns);
    }
  }

  private void tableRow(List<String> cells, int[] width, int textColumns) {
    StringBuilder s = new StringBuilder();
    if (markdown) {
      s.append('|');
    }
    for (int i = 0; i < cells.size(); i++) {
      String cell = shown(cells.get(i));
      int pad = Math.max(0, width[i] - cell.length());
      if (markdown) {
        s.append(' ');
      } else if (i > 0) {
        s.append("  ");
      }
      if (i < textColumns) {
        s.append(cell).append(" ".repeat(pad));
      } else {
        s.append(" ".repeat(pad)).append(cell);
      }
      if (markdown) {
        s.append(" |");
      }
    }
    line(markdown ? s.toString() : stripTrailing(s.toString()));
  }

  private String shown(String cell) {
    return label(cell);
  }

  private static String stripTrailing(String s) {
    return s.stripTrailing();
  }

  /**
   * Returns text of the report (labels, numbers, dates), escaped for Markdown: every character
   * that could start emphasis, a link, an image, code, a table cell, HTML or an entity is
   * preceded by a backslash, and a line break becomes a space. Values marked by {@link #data}
   * become code spans. Plain text is returned as it is.
   */
  private String label(String s) {
    return markdown ? escape(s) : s;
  }

  /**
   * Returns a value that came from the registry (a facility id, a source label). In Markdown it
   * becomes a code span, shown as it is written: never emphasis, HTML, an entity or a link, not
   * even an automatic one ({@code www.x.org}, {@code http://x}), which escaping cannot prevent.
   * Labels hold it, so it is only marked here, with a private-use character, and written by
   * {@link #escape}.
   */
  private String data(String s) {
    return markdown ? DATA_MARK + s.replace(DATA_MARK, '\uFFFD') + DATA_MARK : s;
  }

  private static final char DATA_MARK = '\uE000';
  private static final String MARKUP = "\\`*_[]<>|~&#!";

  /** Escapes {@code s} for Markdown; between two data marks, writes a code span. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == DATA_MARK) {
        int end = s.indexOf(DATA_MARK, i + 1);
        out.append(codeSpan(s.substring(i + 1, end < 0 ? s.length() : end)));
        i = end < 0 ? s.length() : end + 1;
        continue;
      }
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        if (MARKUP.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  /**
   * Returns {@code value} as a CommonMark code span: fenced by one more backtick than its longest
   * run of them, padded with a space when it starts or ends with a backtick or a space, line
   * breaks as spaces and {@code |} escaped (tables split cells before reading code spans).
   */
  private static String codeSpan(String value) {
    String v = value.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < v.length(); i++) {
      run = v.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        !v.isEmpty()
            && (v.startsWith("`") || v.endsWith("`") || v.startsWith(" ") || v.endsWith(" "));
    return fence + (pad ? " " : "") + v + (pad ? " " : "") + fence;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void blank() {
    out.append('\n');
  }
}
