package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.io.internal.Canonical;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Records;
import io.github.vigil.io.internal.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values the events of one read share (Canonical), and the bound on how many it keeps. */
class CanonicalTest {
  private final Canonical canonical = new Canonical();

  /** Reads an arrest of A on {@code date} at {@code facility}, reported by {@code source}. */
  private Event arrest(String date, String facility, String source) {
    Row row =
        Row.of(
            Columns.EVENTS,
            2,
            Map.of("detainee_id", "A", "date", date, "type", "ARREST", "facility_id", facility, "source", source));
    return Records.event(row, new ArrayList<>(), canonical, LocalDate.of(9999, 12, 31)).orElseThrow().event();
  }

  @Test
  void eventsOfOneReadShareOneInstanceOfEachDateFacilityAndSource() {
    Event first = arrest("2025-03-01", "F1", "foro-penal");
    Event second = arrest(new String("2025-03-01"), new String("F1"), new String("foro-penal"));
    assertSame(first.date(), second.date());
    assertSame(first.facility().orElseThrow(), second.facility().orElseThrow());
    assertSame(first.source().orElseThrow(), second.source().orElseThrow());
  }

  @Test
  void facilitiesAreSharedUpToTenThousandDistinctOnesAndNoMore() {
    for (int i = 0; i < 10_000; i++) {
      var unused = arrest("2025-03-01", "F" + i, "foro-penal");
    }
    assertSame(
        arrest("2025-03-01", "F9999", "foro-penal").facility().orElseThrow(),
        arrest("2025-03-01", "F9999", "foro-penal").facility().orElseThrow());
    assertNotSame(
        arrest("2025-03-01", "F10000", "foro-penal").facility().orElseThrow(),
        arrest("2025-03-01", "F10000", "foro-penal").facility().orElseThrow());
  }

  @Test
  void datesAreSharedUpToFiftyThousandDistinctOnesAndNoMore() {
    LocalDate start = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 50_000; i++) {
      var unused = arrest(start.plusDays(i).toString(), "F1", "foro-penal");
    }
    String lastKept = start.plusDays(49_999).toString();
    assertSame(arrest(lastKept, "F1", "foro-penal").date(), arrest(new String(lastKept), "F1", "foro-penal").date());
    String past = start.plusDays(50_000).toString();
    assertNotSame(arrest(past, "F1", "foro-penal").date(), arrest(past, "F1", "foro-penal").date());
  }

  @Test
  void birthDatesAreSharedWithTheEventsDates() {
    Event arrest = arrest("1990-05-17", "F1", "foro-penal");
    Row row = Row.of(Columns.DETAINEES, 2, Map.of("id", "A", "birth_date", new String("1990-05-17")));
    Detainee person = Records.detainee(row, new ArrayList<>(), canonical).orElseThrow();
    assertSame(arrest.date(), person.birthDate().orElseThrow());
    Detainee another = Records.detainee(row, new ArrayList<>(), new Canonical()).orElseThrow();
    assertNotSame(arrest.date(), another.birthDate().orElseThrow()); // each load its own dates
    assertEquals(arrest.date(), another.birthDate().orElseThrow());
  }

  @Test
  void textThatIsNotADateTakesNoPlaceAmongTheSharedDates() {
    for (int year = 0; year < 10_000; year++) {
      ArrayList<String> problems = new ArrayList<>();
      Row row =
          Row.of(
              Columns.EVENTS,
              2,
              Map.of("detainee_id", "A", "date", String.format("%04d-02-30", year), "type", "DEATH"));
      assertTrue(Records.event(row, problems, canonical, LocalDate.of(9999, 12, 31)).isEmpty());
      assertEquals(1, problems.size(), problems::toString);
    }
    Event first = arrest("2025-03-01", "F1", "foro-penal");
    assertSame(first.date(), arrest(new String("2025-03-01"), "F1", "foro-penal").date());
    assertEquals(LocalDate.of(2025, 3, 1), first.date());
  }
}
