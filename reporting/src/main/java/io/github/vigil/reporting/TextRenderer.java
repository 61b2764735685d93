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
                        "sources", s.stream().map(Source::label).sorted().collect(Collectors.joining(", "))))
            .orElse(labels.get("sources.all")));
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
      line(labels.get("suppression.note", labels.get("suppressed"), labels.number(minCell)));
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
      row.add(keyLabel(b, key));
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
      default -> key;
    };
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  private void heading(int level, String text) {
    if (markdown) {
      line("#".repeat(level) + " " + escape(text));
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
    return markdown ? escape(cell) : cell;
  }

  private static String stripTrailing(String s) {
    return s.stripTrailing();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("<", "\\<");
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void blank() {
    out.append('\n');
  }
}
