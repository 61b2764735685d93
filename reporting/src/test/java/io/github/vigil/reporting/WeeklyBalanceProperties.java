package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Event;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Laws of the weekly balance's figures, on generated registries. */
class WeeklyBalanceProperties {
  private static final int EXAMPLES = 60;

  /** Options with age bands drawn from the seed: one to four increasing starts. */
  private static ReportOptions options(Views.Viewed v) {
    Random random = new Random(v.seed());
    List<Integer> starts = new ArrayList<>();
    int at = 0;
    for (int i = random.nextInt(4); i >= 0; i--) {
      at += 1 + random.nextInt(40);
      starts.add(at);
    }
    ReportOptions.Builder b = ReportOptions.builder().minCell(1).ageBands(ImmutableList.copyOf(starts));
    if (v.seed() % 2 == 0) {
      b.since(v.view().asOf().minusDays(Math.floorMod(v.seed(), 300)));
    }
    return b.build();
  }

  @Test
  void everyBreakdownThatSplitsThePopulationSumsToTheCategoryTotalsAndBandsPartitionEveryone() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              FreedomReport r = FreedomReport.of(v.view(), options(v));
              CategoryCounts total = r.categories();
              for (String name : List.of("byRegion", "byAgency", "byGender", "byAgeBand", "byNationality")) {
                Breakdown b = r.balanceBreakdown(name);
                for (FreedomCategory c : FreedomCategory.values()) {
                  long sum = b.rows().values().stream().mapToLong(row -> row.get(c)).sum();
                  assertEquals(total.get(c), sum, name + " " + c);
                }
              }
              for (CategoryCounts row : r.balanceBreakdown("byProfile").rows().values()) {
                for (FreedomCategory c : FreedomCategory.values()) {
                  assertTrue(row.get(c) <= total.get(c));
                }
              }
              assertEquals(total.get(FreedomCategory.DECEASED), r.deceasedInCustody() + r.deceasedOutOfCustody());
              r.flows().ifPresent(f -> {
                assertEquals(f.releases(), f.releasesTo().total());
                assertTrue(f.deathsInCustody() <= f.deaths());
                assertTrue(f.newlyRegistered() <= r.population());
              });
              long closed = 0;
              for (PersonView p : v.view().people().toList()) {
                closed += p.appliedEvents().stream().filter(e -> e.type() == io.github.vigil.core.EventType.CASE_CLOSED).count();
              }
              assertEquals(closed, r.caseOutcomes().values().stream().mapToLong(Long::longValue).sum());
              for (DurationSummary d : r.durations().values()) {
                long buckets = 0;
                for (DurationBucket b : DurationBucket.values()) {
                  buckets += d.bucketCount(b);
                }
                assertEquals(d.people(), buckets, d.kind().name());
                assertTrue(d.approximate() <= d.people());
              }
              assertEquals(r.deprivedOfLiberty(), r.duration(DurationKind.DEPRIVED_OF_LIBERTY).people());
              assertEquals(r.deprivedOfLibertyWithoutConviction(), r.duration(DurationKind.WITHOUT_CONVICTION).people());
              assertEquals(total.get(FreedomCategory.RELEASE_PENDING), r.duration(DurationKind.RELEASE_PENDING).people());
              assertEquals(total.get(FreedomCategory.WHEREABOUTS_UNKNOWN), r.duration(DurationKind.WHEREABOUTS_UNKNOWN).people());
              assertEquals(total.get(FreedomCategory.CONDITIONAL), r.duration(DurationKind.UNDER_MEASURES).people());
            });
  }

  @Test
  void eachDurationLiesBetweenZeroAndTheDaysSinceThePersonsFirstEvent() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              RegistryView view = v.view();
              ReportOptions options = options(v);
              for (PersonView p : view.people().toList()) {
                if (p.appliedEvents().isEmpty()) {
                  continue;
                }
                long bound = view.asOf().toEpochDay() - p.appliedEvents().get(0).date().toEpochDay();
                FreedomReport one = FreedomReport.from(view, options, FreedomSummary.of(p, view, options));
                for (DurationSummary d : one.durations().values()) {
                  for (long days : d.days().keySet()) {
                    assertTrue(days >= 0 && days <= bound, p.id() + " " + d.kind() + ": " + days + " of " + bound);
                  }
                }
              }
            });
  }

  @Test
  void durationsGrowByExactlyOneDayPerDayWhileNothingHappens() {
    qt().withExamples(EXAMPLES)
        .forAll(Views.views())
        .checkAssert(
            v -> {
              LocalDate last =
                  v.registry().latestEventDate().orElse(v.view().asOf());
              for (var h : v.registry().detainees()) {
                for (Event e : v.registry().history(h.id()).orElseThrow().events()) {
                  last = e.recordedOn().isAfter(last) ? e.recordedOn() : last;
                }
              }
              // past the end of the year of every event: no approximate start is still clipped
              LocalDate first = last.plusDays(366 + Math.floorMod(v.seed(), 30));
              int days = 1 + Math.floorMod(v.seed(), 700);
              ReportOptions options = ReportOptions.builder().minCell(1).build();
              FreedomReport before = FreedomReport.of(v.registry().asOf(first), options);
              FreedomReport after = FreedomReport.of(v.registry().asOf(first.plusDays(days)), options);
              for (DurationKind k : DurationKind.values()) {
                Map<Long, Long> shifted = new TreeMap<>();
                before.duration(k).days().forEach((d, n) -> shifted.put(d + days, n));
                assertEquals(shifted, after.duration(k).days(), k.name());
                assertEquals(before.duration(k).approximate(), after.duration(k).approximate());
              }
            });
  }
}
