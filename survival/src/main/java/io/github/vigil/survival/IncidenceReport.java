package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The competing-risks report of a table whose events are of several kinds, as {@code vigil
 * survival --competing} gives it: the cumulative incidence of each kind per group ({@link
 * CumulativeIncidence#fit}) and, with groups, Gray's test of each kind ({@link
 * CumulativeIncidence#grayTests}), except for a kind that never happens (R's {@code cuminc} leaves
 * it out); a test the data cannot support is refused with its reason.
 * Written as JSON (streamed) or as text tables, every label from the data passed through {@link
 * SafeText}. Immutable and thread-safe.
 */
public final class IncidenceReport {
  private final SurvivalData data;
  private final ImmutableList<String> kinds;
  private final ImmutableList<IncidenceCurve> curves;
  private final ImmutableList<GrayTest> tests;
  private final ImmutableMap<String, String> refused;
  private final ImmutableList<String> warnings;

  private IncidenceReport(
      SurvivalData data,
      ImmutableList<IncidenceCurve> curves,
      ImmutableList<GrayTest> tests,
      ImmutableMap<String, String> refused) {
    this.data = data;
    this.curves = curves;
    this.kinds = curves.get(0).causes();
    this.tests = tests;
    this.refused = refused;
    ImmutableList.Builder<String> w = ImmutableList.builder();
    for (IncidenceCurve c : curves) {
      for (int k = 1; k <= kinds.size(); k++) {
        int events = c.events(k);
        if (events > 0 && events < ReportOptions.FEW_EVENTS) {
          w.add(
              c.group().map(g -> "group '" + g + "'").orElse("the table")
                  + " has "
                  + events
                  + " of '"
                  + kinds.get(k - 1)
                  + "', fewer than "
                  + ReportOptions.FEW_EVENTS
                  + ": its incidence and Gray's test rest on too little");
        }
      }
    }
    this.warnings = w.build();
  }

  /**
   * Estimates the incidence of each kind of event, per group, and with groups Gray's test of each
   * kind between them (stratified when the table has strata).
   *
   * @throws IllegalArgumentException if the table has entry times or case weights
   * @throws SurvivalException if the table has no rows ({@code TOO_FEW_ROWS})
   */
  public static IncidenceReport fit(SurvivalData data) {
    checkNotNull(data, "data");
    ImmutableList<IncidenceCurve> curves = CumulativeIncidence.fit(data);
    ImmutableList.Builder<GrayTest> tests = ImmutableList.builder();
    Map<String, String> refused = new LinkedHashMap<>();
    if (data.groupLabels().isPresent()) {
      ImmutableList<String> kinds = curves.get(0).causes();
      for (int k = 0; k < kinds.size(); k++) {
        if (events(curves, k + 1) == 0) {
          continue; // a kind that never happens has no test (R's cuminc leaves it out)
        }
        try {
          tests.add(CumulativeIncidence.grayTest(data, k + 1));
        } catch (SurvivalException e) {
          refused.put(kinds.get(k), e.getMessage() + " (" + e.problem() + ")");
        }
      }
    }
    return new IncidenceReport(data, curves, tests.build(), ImmutableMap.copyOf(refused));
  }

  private static int events(List<IncidenceCurve> curves, int kind) {
    int events = 0;
    for (IncidenceCurve c : curves) {
      events += c.events(kind);
    }
    return events;
  }

  /** Returns the curves, one per group in label order, or one over every row. */
  public ImmutableList<IncidenceCurve> curves() {
    return curves;
  }

  /** Returns Gray's tests that could be made, in the order of the kinds of event. */
  public ImmutableList<GrayTest> grayTests() {
    return tests;
  }

  /** Returns, per kind of event, why its Gray's test was not made (the table has groups). */
  public ImmutableMap<String, String> grayTestsRefused() {
    return refused;
  }

  /** Returns the warnings: each group and kind with fewer than {@link ReportOptions#FEW_EVENTS} events. */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  /**
   * Returns what the report publishes: every figure of its JSON, without the table it was fitted
   * on. Its JSON is the report's own ({@link #writeJson}); {@link PublishedIncidenceReport#parse}
   * reads that JSON back into an equal value.
   */
  public PublishedIncidenceReport published() {
    ImmutablePublishedIncidenceReport.Builder b =
        PublishedIncidenceReport.builder()
            .n(data.n())
            .censored(data.n() - data.eventCount())
            .droppedRows(data.droppedRows())
            .warnings(warnings);
    for (int k = 1; k <= kinds.size(); k++) {
      b.putKinds(kinds.get(k - 1), events(curves, k));
    }
    for (IncidenceCurve c : curves) {
      for (int k = 1; k <= kinds.size(); k++) {
        for (IncidenceRow r : c.rows(k)) {
          b.addIncidence(
              PublishedIncidenceRow.builder()
                  .group(c.group())
                  .kind(r.cause())
                  .time(SurvivalReport.finite(r.time()))
                  .atRisk(r.atRisk())
                  .events(r.events())
                  .incidence(SurvivalReport.finite(r.incidence()))
                  .stdErr(SurvivalReport.finite(r.stdErr()))
                  .lower(SurvivalReport.finite(r.lower()))
                  .upper(SurvivalReport.finite(r.upper()))
                  .grayVariance(SurvivalReport.finite(r.grayVariance()))
                  .build());
        }
      }
    }
    if (data.groupLabels().isPresent()) {
      ImmutableList.Builder<PublishedGrayTest> published = ImmutableList.builder();
      for (GrayTest t : tests) {
        published.add(
            PublishedGrayTest.builder()
                .kind(t.cause())
                .test(SurvivalReport.test(t.test()))
                .stratified(data.strataLabels().isPresent())
                .build());
      }
      b.grayTests(published.build()).grayTestsRefused(refused);
    }
    return b.build();
  }

  /**
   * Writes the JSON object of docs/format.md's survival section for competing risks, streamed:
   * {@code n}, {@code censored}, {@code droppedRows}, the {@code extra} keys, {@code kinds} (each
   * with its events), {@code warnings}, {@code incidence} (per group, kind and event time), and
   * {@code grayTests} and {@code grayTestsRefused} when the table has groups. It is the JSON of
   * {@link #published()}, written by {@link PublishedIncidenceReport#writeJson}.
   *
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out, Map<String, Object> extra) throws IOException {
    published().writeJson(out, extra);
  }

  /**
   * Writes the text report: the heading lines, the warnings, then per group and kind of event a
   * table of the incidence at each event time, and Gray's tests.
   *
   * @param heading the lines above the tables (what was estimated, on what data)
   * @param overall how the curve over every row is named, such as "All rows"
   * @param row what a row is, such as "row" or "release spell"
   * @throws IOException if writing fails
   */
  public void writeText(Writer out, List<String> heading, String overall, String row)
      throws IOException {
    for (String line : heading) {
      out.append(line).append('\n');
    }
    for (String w : warnings) {
      out.append("Warning: ").append(SafeText.message(w)).append('\n');
    }
    for (IncidenceCurve c : curves) {
      String label = c.group().map(SafeText::of).orElse(overall);
      for (int k = 1; k <= kinds.size(); k++) {
        String kind = SafeText.of(kinds.get(k - 1));
        out.append('\n')
            .append(label)
            .append(", cumulative incidence of '")
            .append(kind)
            .append("': ")
            .append(SurvivalReport.count(c.n(), row))
            .append(", ")
            .append(Integer.toString(c.events(k)))
            .append(" of '")
            .append(kind)
            .append("'\n");
        List<IncidenceRow> rows = c.rows(k);
        if (rows.isEmpty()) {
          continue;
        }
        SurvivalReport.Table table =
            new SurvivalReport.Table(
                false, "time", "at risk", "events", "incidence", "std err", "lower 95%", "upper 95%");
        for (IncidenceRow r : rows) {
          table.widen(cells(r));
        }
        table.appendTo(out);
        for (IncidenceRow r : rows) {
          table.write(out, cells(r));
        }
      }
    }
    if (!tests.isEmpty()) {
      out.append(data.strataLabels().isPresent() ? "\nGray's test, stratified" : "\nGray's test")
          .append(" (equal cumulative incidence in every group):\n");
      SurvivalReport.Table table = new SurvivalReport.Table(true, "kind", "chi-square", "df", "p");
      for (GrayTest t : tests) {
        table.add(
            SafeText.of(t.cause()),
            SurvivalReport.significant(t.test().statistic(), 4),
            Integer.toString(t.test().df()),
            SurvivalReport.significant(t.test().p(), 3));
      }
      table.appendTo(out);
    }
    for (Map.Entry<String, String> e : refused.entrySet()) {
      out.append("\nGray's test of '")
          .append(SafeText.of(e.getKey()))
          .append("' not made: ")
          .append(SafeText.message(e.getValue()))
          .append('\n');
    }
  }

  private static String[] cells(IncidenceRow r) {
    return new String[] {
      SurvivalReport.plain(r.time()),
      Integer.toString(r.atRisk()),
      Integer.toString(r.events()),
      SurvivalReport.fixed(r.incidence()),
      SurvivalReport.fixed(r.stdErr()),
      SurvivalReport.fixed(r.lower()),
      SurvivalReport.fixed(r.upper())
    };
  }
}
