package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Origin;
import io.github.vigil.core.EventType;
import io.github.vigil.core.History;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.internal.LoadResult;
import io.github.vigil.core.internal.RegistryLoader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VigilGenProperties {
  @Test
  void everyGeneratedHistoryIsValidAndStartsWithAnArrest() {
    qt().forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              assertFalse(h.isEmpty());
              assertEquals(EventType.ARREST, h.events().get(0).type());
              assertEquals(h, History.of(h.detainee(), h.events()));
            });
  }

  @Test
  void historiesReachEveryEventType() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    qt().withExamples(400).forAll(VigilGen.histories())
        .checkAssert(h -> h.events().forEach(e -> seen.add(e.type())));
    assertEquals(EnumSet.allOf(EventType.class), seen);
  }

  @Test
  void measuresCoverEveryCodeAndAreComplete() {
    Set<MeasureType> seen = EnumSet.noneOf(MeasureType.class);
    qt().withExamples(300).forAll(VigilGen.measures())
        .checkAssert(
            m -> {
              assertTrue(m.isComplete());
              assertEquals(m, Measure.parse(m.code()));
              seen.add(m.type());
            });
    assertEquals(EnumSet.allOf(MeasureType.class), seen);
  }

  @Test
  void measureListsHaveDistinctCodes() {
    qt().forAll(VigilGen.measureLists())
        .checkAssert(
            l -> assertEquals(l.size(), l.stream().map(Measure::type).distinct().count()));
  }

  @Test
  void registriesHoldOnlyValidHistoriesOverTheirOwnFacilities() {
    qt().withExamples(100).forAll(VigilGen.registries())
        .checkAssert(
            r -> {
              for (var d : r.detainees()) {
                History h = r.history(d.id()).orElseThrow();
                assertEquals(h, History.of(d.id(), h.events()));
                for (Event e : h.events()) {
                  e.facility().ifPresent(f -> assertTrue(r.facility(f).isPresent()));
                }
              }
            });
  }

  @Test
  void eventsAreWellFormed() {
    qt().forAll(VigilGen.events())
        .checkAssert(e -> assertFalse(e.recordedOn().isBefore(e.date())));
  }

  @Test
  void invalidRowsCoverManyDefectsAndKeepTheirNote() {
    Set<String> defects = new HashSet<>();
    qt().withExamples(400).forAll(VigilGen.invalidEventRows())
        .checkAssert(
            r -> {
              defects.add(r.defect());
              assertFalse(r.toString().contains(r.note()));
              assertEquals(9, List.copyOf(r.columns().keySet()).size());
            });
    assertTrue(defects.size() >= 15, "defects seen: " + defects);
  }

  @Test
  void everyInvalidRowIsRefusedByTheCoresOwnChecks() {
    qt().forAll(VigilGen.invalidEventRows())
        .checkAssert(row -> assertTrue(refused(row), row::toString));
  }

  /** Reads the row as a careful reader would, with the core's parsers, and loads it alone. */
  private static boolean refused(InvalidEventRow row) {
    Event event;
    DetaineeId id;
    try {
      id = DetaineeId.of(row.get("detainee_id"));
      Event.Builder b =
          Event.builder().type(EventType.valueOf(row.get("type"))).date(LocalDate.parse(row.get("date")));
      if (!row.get("facility_id").isEmpty()) {
        b.facility(FacilityId.of(row.get("facility_id")));
      }
      b.addAllMeasures(Measures.parse(row.get("measures")));
      if (!row.get("recorded_on").isEmpty()) {
        b.recordedOn(LocalDate.parse(row.get("recorded_on")));
      }
      if (!row.get("date_precision").isEmpty()) {
        b.precision(DatePrecision.valueOf(row.get("date_precision")));
      }
      event = b.build();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      assertFalse(String.valueOf(e.getMessage()).contains(row.note()));
      return true;
    }
    RegistryLoader b = new RegistryLoader();
    b.addFacility(Facility.of(VigilGen.DEFAULT_FACILITIES.get(0), FacilityKind.PRISON), Origin.of("facilities.csv", 2));
    b.addDetainee(Detainee.of(id), Origin.of("detainees.csv", 2));
    b.addEvent(id, event, Origin.of("events.csv", 2));
    LoadResult r = b.build();
    return r.rejections().size() == 1 && !r.rejections().get(0).reason().contains(row.note());
  }

  @Test
  void registriesAreNotAllEmpty() {
    int[] people = {0};
    qt().withExamples(100).forAll(VigilGen.registries()).checkAssert(r -> people[0] += r.size());
    assertTrue(people[0] > 0);
  }

  @Test
  void registriesWithHardTextHoldEveryHardTextAndOnlyValidHistories() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(200)
        .forAll(VigilGen.registriesWithHardText())
        .checkAssert(
            r -> {
              r.name().ifPresent(seen::add);
              for (Facility f : r.facilities()) {
                f.name().ifPresent(seen::add);
                f.region().ifPresent(seen::add);
              }
              for (Detainee d : r.detainees()) {
                d.name().ifPresent(seen::add);
                History h = r.history(d.id()).orElseThrow();
                assertEquals(h, History.of(d.id(), h.events()));
                for (Event e : h.events()) {
                  e.note().ifPresent(seen::add);
                }
              }
            });
    assertEquals(Set.copyOf(VigilGen.HARD_TEXTS), seen);
  }

  @Test
  void aFailingHistoryShrinksToTheSmallestCounterexample() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> qt().withFixedSeed(42).forAll(VigilGen.histories()).check(h -> h.events().size() < 3));
    String message = String.valueOf(e.getMessage());
    // the smallest history comes first, in full: its three events, one per line
    String smallest = message.substring(message.indexOf("History of "), message.indexOf("Other found"));
    assertTrue(smallest.contains(", 3 events\n  "), message);
    assertEquals(4, smallest.strip().split("\n").length, message);
    assertTrue(smallest.contains(" ARREST facility="), message);
  }

  @Test
  void aFailingRegistryShrinksToOnePerson() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> qt().withFixedSeed(7).forAll(VigilGen.registries(4)).check((Registry r) -> r.size() == 0));
    String message = String.valueOf(e.getMessage());
    // the smallest registry comes first, in full: its facility, its one person and their events
    String smallest = message.substring(message.indexOf("Registry"), message.indexOf("Other found"));
    assertTrue(smallest.contains(", 1 person, "), message);
    assertTrue(smallest.contains("\n  person "), message);
    assertTrue(smallest.contains(" ARREST facility="), message);
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    List<History> first = new java.util.ArrayList<>();
    List<History> second = new java.util.ArrayList<>();
    qt().withFixedSeed(2026).withExamples(100).forAll(VigilGen.histories()).checkAssert(first::add);
    qt().withFixedSeed(2026).withExamples(100).forAll(VigilGen.histories()).checkAssert(second::add);
    assertEquals(first, second);
  }
}
