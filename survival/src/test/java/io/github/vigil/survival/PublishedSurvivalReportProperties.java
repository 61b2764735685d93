package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the published survival reports, over generated tables. */
class PublishedSurvivalReportProperties {
  /** One row: a time, whether it is an event (and of which kind), a group and a covariate. */
  record Row(int time, int kind, int group, int x) {}

  private static final Gen<Row> ROW =
      integers()
          .between(0, 40)
          .zip(
              integers().between(0, 2),
              integers().between(0, 2),
              integers().between(-3, 3),
              Row::new);

  private static final Gen<List<Row>> DATA = lists().of(ROW).ofSizeBetween(1, 40);

  private static final ReportOptions EVERYTHING =
      ReportOptions.builder()
          .addTimes(0.0, 10.0, 25.5)
          .addQuantiles(0.1, 0.5, 0.9)
          .wholeCurve(true)
          .restrictedMeanHorizon(30)
          .build();

  private static SurvivalData.Builder table(List<Row> rows, boolean grouped, boolean covariate) {
    int n = rows.size();
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = rows.get(i).time();
      events[i] = rows.get(i).kind() > 0;
      x[i] = rows.get(i).x();
    }
    SurvivalData.Builder b = SurvivalData.builder(times, events);
    if (grouped) {
      b.groups(rows.stream().map(r -> "g" + r.group()).toList());
    }
    if (covariate) {
      b.covariate("x", x);
    }
    return b;
  }

  @Test
  void everySurvivalReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes() {
    qt().withExamples(300)
        .forAll(DATA, booleans().all(), booleans().all(), booleans().all())
        .checkAssert(
            (rows, grouped, covariate, everything) -> {
              SurvivalReport report =
                  SurvivalReport.fit(
                      table(rows, grouped, covariate).build(),
                      everything ? EVERYTHING : ReportOptions.defaults());
              String json = PublishedSurvivalReportTest.json(report);
              PublishedSurvivalReport read = PublishedSurvivalReport.parse(json);
              assertEquals(report.published(), read);
              assertEquals(json, read.toJson());
            });
  }

  @Test
  void everyCompetingRisksReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes() {
    qt().withExamples(300)
        .forAll(DATA, booleans().all())
        .checkAssert(
            (rows, grouped) -> {
              int[] kinds = rows.stream().mapToInt(Row::kind).toArray();
              IncidenceReport report =
                  IncidenceReport.fit(
                      table(rows, grouped, false).causes(kinds, List.of("rearrest", "exile")).build());
              String json = PublishedSurvivalReportTest.json(report);
              PublishedIncidenceReport read = PublishedIncidenceReport.parse(json);
              assertEquals(report.published(), read);
              assertEquals(json, read.toJson());
            });
  }
}
