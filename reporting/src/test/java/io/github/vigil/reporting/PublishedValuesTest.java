package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The checks of the published values built by hand, one field made wrong at a time from a
 * report that is right ({@link ClaimsReportTest}'s, with sources named); their lookups; and
 * the value semantics of the counts and series points they are made of.
 */
class PublishedValuesTest {
  private static PublishedReport report() {
    return PublishedReport.parse(ClaimsReportTest.report("sources", 1).toJson());
  }

  private static ImmutablePublishedReport.Builder from() {
    return ImmutablePublishedReport.builder().from(report());
  }

  private static String refused(Supplier<?> build) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, build::get).getMessage());
  }

  @Test
  void aReportBuiltWithAWrongFieldIsRefusedByItsRule() {
    assertEquals(report(), from().build());
    assertEquals("a count of the report must not be negative", refused(() -> from().population(-1).build()));
    assertEquals(
        "a count of releaseOrdersNotExecuted must not be negative",
        refused(() -> from().releaseOrdersNotExecuted(OptionalLong.of(-1)).build()));
    assertEquals(
        "a count of releaseOrderWaits must not be negative",
        refused(
            () ->
                from()
                    .releaseOrdersWaitingOver(
                        ImmutableMap.of(7, OptionalLong.of(-1), 30, OptionalLong.of(0), 90, OptionalLong.of(0)))
                    .build()));
    assertEquals(
        "releaseOrderWaits has a figure for each of [7, 30, 90] days",
        refused(
            () ->
                from()
                    .releaseOrdersWaitingOver(ImmutableMap.of(7, OptionalLong.of(0), 30, OptionalLong.of(0)))
                    .build()));
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertEquals(
          "releaseOrderWaits.medianDays must be a finite number of days, not negative",
          refused(
              () ->
                  from()
                      .releaseOrdersNotExecuted(OptionalLong.of(2))
                      .releaseOrderMedianDays(OptionalDouble.of(bad))
                      .build()));
    }
    assertEquals(
        "two breakdowns named byFacility",
        refused(() -> from().addBreakdowns(report().breakdown("byFacility")).build()));
    assertEquals(
        "a count of caseOutcomes must not be negative",
        refused(() -> from().caseOutcomes(ImmutableMap.of("ACQUITTED", -1L)).build()));
    Map<DurationKind, PublishedDurations> durations = new EnumMap<>(report().durations());
    PublishedDurations deprived =
        java.util.Objects.requireNonNull(durations.remove(DurationKind.DEPRIVED_OF_LIBERTY));
    assertEquals("durations has every kind", refused(() -> from().durations(durations).build()));
    durations.put(
        DurationKind.DEPRIVED_OF_LIBERTY,
        java.util.Objects.requireNonNull(report().durations().get(DurationKind.UNDER_MEASURES)));
    assertEquals(
        "durations.deprivedOfLiberty is of its kind", refused(() -> from().durations(durations).build()));
    assertEquals(DurationKind.DEPRIVED_OF_LIBERTY, deprived.kind());
    assertEquals("minCell must be at least 1: 0", refused(() -> from().minCell(0).build()));
  }

  @Test
  void aBreakdownAndAWaitAreLookedUpByName() {
    PublishedReport r = report();
    assertEquals("byRegion", r.breakdown("byRegion").name());
    assertEquals("no breakdown byNothing", refused(() -> r.breakdown("byNothing")));
    assertEquals(OptionalLong.of(0), r.releaseOrdersWaitingOver(30));
    assertEquals(
        "no figure for waits over 8 days; there are [7, 30, 90]", refused(() -> r.releaseOrdersWaitingOver(8)));
    PublishedBreakdown facilities = r.breakdown("byFacility");
    assertEquals(OptionalLong.of(1), facilities.cell("helicoide", FreedomCategory.DETAINED));
    assertEquals("byFacility has no such row", refused(() -> facilities.cell("nowhere", FreedomCategory.DETAINED)));
  }

  @Test
  void aBreakdownBuiltWithAWrongRowIsRefused() {
    ImmutableMap<FreedomCategory, OptionalLong> row =
        report().breakdown("byFacility").rows().get("helicoide");
    Map<FreedomCategory, OptionalLong> short_ = new EnumMap<>(row);
    short_.remove(FreedomCategory.DECEASED);
    assertEquals(
        "every row of byFacility must have every category",
        refused(() -> ImmutablePublishedBreakdown.builder().name("byFacility").putRows("x", ImmutableMap.copyOf(short_)).build()));
    Map<FreedomCategory, OptionalLong> negative = new EnumMap<>(row);
    negative.put(FreedomCategory.DECEASED, OptionalLong.of(-1));
    assertEquals(
        "a count of byFacility must not be negative",
        refused(() -> ImmutablePublishedBreakdown.builder().name("byFacility").putRows("x", ImmutableMap.copyOf(negative)).build()));
  }

  @Test
  void durationsBuiltWithAWrongFieldAreRefused() {
    PublishedDurations d =
        java.util.Objects.requireNonNull(report().durations().get(DurationKind.DEPRIVED_OF_LIBERTY));
    String negative = "a count of durations.deprivedOfLiberty must not be negative";
    assertEquals(negative, refused(() -> ImmutablePublishedDurations.builder().from(d).people(-1).build()));
    assertEquals(negative, refused(() -> ImmutablePublishedDurations.builder().from(d).approximate(-1).build()));
    assertEquals(
        negative, refused(() -> ImmutablePublishedDurations.builder().from(d).max(OptionalLong.of(-1)).build()));
    String quantile = "a quantile of durations.deprivedOfLiberty must be a finite number of days, not negative";
    assertEquals(
        quantile,
        refused(() -> ImmutablePublishedDurations.builder().from(d).lowerQuartile(OptionalDouble.of(-0.5)).build()));
    assertEquals(
        quantile,
        refused(() -> ImmutablePublishedDurations.builder().from(d).median(OptionalDouble.of(Double.NaN)).build()));
    assertEquals(
        quantile,
        refused(
            () ->
                ImmutablePublishedDurations.builder()
                    .from(d)
                    .upperQuartile(OptionalDouble.of(Double.POSITIVE_INFINITY))
                    .build()));
    Map<DurationBucket, OptionalLong> buckets = new EnumMap<>(d.buckets());
    buckets.put(DurationBucket.YEARS_2_OR_MORE, OptionalLong.of(-1));
    assertEquals(negative, refused(() -> ImmutablePublishedDurations.builder().from(d).buckets(buckets).build()));
    buckets.remove(DurationBucket.YEARS_2_OR_MORE);
    assertEquals(
        "durations.deprivedOfLiberty must have every bucket",
        refused(() -> ImmutablePublishedDurations.builder().from(d).buckets(buckets).build()));
  }

  @Test
  void countsAreEqualByTheirNumbersAndPrintedInReportOrder() {
    Map<FreedomCategory, Long> some = new EnumMap<>(FreedomCategory.class);
    some.put(FreedomCategory.FULL, 2L);
    some.put(FreedomCategory.DETAINED, 3L);
    CategoryCounts a = CategoryCounts.of(some);
    assertEquals(a, CategoryCounts.of(some));
    assertEquals(a.hashCode(), CategoryCounts.of(some).hashCode());
    assertNotEquals(a, CategoryCounts.one(FreedomCategory.FULL));
    assertNotEquals(a.hashCode(), CategoryCounts.one(FreedomCategory.FULL).hashCode());
    assertEquals(
        "{DETAINED=3, WHEREABOUTS_UNKNOWN=0, RELEASE_PENDING=0, HOUSE_ARREST=0, CONDITIONAL=0, FULL=2,"
            + " EXILED=0, DECEASED=0}",
        a.toString());
    some.put(FreedomCategory.EXILED, -1L);
    assertEquals("count of EXILED must not be negative: -1", refused(() -> CategoryCounts.of(some)));
  }

  @Test
  void seriesPointsAreEqualByTheirDatesCountsAndHiddenCells() {
    CategorySeries one = series(5);
    CategorySeries again = series(5);
    CategorySeries shown = series(1);
    assertEquals(one.points(), again.points());
    assertEquals(one.points().hashCode(), again.points().hashCode());
    CategorySeries.Point last = one.points().get(one.points().size() - 1);
    // the same dates and counts, other cells hidden
    CategorySeries.Point lastShown = shown.points().get(shown.points().size() - 1);
    assertEquals(last.counts(), lastShown.counts());
    assertNotEquals(last.hidden(), lastShown.hidden());
    assertNotEquals(last, lastShown);
    assertNotEquals(one.points().get(0), one.points().get(1));
    assertNotEquals(last, "a point");
    assertEquals(last.start() + ".." + last.asOf() + "=" + last.counts(), last.toString());
    assertEquals("CategorySeries{2025-01-01..2025-12-31, MONTH, 12 points}", one.toString());
    assertEquals(Optional.empty(), one.sources());
    CategorySeries fromOne =
        CategorySeries.of(
            ClaimsReportTest.registry().asOf(LocalDate.of(2026, 1, 15)).fromSources(java.util.Set.of(Source.of("official"))),
            LocalDate.of(2026, 1, 1),
            CategorySeries.Interval.WEEK);
    assertEquals(Optional.of(com.google.common.collect.ImmutableSet.of(Source.of("official"))), fromOne.sources());
  }

  @Test
  void durationsFallInTheirBucketsAtTheEdges() {
    LocalDate start = LocalDate.of(2025, 1, 1);
    assertEquals(DurationBucket.UNDER_30_DAYS, DurationBucket.of(start, start.plusDays(29)));
    assertEquals(DurationBucket.DAYS_30_TO_179, DurationBucket.of(start, start.plusDays(30)));
    assertEquals(DurationBucket.DAYS_30_TO_179, DurationBucket.of(start, start.plusDays(179)));
    assertEquals(DurationBucket.DAYS_180_TO_364, DurationBucket.of(start, start.plusDays(180)));
    assertEquals(DurationBucket.DAYS_180_TO_364, DurationBucket.of(start, start.plusYears(1).minusDays(1)));
    assertEquals(DurationBucket.YEARS_1_TO_2, DurationBucket.of(start, start.plusYears(1)));
  }

  @Test
  void theQuantilesAtZeroAndOneAreTheShortestAndLongest() {
    DurationSummary d = ClaimsReportTest.report("sources", 1).duration(DurationKind.DEPRIVED_OF_LIBERTY);
    assertEquals(OptionalDouble.of((double) d.days().firstKey()), d.quantile(0));
    assertEquals(OptionalDouble.of((double) d.max().orElseThrow()), d.quantile(1));
    assertEquals("p must be in [0, 1]: 1.5", refused(() -> d.quantile(1.5)));
    assertEquals("p must be in [0, 1]: -0.5", refused(() -> d.quantile(-0.5)));
    assertEquals("DurationSummary{DEPRIVED_OF_LIBERTY, people=3}", d.toString());
  }

  @Test
  @SuppressWarnings("NullAway") // a start left out, as a caller without NullAway may
  void aBreakdownRowAndASeriesWithoutItsStartAreRefusedByName() {
    FreedomReport r = ClaimsReportTest.report("sources", 1);
    Breakdown facilities = r.byFacility();
    assertEquals(
        "byFacility has no row nowhere", refused(() -> facilities.row("nowhere")));
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                CategorySeries.of(
                    mixed().asOf(LocalDate.of(2025, 12, 31)),
                    null,
                    CategorySeries.Interval.MONTH,
                    io.github.vigil.conditions.ClassificationPolicy.standard(),
                    1));
    assertEquals("from", e.getMessage());
    CategorySeries.Point first = series(1).points().get(1);
    CategorySeries.Point second = series(1).points().get(2);
    assertNotEquals(first.hashCode(), second.hashCode());
  }

  private static io.github.vigil.core.Registry mixed() {
    return io.github.vigil.io.RegistryReader.read(ConformanceTest.ROOT.resolve("mixed")).registry();
  }

  private static CategorySeries series(int minCell) {
    return CategorySeries.of(
        mixed().asOf(LocalDate.of(2025, 12, 31)),
        LocalDate.of(2025, 1, 1),
        CategorySeries.Interval.MONTH,
        io.github.vigil.conditions.ClassificationPolicy.standard(),
        minCell);
  }
}
