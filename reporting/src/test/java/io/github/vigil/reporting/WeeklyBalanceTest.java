package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.core.VulnerableGroup;
import io.github.vigil.reporting.disclosure.TableCell;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples of each figure of the weekly balance, on eight people whose every duration is known. */
class WeeklyBalanceTest {
  private static final LocalDate D = LocalDate.parse("2026-01-10");
  private static final LocalDate S = LocalDate.parse("2026-01-01");
  private static final FacilityId MIRANDA = FacilityId.of("rodeo");
  private static final FacilityId ARAGUA = FacilityId.of("tocoron");

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static DetaineeId id(String s) {
    return DetaineeId.of(s);
  }

  /**
   * A: a woman of 75, dual national, journalist, held since 2023-01-10 (SEBIN). B: held since
   * 2025-12-01 (DGCIM), release ordered 2026-01-02. C: a foreigner arrested in June 2025 (known to
   * the month; registered on 2026-01-03), whereabouts unknown since 2025-12-20. D: released on
   * 2025-10-01 under court appearances. E: convicted, died in custody on 2026-01-02. F: released,
   * pardoned, died at liberty. G: held and convicted since 2025. H: sent home under house arrest on
   * 2026-01-05 after an arrest on 2025-11-01.
   */
  static Registry registry() {
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.builder().id(MIRANDA).kind(FacilityKind.PRISON).region("Miranda").build())
            .withFacility(Facility.builder().id(ARAGUA).kind(FacilityKind.PRISON).region("Aragua").build())
            .withDetainee(
                Detainee.builder().id(id("A")).gender(Gender.F).birthDate(d("1950-03-01"))
                    .nationality("VE").addOtherNationalities("ES").addProfiles(Profile.JOURNALIST).build())
            .withDetainee(
                Detainee.builder().id(id("B")).gender(Gender.M).birthDate(d("2000-01-01")).nationality("VE").build())
            .withDetainee(Detainee.builder().id(id("C")).nationality("CO").build())
            .withDetainee(Detainee.builder().id(id("D")).gender(Gender.M).nationality("VE").build());
    for (String p : List.of("E", "F", "G", "H")) {
      r = r.withDetainee(Detainee.of(id(p)));
    }
    r = r.withEvent(id("A"), Event.builder().type(EventType.ARREST).date(d("2023-01-10")).facility(MIRANDA).agency("SEBIN").build());
    r = r.withEvent(id("B"), Event.builder().type(EventType.ARREST).date(d("2025-12-01")).facility(ARAGUA).agency("DGCIM").build());
    r = r.withEvent(id("B"), Event.of(EventType.RELEASE_ORDER, d("2026-01-02")));
    r = r.withEvent(
        id("C"),
        Event.builder().type(EventType.ARREST).date(d("2025-06-15")).precision(DatePrecision.MONTH)
            .recordedOn(d("2026-01-03")).facility(MIRANDA).build());
    r = r.withEvent(id("C"), Event.builder().type(EventType.WHEREABOUTS_UNKNOWN).date(d("2025-12-20")).recordedOn(d("2026-01-03")).build());
    r = r.withEvent(id("D"), Event.builder().type(EventType.ARREST).date(d("2024-01-05")).facility(ARAGUA).agency("PNB").build());
    r = r.withEvent(id("D"), Event.of(EventType.RELEASE, d("2025-10-01"), Measure.courtAppearance(Period.ofDays(15))));
    r = r.withEvent(id("E"), Event.of(EventType.ARREST, d("2024-02-01"), MIRANDA));
    r = r.withEvent(id("E"), Event.of(EventType.CONVICTION, d("2024-06-01")));
    r = r.withEvent(id("E"), Event.of(EventType.DEATH, d("2026-01-02")));
    r = r.withEvent(id("F"), Event.of(EventType.ARREST, d("2024-01-01"), MIRANDA));
    r = r.withEvent(id("F"), Event.of(EventType.RELEASE, d("2024-03-01")));
    r = r.withEvent(id("F"), Event.builder().type(EventType.CASE_CLOSED).date(d("2024-04-01")).outcome(CaseOutcome.PARDON).build());
    r = r.withEvent(id("F"), Event.of(EventType.DEATH, d("2025-12-31")));
    r = r.withEvent(id("G"), Event.of(EventType.ARREST, d("2025-01-01"), MIRANDA));
    r = r.withEvent(id("G"), Event.of(EventType.CONVICTION, d("2025-05-01")));
    r = r.withEvent(id("H"), Event.of(EventType.ARREST, d("2025-11-01"), ARAGUA));
    r = r.withEvent(id("H"), Event.of(EventType.RELEASE, d("2026-01-05"), Measure.of(MeasureType.HOUSE_ARREST)));
    return r;
  }

  private static FreedomReport report(int minCell) {
    return FreedomReport.of(registry().asOf(D), ReportOptions.builder().since(S).minCell(minCell).build());
  }

  private static void assertQuartiles(DurationSummary s, double q1, double median, double q3, long max) {
    assertEquals(OptionalDouble.of(q1), s.lowerQuartile(), s.toString());
    assertEquals(OptionalDouble.of(median), s.median(), s.toString());
    assertEquals(OptionalDouble.of(q3), s.upperQuartile(), s.toString());
    assertEquals(max, s.max().orElseThrow());
  }

  @Test
  void durationsAreCountedFromTheDatesTheStatusKeepsAndApproximateStartsFromTheEndOfTheirMonth() {
    FreedomReport r = report(1);
    DurationSummary deprived = r.duration(DurationKind.DEPRIVED_OF_LIBERTY);
    // H 5 (house arrest since 2026-01-05), B 40, C 194 (June 2025 counted from its 30th), G 374, A 1096
    assertEquals(List.of(5L, 40L, 194L, 374L, 1096L), List.copyOf(deprived.days().keySet()));
    assertEquals(1, deprived.approximate());
    assertQuartiles(deprived, 40, 194, 374, 1096);
    for (DurationBucket b : DurationBucket.values()) {
      assertEquals(1, deprived.bucketCount(b), b.name());
    }
    DurationSummary withoutConviction = r.duration(DurationKind.WITHOUT_CONVICTION);
    // G and E are convicted; H's case opened with her arrest on 2025-11-01
    assertEquals(List.of(40L, 70L, 194L, 1096L), List.copyOf(withoutConviction.days().keySet()));
    // R: quantile(c(40, 70, 194, 1096), c(.25, .5, .75), type = 7) gives 62.5 132 419.5
    assertQuartiles(withoutConviction, 62.5, 132, 419.5, 1096);
    assertEquals(List.of(8L), List.copyOf(r.duration(DurationKind.RELEASE_PENDING).days().keySet()));
    assertEquals(List.of(21L), List.copyOf(r.duration(DurationKind.WHEREABOUTS_UNKNOWN).days().keySet()));
    assertEquals(0, r.duration(DurationKind.WHEREABOUTS_UNKNOWN).approximate());
    assertEquals(List.of(101L), List.copyOf(r.duration(DurationKind.UNDER_MEASURES).days().keySet()));
  }

  @Test
  void quartilesAgreeWithRsDefaultQuantiles() {
    // R 4: quantile(c(0,3,3,7,12,40,41,200,365,366,800), c(.25,.5,.75), type = 7) gives 5 40 282.5;
    // quantile(c(5,9,10,22), ...) gives 8 9.5 13
    java.util.TreeMap<Long, Long> days = new java.util.TreeMap<>();
    for (long x : new long[] {0, 3, 3, 7, 12, 40, 41, 200, 365, 366, 800}) {
      days.merge(x, 1L, Long::sum);
    }
    var suppression = BalanceTables.durationSuppression(new BalanceCounts(), 1);
    DurationSummary s = new DurationSummary(DurationKind.DEPRIVED_OF_LIBERTY, days, 0, new long[5], suppression, 0);
    assertQuartiles(s, 5, 40, 282.5, 800);
    days.clear();
    for (long x : new long[] {5, 9, 10, 22}) {
      days.merge(x, 1L, Long::sum);
    }
    s = new DurationSummary(DurationKind.DEPRIVED_OF_LIBERTY, days, 0, new long[5], suppression, 0);
    assertQuartiles(s, 8, 9.5, 13, 22);
    assertThrows(IllegalArgumentException.class, () -> new DurationSummary(DurationKind.DEPRIVED_OF_LIBERTY, java.util.Map.of(1L, 1L), 0, new long[5], suppression, 0).quantile(1.5));
  }

  @Test
  void yearsAreCalendarYears() {
    assertEquals(DurationBucket.YEARS_1_TO_2, DurationBucket.of(d("2024-02-29"), d("2025-02-28").plusDays(1)));
    assertEquals(DurationBucket.DAYS_180_TO_364, DurationBucket.of(d("2024-01-10"), d("2025-01-09")));
    assertEquals(DurationBucket.YEARS_2_OR_MORE, DurationBucket.of(d("2024-01-10"), d("2026-01-10")));
    assertEquals(DurationBucket.DAYS_30_TO_179, DurationBucket.of(d("2024-01-10"), d("2024-02-09")));
    assertEquals(DurationBucket.UNDER_30_DAYS, DurationBucket.of(d("2024-01-10"), d("2024-02-08")));
  }

  @Test
  void theBreakdownsCountRegionAgencyGenderAgeNationalityAndProfile() {
    FreedomReport r = report(1);
    assertEquals(List.of("Aragua", "Miranda"), r.balanceBreakdown("byRegion").rows().keySet().asList());
    assertEquals(1, r.balanceBreakdown("byRegion").row("Aragua").get(FreedomCategory.HOUSE_ARREST));
    assertEquals(2, r.balanceBreakdown("byRegion").row("Miranda").get(FreedomCategory.DECEASED));
    Breakdown agency = r.balanceBreakdown("byAgency");
    assertEquals(List.of("DGCIM", "PNB", "SEBIN", "UNKNOWN"), agency.rows().keySet().asList());
    assertEquals(1, agency.row("PNB").get(FreedomCategory.CONDITIONAL));
    assertEquals(2, agency.row("UNKNOWN").get(FreedomCategory.DETAINED) + agency.row("SEBIN").get(FreedomCategory.DETAINED));
    Breakdown gender = r.balanceBreakdown("byGender");
    assertEquals(List.of("F", "M", "X", "NOT_STATED"), gender.rows().keySet().asList());
    assertEquals(1, gender.row("F").total());
    assertEquals(5, gender.row("NOT_STATED").total());
    Breakdown age = r.balanceBreakdown("byAgeBand");
    assertEquals(List.of("0-17", "18-59", "60-69", "70+", "UNKNOWN"), age.rows().keySet().asList());
    assertEquals(1, age.row("70+").get(FreedomCategory.DETAINED));
    assertEquals(1, age.row("18-59").get(FreedomCategory.RELEASE_PENDING));
    Breakdown nationality = r.balanceBreakdown("byNationality");
    assertEquals(1, nationality.row("DUAL").get(FreedomCategory.DETAINED));
    assertEquals(1, nationality.row("FOREIGN").get(FreedomCategory.WHEREABOUTS_UNKNOWN));
    assertEquals(2, nationality.row("NATIONAL").total());
    assertEquals(4, nationality.row("UNKNOWN").total());
    assertEquals(1, r.balanceBreakdown("byProfile").row("JOURNALIST").get(FreedomCategory.DETAINED));
    assertThrows(IllegalArgumentException.class, () -> r.balanceBreakdown("byFacility"));
  }

  @Test
  void ageBandsAndTheVulnerableGroupsAreConfigurable() {
    ReportOptions options =
        ReportOptions.builder().ageBands(List.of(70)).elderlyAge(70)
            .vulnerableGroups(Set.of(VulnerableGroup.ELDERLY)).build();
    FreedomReport r = FreedomReport.of(registry().asOf(D), options);
    assertEquals(List.of("0-69", "70+", "UNKNOWN"), r.balanceBreakdown("byAgeBand").rows().keySet().asList());
    assertEquals(List.of("ELDERLY"), r.byVulnerableGroup().rows().keySet().asList());
    assertEquals(1, r.byVulnerableGroup().row("ELDERLY").total());
    assertTrue(r.render(ReportFormat.TEXT, Language.EN).contains("Elderly (70 or over)"));
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().ageBands(List.of(60, 18)).build());
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().ageBands(List.of(0)).build());
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().elderlyAge(18).build());
  }

  @Test
  void flowsCountReleasesByWhereTheyLandDeathsInCustodyAndPeopleNewlyRegistered() {
    Flows f = report(1).flows().orElseThrow();
    assertEquals(1, f.releases());
    assertEquals(1, f.releasesTo().get(FreedomCategory.HOUSE_ARREST));
    assertEquals(1, f.releasesTo().total());
    assertEquals(1, f.deaths()); // E on 2026-01-02; F died on 2025-12-31, before the period
    assertEquals(1, f.deathsInCustody());
    assertEquals(1, f.newlyRegistered()); // C, arrested in June, registered on 2026-01-03
  }

  @Test
  void deathsSplitInAndOutOfCustodyAndOutcomesAreCounted() {
    FreedomReport r = report(1);
    assertEquals(1, r.deceasedInCustody());
    assertEquals(1, r.deceasedOutOfCustody());
    assertEquals(1L, r.caseOutcomes().get("PARDON"));
    assertEquals(0L, r.caseOutcomes().get("ACQUITTED"));
    assertEquals(1, r.releasedNotFree()); // D
  }

  @Test
  void everyFigureIsInTheJsonAndTheCsv() throws Exception {
    FreedomReport r = report(1);
    JsonNode json = new ObjectMapper().readTree(r.toJson());
    assertEquals(1, json.get("groups").get("releasedNotFree").asInt());
    assertEquals(0, json.get("groups").get("free").asInt());
    assertEquals(1, json.get("deceased").get("inCustody").asInt());
    assertEquals(1, json.get("caseOutcomes").get("PARDON").asInt());
    assertEquals(194, json.get("durations").get("deprivedOfLiberty").get("median").asInt());
    assertEquals(62.5, json.get("durations").get("withoutConviction").get("lowerQuartile").asDouble());
    assertEquals(1, json.get("durations").get("deprivedOfLiberty").get("buckets").get("YEARS_2_OR_MORE").asInt());
    assertEquals(1, json.get("flows").get("releasesTo").get("HOUSE_ARREST").asInt());
    assertEquals(1, json.get("flows").get("newlyRegistered").asInt());
    assertEquals(1, json.get("byProfile").get("JOURNALIST").get("DETAINED").asInt());
    assertTrue(json.get("groups").has("atLiberty")); // version 1's key stays
    String csv = r.render(ReportFormat.CSV, Language.EN);
    assertTrue(csv.contains("\ndurations,withoutConviction,lowerQuartile,Q1,62.5,false\n"), csv);
    assertTrue(csv.contains("\ncaseOutcomes,PARDON,,Pardoned (not an acquittal),1,false\n"), csv);
    assertTrue(csv.contains("\nflows,newlyRegistered,,"), csv);
    assertTrue(csv.contains("\nfigure,deceasedInCustody,,Died in custody or under house arrest,1,false\n"), csv);
  }

  @Test
  void noLabelCallsAPersonUnderMeasuresFreeAndRearrestsAreNotNewArrests() {
    for (Language l : Language.values()) {
      for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
        String text = report(1).render(f, l);
        assertFalse(text.contains("At liberty"), text);
        assertFalse(java.util.regex.Pattern.compile("En libertad(?! plena)").matcher(text).find(), text);
        assertFalse(text.contains("Conditional freedom"), text);
        assertFalse(text.contains("Nuevas detenciones"), text);
      }
    }
    String es = report(1).render(ReportFormat.TEXT, Language.ES);
    assertTrue(es.contains("Indulto (no es una absolución)"), es);
    assertTrue(es.contains("de las personas privadas de libertad"), es);
    assertTrue(es.contains("Nuevas aprehensiones de personas ya excarceladas o exiliadas"), es);
    String en = report(1).render(ReportFormat.TEXT, Language.EN);
    assertTrue(en.contains("% of those deprived of liberty"), en);
    assertTrue(en.contains("Pardoned (not an acquittal)"), en);
  }

  @Test
  void statisticsOfFewerPeopleThanTheMinimumCellAreHidden() {
    FreedomReport r = report(5);
    assertTrue(r.duration(DurationKind.DEPRIVED_OF_LIBERTY).median().isPresent());
    assertFalse(r.duration(DurationKind.WITHOUT_CONVICTION).median().isPresent());
    assertFalse(r.duration(DurationKind.RELEASE_PENDING).max().isPresent());
    assertTrue(r.duration(DurationKind.DEPRIVED_OF_LIBERTY).bucket(DurationBucket.YEARS_2_OR_MORE).isEmpty());
    assertTrue(r.durationAudit().passed(), r.durationAudit().toString());
    assertTrue(r.disclosureAudit().passed(), r.disclosureAudit().toString());
    assertTrue(r.toJson().contains("\"median\":null"));
    // the audit reads the hidden buckets from the JSON: exactly those the suppression hid
    Set<TableCell> audited = new HashSet<>();
    r.durationAudit().cells().forEach(c -> audited.add(c.cell()));
    assertFalse(audited.isEmpty());
    assertEquals(r.durationSuppression().hiddenCells(), audited);
  }

  @Test
  void aRegionIsPrintedOnOneLineWithoutControlCharacters() {
    Registry r =
        registry()
            .withFacility(
                Facility.builder().id(FacilityId.of("odd")).kind(FacilityKind.OTHER)
                    .region("Mi\nranda\u001b[2J").build());
    r = r.withDetainee(Detainee.of(id("Z"))).withEvent(id("Z"), Event.of(EventType.ARREST, d("2025-01-01"), FacilityId.of("odd")));
    String text = FreedomReport.of(r.asOf(D), ReportOptions.builder().minCell(1).build()).render(ReportFormat.TEXT, Language.EN);
    assertTrue(text.contains("\nMi?randa?[2J "), text);
    assertFalse(text.contains("\u001b"), text);
  }

  @Test
  void theAgeOfAPersonMovesThemAcrossBandsOnTheirBirthday() {
    // A turns 76 on 2026-03-01 and stays in 70+; B (born 2000) is in 18-59 until 2060
    assertEquals(76, Period.between(d("1950-03-01"), d("2026-03-01")).getYears());
    AgeBands bands = AgeBands.of(AgeBands.DEFAULT);
    assertEquals(0, bands.band(-1));
    assertEquals(0, bands.band(17));
    assertEquals(1, bands.band(18));
    assertEquals(2, bands.band(60));
    assertEquals(3, bands.band(70));
    assertEquals("70+", bands.key(3));
  }
}
