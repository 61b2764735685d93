package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.DisclosureAudit;
import io.github.vigil.reporting.disclosure.Suppression;
import io.github.vigil.reporting.disclosure.TableCell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Laws of freedom reports, over generated registries and views. */
@SuppressWarnings("EnumOrdinal") // generated choices index enums
class FreedomReportProperties {
  static final int EXAMPLES = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void categoriesSumToThePopulationAndGroupsPlusDeathsToo() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              FreedomReport r = FreedomReport.of(v.view());
              assertEquals(r.population(), r.categories().total());
              assertEquals(
                  r.population(),
                  r.deprivedOfLiberty() + r.atLiberty() + r.categories().get(FreedomCategory.DECEASED));
              assertTrue(r.deprivedOfLibertyWithoutConviction() <= r.deprivedOfLiberty());
              assertEquals(v.view().population().count(), r.population());
            });
  }

  @Test
  void peopleWithEventsNotYetKnownAreThoseWithAnEventOfThePastRecordedAfterTheView() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              for (RegistryView view : List.of(v.view(), v.view().includingClaims())) {
                long expected =
                    v.registry().histories().stream()
                        .filter(
                            h ->
                                h.eventsWithClaims().stream()
                                    .anyMatch(
                                        e ->
                                            !e.date().isAfter(view.asOf())
                                                && (view.includesClaims() || !e.isClaim())
                                                && e.recordedOn().isAfter(view.knownOn())
                                                && view.sources()
                                                    .map(s -> e.source().isPresent() && s.contains(e.source().get()))
                                                    .orElse(true)))
                        .count();
                assertEquals(expected, FreedomReport.of(view).peopleWithEventsNotYetKnown());
              }
            });
  }

  @Test
  void breakdownCellsSumToTheTopLevelCountsWhenNothingIsSuppressed() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              FreedomReport r = FreedomReport.of(v.view(), ReportOptions.builder().minCell(1).build());
              for (Breakdown b : List.of(r.byAffiliation(), r.byFacility())) {
                CategoryCounts sum = CategoryCounts.zero();
                for (CategoryCounts row : b.rows().values()) {
                  sum = sum.plus(row);
                }
                assertEquals(r.categories(), sum, b.name());
                for (Map.Entry<String, CategoryCounts> e : b.rows().entrySet()) {
                  for (FreedomCategory c : FreedomCategory.values()) {
                    assertEquals(e.getValue().get(c), b.cell(e.getKey(), c).getAsLong());
                  }
                }
              }
              assertEquals(v.registry().facilities().size(), r.byFacility().rows().size());
              for (CategoryCounts row : r.byVulnerableGroup().rows().values()) {
                for (FreedomCategory c : FreedomCategory.values()) {
                  assertTrue(row.get(c) <= r.categories().get(c));
                }
              }
            });
  }

  @Test
  void mergingPartialSummariesEqualsTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              ReportOptions options = options(v);
              RegistryView whole = v.view();
              int parts = 1 + Math.floorMod(v.seed(), 4);
              List<FreedomSummary> summaries = new ArrayList<>();
              for (int part = 0; part < parts; part++) {
                int p = part;
                Registry sub =
                    Views.subset(
                        v.registry(), id -> Math.floorMod(id.value().hashCode() + v.seed(), parts) == p);
                summaries.add(FreedomSummary.of(sameView(sub, whole), options));
              }
              FreedomSummary left = FreedomSummary.empty();
              for (FreedomSummary s : summaries) {
                left = left.combine(s);
              }
              FreedomSummary right = FreedomSummary.empty();
              for (int i = summaries.size() - 1; i >= 0; i--) {
                right = summaries.get(i).combine(right);
              }
              FreedomSummary reversed = FreedomSummary.empty();
              for (int i = summaries.size() - 1; i >= 0; i--) {
                reversed = reversed.combine(summaries.get(i));
              }
              FreedomSummary expected = FreedomSummary.of(whole, options);
              assertEquals(expected, reversed);
              assertEquals(expected.hashCode(), left.hashCode());
              assertEquals(expected, left);
              assertEquals(expected, right);
              assertEquals(expected, expected.combine(FreedomSummary.empty()));
              assertEquals(
                  FreedomReport.of(whole, options).toJson(),
                  FreedomReport.from(whole, options, left).toJson());
              assertEquals(
                  FreedomReport.of(whole, options).toJson(),
                  FreedomReport.ofParallel(whole, options).toJson());
            });
  }

  @Test
  void suppressionNeverChangesATopLevelCountAndShowsOnlyTrueCounts() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              int minCell = 1 + Math.floorMod(v.seed(), 10);
              ReportOptions base = options(v);
              ReportOptions suppressed = ReportOptions.builder().from(base).minCell(minCell).build();
              JsonNode all = json(FreedomReport.of(v.view(), base));
              FreedomReport protectedReport = FreedomReport.of(v.view(), suppressed);
              JsonNode some = json(protectedReport);
              Set<TableCell> everyCell = new LinkedHashSet<>();
              for (CountTable t : protectedReport.suppression().tables().tables()) {
                for (String row : t.rowKeys()) {
                  for (String column : t.columnKeys()) {
                    everyCell.add(new TableCell(t.name(), row, column));
                  }
                }
              }
              Set<TableCell> determinedByTotals = new LinkedHashSet<>();
              for (DisclosureAudit.HiddenCell h :
                  DisclosureAudit.of(Suppression.of(protectedReport.suppression().tables(), everyCell)).failures()) {
                determinedByTotals.add(h.cell());
              }
              for (Map.Entry<String, JsonNode> e : all.properties()) {
                String key = e.getKey();
                if (key.startsWith("by")) {
                  for (Map.Entry<String, JsonNode> row : e.getValue().properties()) {
                    for (Map.Entry<String, JsonNode> cell : row.getValue().properties()) {
                      JsonNode shown = some.get(key).get(row.getKey()).get(cell.getKey());
                      long n = cell.getValue().asLong();
                      boolean determined =
                          determinedByTotals.contains(new TableCell(key, row.getKey(), cell.getKey()));
                      if (n > 0 && n < minCell && !determined) {
                        assertTrue(shown.isNull(), key + "/" + row.getKey());
                      } else if (!shown.isNull()) {
                        assertEquals(n, shown.asLong());
                        assertTrue(shown.isNumber());
                      }
                    }
                  }
                } else if (key.equals("durations") || key.startsWith("releaseOrder")) {
                  sameWhereShown(e.getValue(), some.get(key), key);
                } else if (!key.equals("minCell")) {
                  assertEquals(e.getValue(), some.get(key), key);
                }
              }
            });
  }

  /**
   * Checks the durations as published against the unsuppressed ones: every count of people is
   * the same, and every statistic and bucket shown is the true one.
   */
  private static void sameWhereShown(JsonNode all, JsonNode some, String path) {
    if (all.isObject()) {
      for (Map.Entry<String, JsonNode> e : all.properties()) {
        sameWhereShown(e.getValue(), some.get(e.getKey()), path + "/" + e.getKey());
      }
    } else if (path.endsWith("/people") || path.endsWith("/approximate") || !some.isNull()) {
      assertEquals(all, some, path);
    }
  }

  @Test
  void theDisclosureAuditPassesOnEveryBreakdownForEveryThresholdFromTwoToTen() {
    // -Dvigil.auditExamples=1000 runs it on more registries
    qt().withExamples(Integer.getInteger("vigil.auditExamples", EXAMPLES))
        .forAll(Views.views())
        .checkAssert(
            v -> {
              for (int minCell = 2; minCell <= 10; minCell++) {
                FreedomReport r =
                    FreedomReport.of(v.view(), ReportOptions.builder().from(options(v)).minCell(minCell).build());
                DisclosureAudit audit = r.disclosureAudit();
                assertTrue(audit.passed(), "minCell " + minCell + ": " + audit);
                assertEquals(r.suppression().hiddenCount(), audit.cells().size());
              }
            });
  }

  @Test
  void withAThresholdOfOneNothingIsHidden() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              FreedomReport r = FreedomReport.of(v.view(), options(v));
              assertEquals(0, r.suppression().hiddenCount());
              JsonNode json = json(r);
              for (JsonNode d : json.get("durations")) {
                if (d.get("people").asLong() == 0) {
                  ((ObjectNode) d).removeAll(); // no statistics of nobody: null, not hidden
                }
              }
              assertFalse(json.toString().contains("null"), json.toString());
              assertTrue(r.disclosureAudit().cells().isEmpty());
            });
  }

  @Test
  void jsonParsesBackToTheSameNumbers() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              FreedomReport r = FreedomReport.of(v.view(), options(v));
              JsonNode j = json(r);
              assertEquals(1, j.get("formatVersion").asInt());
              assertEquals(r.asOf().toString(), j.get("asOf").asText());
              assertEquals(r.knownOn().toString(), j.get("knownAsOf").asText());
              assertEquals(r.population(), j.get("population").asLong());
              assertEquals(r.rearrests(), j.get("rearrests").asLong());
              assertEquals(r.rejectedRows(), j.get("rejectedRows").asLong());
              assertEquals(r.skippedEvents(), j.get("skippedEvents").asLong());
              assertEquals(r.deprivedOfLiberty(), j.get("groups").get("deprivedOfLiberty").asLong());
              assertEquals(r.atLiberty(), j.get("groups").get("atLiberty").asLong());
              assertEquals(
                  r.deprivedOfLibertyWithoutConviction(),
                  j.get("deprivedOfLibertyWithoutConviction").asLong());
              assertEquals(r.approximateDates(), j.get("approximateDates").asLong());
              for (FreedomCategory c : FreedomCategory.values()) {
                assertEquals(r.categories().get(c), j.get("categories").get(c.name()).asLong());
              }
              for (Breakdown b : r.breakdowns()) {
                for (Map.Entry<String, CategoryCounts> e : b.rows().entrySet()) {
                  for (FreedomCategory c : FreedomCategory.values()) {
                    JsonNode cell = j.get(b.name()).get(e.getKey()).get(c.name());
                    if (b.cell(e.getKey(), c).isPresent()) {
                      assertEquals(b.cell(e.getKey(), c).getAsLong(), cell.asLong());
                    } else {
                      assertTrue(cell.isNull());
                    }
                  }
                }
              }
              assertEquals(r.flows().isPresent(), j.has("flows"));
              r.flows()
                  .ifPresent(
                      f -> {
                        JsonNode fj = j.get("flows");
                        assertEquals(f.since().toString(), fj.get("since").asText());
                        assertEquals(f.arrests(), fj.get("arrests").asLong());
                        assertEquals(f.rearrests(), fj.get("rearrests").asLong());
                        assertEquals(f.releases(), fj.get("releases").asLong());
                        assertEquals(f.exiles(), fj.get("exiles").asLong());
                        assertEquals(f.deaths(), fj.get("deaths").asLong());
                        assertTrue(f.rearrests() <= r.rearrests());
                      });
            });
  }

  @Test
  void theSeriesOfOnePassEqualsAReportForEachDate() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              RegistryView view = v.view();
              CategorySeries.Interval interval =
                  CategorySeries.Interval.values()[Math.floorMod(v.seed(), 3)];
              LocalDate from = view.asOf().minusDays(Math.floorMod(v.seed(), 120));
              ClassificationPolicy policy =
                  ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(v.seed() % 2 == 0).build();
              CategorySeries series = CategorySeries.of(view, from, interval, policy);
              assertEquals(view.asOf(), series.points().get(series.points().size() - 1).asOf());
              for (CategorySeries.Point p : series.points()) {
                RegistryView at = v.registry().asOf(p.asOf()).knownOn(view.knownOn());
                if (view.sources().isPresent()) {
                  at = at.fromSources(view.sources().get());
                }
                FreedomReport r = FreedomReport.of(at, ReportOptions.builder().policy(policy).build());
                assertEquals(r.categories(), p.counts(), p.toString());
              }
            });
  }

  @Test
  void generatedViewsCoverTheInterestingCases() {
    long[] seen = new long[7];
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              FreedomReport r = FreedomReport.of(v.view(), options(v));
              seen[0] += r.population() > 0 ? 1 : 0;
              seen[1] += r.rearrests() > 0 ? 1 : 0;
              seen[2] += r.skippedEvents() > 0 ? 1 : 0;
              seen[3] += r.categories().get(FreedomCategory.CONDITIONAL) > 0 ? 1 : 0;
              seen[4] += r.categories().get(FreedomCategory.RELEASE_PENDING) > 0 ? 1 : 0;
              seen[5] += r.flows().map(f -> f.releases() > 0 ? 1 : 0).orElse(0);
              seen[6] += r.population() >= 8 ? 1 : 0;
            });
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i] >= 5, "case " + i + " was generated only " + seen[i] + " times");
    }
  }

  private static ReportOptions options(Views.Viewed v) {
    ReportOptions.Builder b = ReportOptions.builder().minCell(1);
    if (v.seed() % 3 != 0) {
      b.since(v.view().asOf().minusDays(Math.floorMod(v.seed(), 200)));
    }
    if (v.seed() % 5 == 0) {
      b.policy(ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).openCaseIsConditional(false).build());
    }
    return b.build();
  }

  private static RegistryView sameView(Registry r, RegistryView like) {
    RegistryView v = r.asOf(like.asOf()).knownOn(like.knownOn());
    if (like.sources().isPresent()) {
      Set<Source> s = like.sources().get();
      v = v.fromSources(s);
    }
    return v;
  }

  private static JsonNode json(FreedomReport r) {
    try {
      return MAPPER.readTree(r.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
