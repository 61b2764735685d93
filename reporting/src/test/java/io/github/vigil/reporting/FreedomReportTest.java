package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Affiliation;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.DisclosureAudit;
import io.github.vigil.reporting.disclosure.Suppression;
import io.github.vigil.reporting.disclosure.TableCell;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples of the figures' definitions. */
class FreedomReportTest {
  private static final FacilityId A = FacilityId.of("a");
  private static final FacilityId B = FacilityId.of("b");
  private static final DetaineeId P = DetaineeId.of("p");
  private static final DetaineeId Q = DetaineeId.of("q");
  private static final DetaineeId R = DetaineeId.of("r");

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static Registry registry() {
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.of(A, FacilityKind.PRISON))
            .withFacility(Facility.of(B, FacilityKind.POLICE))
            .withFacility(Facility.of(FacilityId.of("c"), FacilityKind.OTHER))
            .withDetainee(Detainee.builder().id(P).affiliation(Affiliation.MILITARY).build())
            .withDetainee(Detainee.of(Q))
            .withDetainee(Detainee.of(R));
    // p: arrested, released, rearrested, exiled, rearrested, convicted
    r = r.withEvent(P, Event.of(EventType.ARREST, d("2025-01-01"), A));
    r = r.withEvent(P, Event.of(EventType.RELEASE, d("2025-02-01")));
    r = r.withEvent(P, Event.of(EventType.ARREST, d("2025-03-01"), B));
    r = r.withEvent(P, Event.of(EventType.EXILE, d("2025-04-01")));
    r = r.withEvent(P, Event.of(EventType.ARREST, d("2025-05-01"), B));
    r = r.withEvent(P, Event.of(EventType.CONVICTION, d("2025-05-02")));
    // q: arrested at a, released under house arrest; approximate date
    r = r.withEvent(
        Q, Event.builder().type(EventType.ARREST).date(d("2025-01-15")).facility(A).precision(DatePrecision.MONTH).build());
    r = r.withEvent(Q, Event.of(EventType.RELEASE, d("2025-04-15"), Measure.of(MeasureType.HOUSE_ARREST)));
    // r: arrest reported by the family only, then a release reported by an ngo
    r = r.withEvent(
        R, Event.builder().type(EventType.ARREST).date(d("2025-01-20")).facility(B).source(Source.of("family")).build());
    r = r.withEvent(
        R,
        Event.builder()
            .type(EventType.RELEASE)
            .date(d("2025-03-20"))
            .source(Source.of("ngo"))
            .precision(DatePrecision.YEAR)
            .build());
    return r;
  }

  @Test
  void rearrestsCountEventsAndFlowsSplitFirstArrestsFromRearrests() {
    FreedomReport r =
        FreedomReport.of(
            registry().asOf(d("2025-06-01")),
            ReportOptions.builder().since(d("2025-01-10")).minCell(1).build());
    assertEquals(3, r.population());
    assertEquals(2, r.rearrests());
    Flows f = r.flows().orElseThrow();
    assertEquals(2, f.arrests()); // q and r; p's first arrest is on the 'since' date's side
    assertEquals(2, f.rearrests());
    assertEquals(3, f.releases());
    assertEquals(1, f.exiles());
    assertEquals(0, f.deaths());
  }

  @Test
  void convictedPeopleAreNotCountedAsDeprivedWithoutConviction() {
    FreedomReport r = FreedomReport.of(registry().asOf(d("2025-06-01")));
    assertEquals(1, r.categories().get(FreedomCategory.DETAINED));
    assertEquals(1, r.categories().get(FreedomCategory.HOUSE_ARREST));
    assertEquals(1, r.categories().get(FreedomCategory.CONDITIONAL));
    assertEquals(2, r.deprivedOfLiberty());
    assertEquals(1, r.deprivedOfLibertyWithoutConviction());
  }

  @Test
  void aPolicyCanGroupHouseArrestAtLiberty() {
    ReportOptions options =
        ReportOptions.builder()
            .policy(ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).build())
            .build();
    FreedomReport r = FreedomReport.of(registry().asOf(d("2025-06-01")), options);
    assertEquals(1, r.deprivedOfLiberty());
    assertEquals(2, r.atLiberty());
    assertEquals(0, r.deprivedOfLibertyWithoutConviction());
  }

  @Test
  void peopleAreCountedUnderTheFacilityWhereTheyWereLastHeld() {
    FreedomReport r =
        FreedomReport.of(registry().asOf(d("2025-06-01")), ReportOptions.builder().minCell(1).build());
    Breakdown b = r.byFacility();
    assertEquals(List.of("a", "b", "c"), List.copyOf(b.rows().keySet()));
    assertEquals(1, b.row("a").get(FreedomCategory.HOUSE_ARREST));
    assertEquals(1, b.row("b").get(FreedomCategory.DETAINED));
    assertEquals(1, b.row("b").get(FreedomCategory.CONDITIONAL));
    assertEquals(0, b.row("c").total());
    assertEquals(1, r.byAffiliation().row("MILITARY").total());
    assertEquals(2, r.byAffiliation().row("UNKNOWN").total());
  }

  @Test
  void skippedAndApproximateEventsAreCountedForEveryoneTheViewSees() {
    FreedomReport r =
        FreedomReport.of(
            registry().asOf(d("2025-06-01")).fromSources(Set.of(Source.of("ngo"))));
    assertEquals(0, r.population());
    assertEquals(1, r.skippedEvents()); // r's release, without the arrest
    assertEquals(1, r.approximateDates()); // r's release, dated to the year
    FreedomReport all = FreedomReport.of(registry().asOf(d("2025-06-01")));
    assertEquals(0, all.skippedEvents());
    assertEquals(2, all.approximateDates());
  }

  @Test
  void aSmallCellIsHiddenButTheTotalsAreNot() {
    FreedomReport r = FreedomReport.of(registry().asOf(d("2025-06-01")));
    Breakdown b = r.byFacility();
    assertEquals(5, b.minCell());
    assertEquals(true, b.cell("a", FreedomCategory.HOUSE_ARREST).isEmpty());
    assertEquals(true, b.isHidden("a", FreedomCategory.HOUSE_ARREST));
    // facility c holds nobody: its zeros tell nothing and are shown
    assertEquals(0, b.cell("c", FreedomCategory.DETAINED).getAsLong());
    assertEquals(1, r.categories().get(FreedomCategory.HOUSE_ARREST));
    assertThrows(IllegalArgumentException.class, () -> b.cell("nowhere", FreedomCategory.FULL));
    assertTrue(r.disclosureAudit().passed());
  }

  /**
   * Ten people, four of them foreign: one held, one held incommunicado, one with a release order
   * not executed, one conditionally free; the six others fully free.
   */
  private static Registry tenPeople() {
    Registry r = Registry.empty().withCountry("VE").withFacility(Facility.of(A, FacilityKind.PRISON));
    for (int i = 0; i < 10; i++) {
      DetaineeId id = DetaineeId.of("p" + i);
      r = r.withDetainee(Detainee.builder().id(id).nationality(i < 4 ? "CO" : "VE").build());
      r = r.withEvent(id, Event.of(EventType.ARREST, d("2025-01-01"), A));
      switch (i) {
        case 0 -> {}
        case 1 -> r = r.withEvent(id, Event.of(EventType.WHEREABOUTS_UNKNOWN, d("2025-02-01")));
        case 2 -> r = r.withEvent(id, Event.of(EventType.RELEASE_ORDER, d("2025-02-01")));
        case 3 -> r = r.withEvent(id, Event.of(EventType.RELEASE, d("2025-02-01"), Measure.of(MeasureType.SPEECH_BAN)));
        default -> {
          r = r.withEvent(id, Event.of(EventType.RELEASE, d("2025-02-01")));
          r = r.withEvent(id, Event.of(EventType.CASE_CLOSED, d("2025-03-01")));
        }
      }
    }
    return r;
  }

  @Test
  void theForeignNationalsOfASmallRegistryNoLongerLeak() {
    FreedomReport r = FreedomReport.of(tenPeople().asOf(d("2025-06-01")));
    assertEquals(6, r.categories().get(FreedomCategory.FULL));
    assertEquals(4, r.byVulnerableGroup().row("FOREIGN_NATIONAL").total());
    // before: <5 <5 <5 0 <5 0 0 0 with 4 foreigners and 1 person in each of those categories:
    // each foreigner's category is worked out
    Set<TableCell> smallOnly = new LinkedHashSet<>();
    for (CountTable t : r.suppression().tables().tables()) {
      for (int row = 0; row < t.rowKeys().size(); row++) {
        for (int c = 0; c < t.columnKeys().size(); c++) {
          if (t.count(row, c) > 0 && t.count(row, c) < 5) {
            smallOnly.add(new TableCell(t.name(), t.rowKeys().get(row), t.columnKeys().get(c)));
          }
        }
      }
    }
    DisclosureAudit before = DisclosureAudit.of(Suppression.of(r.suppression().tables(), smallOnly));
    assertFalse(before.passed());
    assertTrue(
        before.failures().stream()
            .anyMatch(c -> c.cell().equals(new TableCell("byVulnerableGroup", "FOREIGN_NATIONAL", "WHEREABOUTS_UNKNOWN"))),
        before.toString());
    // now: the row of four is hidden whole, zeros too, except where nobody at all is counted
    for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
      assertEquals(
          r.categories().get(c) > 0, r.byVulnerableGroup().isHidden("FOREIGN_NATIONAL", c), c.name());
    }
    assertTrue(r.disclosureAudit().passed(), r.disclosureAudit().toString());
    String text = r.render(ReportFormat.TEXT, Language.EN);
    assertTrue(
        java.util.regex.Pattern.compile("\nForeign nationals +x +x +x +0 +x +x +0 +0\n").matcher(text).find(), text);
  }

  @Test
  void theStatusesOnDatesMustAscend() {
    assertThrows(
        IllegalArgumentException.class,
        () -> registry().asOf(d("2025-06-01")).statusesOn(List.of(d("2025-02-01"), d("2025-01-01"))));
  }
}
