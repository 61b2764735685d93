package io.github.vigil.reporting;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.FreedomGroup;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Renders a report's tables as plain text, Markdown or HTML: one walk through the report's
 * figures and its already-suppressed breakdowns, whatever the markup, so that every format
 * prints the same cells.
 */
final class TextRenderer {
  /** The markup the tables are written in. */
  enum Markup {
    TEXT,
    MARKDOWN,
    /** HTML sections and tables, without the page around them ({@link HtmlRenderer}). */
    HTML
  }

  private final FreedomReport report;
  private final Labels labels;
  private final Markup markup;
  private final boolean markdown;
  private final StringBuilder out = new StringBuilder(2048);

  private TextRenderer(FreedomReport report, Labels labels, Markup markup) {
    this.report = report;
    this.labels = labels;
    this.markup = markup;
    this.markdown = markup == Markup.MARKDOWN;
  }

  static String text(FreedomReport report, Labels labels) {
    return new TextRenderer(report, labels, Markup.TEXT).render();
  }

  static String markdown(FreedomReport report, Labels labels) {
    return new TextRenderer(report, labels, Markup.MARKDOWN).render();
  }

  /**
   * Returns the report's tables as HTML {@code <section>}s, every text escaped; the page's
   * title and dateline are {@link HtmlRenderer}'s.
   */
  static String htmlSections(FreedomReport report, Labels labels) {
    return new TextRenderer(report, labels, Markup.HTML).render();
  }

  private String render() {
    if (markup == Markup.HTML) {
      return renderTables();
    }
    String title =
        report.knownOn().equals(report.asOf())
            ? labels.get("title", report.asOf())
            : labels.get("title.knownOn", report.asOf(), report.knownOn());
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
    return renderTables();
  }

  private String renderTables() {
    section("figures");
    htmlHeading(labels.get("html.figures"));

    long population = report.population();
    long deprived = report.deprivedOfLiberty();
    List<List<String>> figures = new ArrayList<>();
    figures.add(row(labels.get("population"), labels.number(population), ""));
    figures.add(
        row(labels.get("group.DEPRIVED_OF_LIBERTY"), labels.number(deprived), ofPopulation(deprived)));
    long withoutConviction = report.deprivedOfLibertyWithoutConviction();
    figures.add(
        row(
            labels.get("deprivedOfLibertyWithoutConviction"),
            labels.number(withoutConviction),
            deprived == 0
                ? "" // a share of nobody
                : labels.get("share.of", labels.percent(withoutConviction, deprived), labels.get("share.deprived"))));
    figures.addAll(balanceFigures());
    figures.add(row(labels.get("rearrests"), labels.number(report.rearrests()), ""));
    figures.add(row(labels.get("approximateDates"), labels.number(report.approximateDates()), ""));
    figures.add(row(labels.get("skippedEvents"), labels.number(report.skippedEvents()), ""));
    figures.add(row(labels.get("rejectedRows"), labels.number(report.rejectedRows()), ""));
    figures.add(row(labels.get("rejectedPeople"), labels.number(report.rejectedPeople()), ""));
    figures.add(
        row(
            labels.get("notYetKnown", report.knownOn()),
            labels.number(report.peopleWithEventsNotYetKnown()),
            ""));
    releaseOrders(figures, report.releaseOrderWaits());
    table("figures-table", row(labels.get("figure"), labels.get("people"), labels.get("share.whom")), figures, 1);
    if (report.releaseOrderWaits().anyHidden()) {
      blank();
      note(labels.get("suppression.note", labels.get("suppressed"), labels.number(report.options().minCell())));
    }
    blank();
    endSection();
    section("categories");
    htmlHeading(labels.get("category"));

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
    table("categories", row(labels.get("category"), labels.get("people"), labels.get("share.population")), categories, 1);
    endSection();

    report.flows().ifPresent(this::flows);
    report.claims().ifPresent(this::claims);
    durations();
    outcomes();

    boolean anySuppressed = false;
    for (Breakdown b : report.breakdowns()) {
      anySuppressed |= breakdown(b);
    }
    if (anySuppressed) {
      blank();
      int minCell = report.options().minCell();
      note(labels.get("suppression.note", labels.get("suppressed"), labels.number(minCell)));
    }
    return out.toString();
  }

  private void flows(Flows flows) {
    blank();
    section("flows");
    heading(2, labels.get("flows", flows.since(), report.asOf()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(labels.get("flows.arrests"), labels.number(flows.arrests())));
    rows.add(row(labels.get("flows.rearrests"), labels.number(flows.rearrests())));
    rows.add(row(labels.get("flows.releases"), labels.number(flows.releases())));
    rows.add(row(labels.get("flows.exiles"), labels.number(flows.exiles())));
    rows.add(row(labels.get("flows.deaths"), labels.number(flows.deaths())));
    rows.addAll(balanceFlows(flows));
    table("flows-table", row(labels.get("figure"), labels.get("events")), rows, 1);
    endSection();
  }

  // Release orders not executed (docs/reports.md): how many, and how long they have waited.

  private void releaseOrders(List<List<String>> figures, ReleaseOrderWaits w) {
    figures.add(row(labels.get("releaseOrders.notExecuted"), published(w.orders()), ""));
    OptionalDouble median = w.medianDays();
    figures.add(
        row(
            labels.get("releaseOrders.median"),
            median.isPresent() ? labels.decimal(median.getAsDouble()) : w.days().isEmpty() ? "-" : labels.get("suppressed"),
            ""));
    for (int days : ReleaseOrderWaits.THRESHOLDS) {
      figures.add(row(labels.get("releaseOrders.over", days), published(w.over(days)), ""));
    }
  }

  private String published(OptionalLong n) {
    return n.isPresent() ? labels.number(n.getAsLong()) : labels.get("suppressed");
  }

  // The claims section (docs/reports.md, "Claims"): both figures side by side in one table.

  private void claims(Claims c) {
    blank();
    section("claims");
    heading(2, labels.get(report.includesClaims() ? "claims.headlineAll" : "claims.headlineVerified"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        row(
            labels.get("population"),
            labels.number(c.verifiedPopulation()),
            labels.number(c.populationWithClaims()),
            labels.signed(c.populationWithClaims() - c.verifiedPopulation())));
    for (FreedomCategory cat : CategoryCounts.REPORT_ORDER) {
      long v = c.verified().get(cat);
      long a = c.withClaims().get(cat);
      rows.add(row(labels.get("category." + cat.name()), labels.number(v), labels.number(a), labels.signed(a - v)));
    }
    c.verifiedFlows()
        .ifPresent(
            vf -> {
              Flows af = c.flowsWithClaims().orElseThrow();
              String since = labels.get("claims.since", vf.since());
              rows.add(flowRow(since, "flows.arrests", vf.arrests(), af.arrests()));
              rows.add(flowRow(since, "flows.rearrests", vf.rearrests(), af.rearrests()));
              rows.add(flowRow(since, "flows.releases", vf.releases(), af.releases()));
              rows.add(flowRow(since, "flows.exiles", vf.exiles(), af.exiles()));
              rows.add(flowRow(since, "flows.deaths", vf.deaths(), af.deaths()));
            });
    table(
        "claims-table",
        row(labels.get("figure"), labels.get("claims.verified"), labels.get("claims.withClaims"), labels.get("claims.difference")),
        rows,
        1);
    blank();
    List<List<String>> counts = new ArrayList<>();
    counts.add(row(labels.get("claims.unverified"), labels.number(c.unverifiedClaims())));
    counts.add(row(labels.get("claims.peopleMoved"), labels.number(c.peopleMoved())));
    counts.add(row(labels.get("claims.corroborations"), labels.number(c.corroborations())));
    counts.add(row(labels.get("claims.dateConflicts"), labels.number(c.dateConflicts())));
    table(row(labels.get("figure"), labels.get("events")), counts, 1);
    List<List<String>> moves = new ArrayList<>();
    for (FreedomCategory from : CategoryCounts.REPORT_ORDER) {
      for (FreedomCategory to : CategoryCounts.REPORT_ORDER) {
        OptionalLong n = c.moved(from, to);
        if (n.isEmpty() || n.getAsLong() > 0) {
          moves.add(
              row(
                  labels.get("claims.move", labels.get("category." + to.name()), labels.get("category." + from.name())),
                  n.isPresent() ? labels.number(n.getAsLong()) : labels.get("suppressed")));
        }
      }
    }
    if (!moves.isEmpty()) {
      blank();
      table(row(labels.get("claims.moves"), labels.get("people")), moves, 1);
    }
    List<List<String>> sources = new ArrayList<>();
    c.bySource()
        .forEach(
            (k, v) ->
                sources.add(
                    row(
                        Claims.NO_SOURCE.equals(k) ? labels.get("claims.noSource") : data(k),
                        v.isPresent() ? labels.number(v.getAsLong()) : labels.get("suppressed"))));
    if (!sources.isEmpty()) {
      blank();
      table(row(labels.get("claims.source"), labels.get("claims.unverified")), sources, 1);
    }
    endSection();
  }

  private List<String> flowRow(String since, String key, long verified, long all) {
    return row(since + " " + labels.get(key), labels.number(verified), labels.number(all), labels.signed(all - verified));
  }

  /** Writes one breakdown and returns whether any cell was suppressed. */
  private boolean breakdown(Breakdown b) {
    blank();
    section(b.name());
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
    table(b.name() + "-table", header, rows, 1);
    endSection();
    return suppressed;
  }

  private String keyLabel(Breakdown b, String key) {
    return switch (b.name()) {
      case "byAffiliation" -> labels.get("affiliation." + key);
      case "byVulnerableGroup" ->
          key.equals("ELDERLY")
              ? labels.get("vulnerable.ELDERLY", report.options().elderlyAge())
              : labels.get("vulnerable." + key);
      case "byGender" -> labels.get("gender." + key);
      case "byNationality" -> labels.get("nationality." + key);
      case "byAgeBand" -> ageBand(key);
      case "byProfile" -> labels.has("profile." + key) ? labels.get("profile." + key) : data(key);
      case "byRegion" ->
          // a region is free text: one line, no control character, whatever was written
          key.equals(BalanceCounts.UNKNOWN) ? labels.get("unknown") : data(Echo.line(key));
      default -> key.equals(BalanceCounts.UNKNOWN) ? labels.get("unknown") : data(key);
    };
  }

  // ------------------------------------------------------------------ the weekly balance

  private String ofPopulation(long n) {
    return labels.get("share.of", labels.percent(n, report.population()), labels.get("share.population.of"));
  }

  /** The groups out of custody, named so that nobody under measures is called free, and deaths. */
  private List<List<String>> balanceFigures() {
    CategoryCounts c = report.categories();
    long released = report.releasedNotFree();
    long free = c.get(FreedomCategory.FULL);
    long exiled = c.get(FreedomCategory.EXILED);
    return List.of(
        row(labels.get("group.RELEASED_NOT_FREE"), labels.number(released), ofPopulation(released)),
        row(labels.get("group.FREE"), labels.number(free), ofPopulation(free)),
        row(labels.get("group.EXILED"), labels.number(exiled), ofPopulation(exiled)),
        row(labels.get("deceased.inCustody"), labels.number(report.deceasedInCustody()), ""),
        row(labels.get("deceased.outOfCustody"), labels.number(report.deceasedOutOfCustody()), ""));
  }

  private List<List<String>> balanceFlows(Flows flows) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(labels.get("flows.deathsInCustody"), labels.number(flows.deathsInCustody())));
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      long n = flows.releasesTo().get(c);
      if (n > 0 || c == FreedomCategory.HOUSE_ARREST || c == FreedomCategory.CONDITIONAL || c == FreedomCategory.FULL) {
        rows.add(row(labels.get("flows.releasesTo", labels.get("category." + c.name())), labels.number(n)));
      }
    }
    rows.add(row(labels.get("flows.newlyRegistered"), labels.number(flows.newlyRegistered())));
    return rows;
  }

  private void durations() {
    blank();
    section("durations");
    heading(2, labels.get("durations", report.asOf()));
    List<String> header = new ArrayList<>();
    header.add(labels.get("durations.key"));
    for (String k : List.of("people", "durations.approximate", "durations.lowerQuartile", "durations.median",
        "durations.upperQuartile", "durations.max")) {
      header.add(labels.get(k));
    }
    for (DurationBucket b : DurationBucket.values()) {
      header.add(labels.get("bucket." + b.name()));
    }
    header.add(labels.get("durations.twoYearsShare"));
    boolean suppressed = false;
    List<List<String>> rows = new ArrayList<>();
    for (DurationSummary d : report.durations().values()) {
      List<String> r = new ArrayList<>();
      r.add(labels.get("duration." + d.kind().name()));
      r.add(labels.number(d.people()));
      r.add(labels.number(d.approximate()));
      for (OptionalDouble q : List.of(d.lowerQuartile(), d.median(), d.upperQuartile())) {
        r.add(q.isPresent() ? labels.number(q.getAsDouble()) : d.people() == 0 ? "" : labels.get("suppressed"));
      }
      r.add(d.max().isPresent() ? labels.number(d.max().getAsLong()) : d.people() == 0 ? "" : labels.get("suppressed"));
      for (DurationBucket b : DurationBucket.values()) {
        OptionalLong n = d.bucket(b);
        suppressed |= n.isEmpty();
        r.add(n.isPresent() ? labels.number(n.getAsLong()) : labels.get("suppressed"));
      }
      OptionalLong twoYears = d.bucket(DurationBucket.YEARS_2_OR_MORE);
      r.add(
          d.people() == 0
              ? "" // a share of nobody
              : twoYears.isPresent() ? labels.percent(twoYears.getAsLong(), d.people()) : labels.get("suppressed"));
      // statistics are hidden only for 1 to N-1 people, whose buckets then hide a cell too
      rows.add(r);
    }
    table("durations-table", header, rows, 1);
    blank();
    int minCell = report.options().minCell();
    note(labels.get(labels.forMinCell("durations.note", minCell), labels.number(minCell)));
    if (suppressed) {
      note(labels.get("suppression.note", labels.get("suppressed"), labels.number(report.options().minCell())));
    }
    endSection();
  }

  private void outcomes() {
    blank();
    section("caseOutcomes");
    heading(2, labels.get("caseOutcomes", report.asOf()));
    List<List<String>> rows = new ArrayList<>();
    report.caseOutcomes().forEach((k, n) -> rows.add(row(labels.get("outcome." + k), labels.number(n))));
    table("caseOutcomes-table", row(labels.get("caseOutcomes.key"), labels.get("events")), rows, 1);
    endSection();
  }

  private String ageBand(String key) {
    if (key.equals(BalanceCounts.UNKNOWN)) {
      return labels.get("unknown");
    }
    if (key.endsWith("+")) {
      return labels.get("ageBand.from", key.substring(0, key.length() - 1));
    }
    String[] fromTo = key.split("-", 2);
    return fromTo[0].equals("0")
        ? labels.get("ageBand.under", Integer.parseInt(fromTo[1]) + 1)
        : labels.get("ageBand.range", fromTo[0], fromTo[1]);
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  private void heading(int level, String text) {
    if (markup == Markup.HTML) {
      htmlLine("<h" + (level + 1) + ">" + Html.escape(text) + "</h" + (level + 1) + ">");
      return;
    }
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

  /** Writes a heading in HTML only: the text formats' tables speak for themselves there. */
  private void htmlHeading(String text) {
    if (markup == Markup.HTML) {
      heading(2, text);
    }
  }

  /** Opens a section of the HTML page; nothing in the other formats. */
  private void section(String id) {
    if (markup == Markup.HTML) {
      htmlLine("<section id=\"" + Html.escape(id) + "\">");
    }
  }

  private void endSection() {
    if (markup == Markup.HTML) {
      htmlLine("</section>");
    }
  }

  /** Writes a note under a table: a line of text, or an HTML paragraph. */
  private void note(String text) {
    if (markup == Markup.HTML) {
      htmlLine("<p class=\"remark\">" + Html.escape(text) + "</p>");
    } else {
      line(label(text));
    }
  }

  private void htmlLine(String html) {
    out.append(html).append('\n');
  }

  private void table(List<String> header, List<List<String>> rows, int textColumns) {
    table("", header, rows, textColumns);
  }

  /**
   * Writes a table whose first {@code textColumns} columns are text and the rest numbers; in
   * HTML, a {@code <table>} with the given id (when not empty), column headers and row headers.
   */
  private void table(String id, List<String> header, List<List<String>> rows, int textColumns) {
    if (markup == Markup.HTML) {
      Html.table(out, id, header, rows, textColumns);
      return;
    }
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
    line(s.toString().stripTrailing()); // a Markdown row ends with its pipe
  }

  private String shown(String cell) {
    return label(cell);
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

  /**
   * Escapes {@code s} for Markdown; between two data marks, writes a code span (from a mark
   * without its closing one, to the end).
   */
  static String escape(String s) {
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
  static String codeSpan(String value) {
    String v = value.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < v.length(); i++) {
      run = v.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = v.startsWith("`") || v.endsWith("`") || v.startsWith(" ") || v.endsWith(" ");
    return fence + (pad ? " " : "") + v + (pad ? " " : "") + fence;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void blank() {
    if (markup != Markup.HTML) {
      out.append('\n');
    }
  }
}
