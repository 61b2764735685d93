package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Origin;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLoaderTest {
  @TempDir Path dir;

  private static List<String> lines(ReadResult r) {
    return r.rejections().stream().map(Rejection::toString).collect(Collectors.toList());
  }

  @Test
  void recordsLoadByTheRulesOfTheCsvFilesAndNameTheirOrigins() {
    RecordLoader loader = RecordLoader.create().country("VE");
    assertTrue(loader.facility(Origin.of("book.xlsx:centros", 2), Map.of("id", "helicoide", "kind", "INTELLIGENCE")));
    assertTrue(loader.detainee(Origin.of("book.xlsx:personas", 2), Map.of("id", "A", "gender", "F")));
    assertFalse(loader.detainee(Origin.of("book.xlsx:personas", 3), Map.of("id", "B", "birth_date", "01/02/1990")));
    assertTrue(loader.event(
        Origin.of("book.xlsx:eventos", 2),
        Map.of("detainee_id", "A", "date", "2025-03-01", "type", "ARREST", "facility_id", "helicoide")));
    assertFalse(loader.event(
        Origin.of("book.xlsx:eventos", 3),
        Map.of("detainee_id", "B", "date", "2025-03-01", "type", "ARREST", "facility_id", "helicoide")));
    // passes its own row's checks; the replay rejects it (a release while at liberty)
    assertTrue(loader.event(Origin.of("book.xlsx:eventos", 4), Map.of("detainee_id", "A", "date", "2025-02-01", "type", "RELEASE")));
    loader.reject(Origin.of("book.xlsx:eventos", 5), "date is a number, not a date");
    ReadResult r = loader.finish();

    assertEquals(
        List.of(
            "book.xlsx:eventos:3: detainee B was rejected (book.xlsx:personas:3)",
            "book.xlsx:eventos:4: RELEASE on 2025-02-01 does not apply to A: A is at liberty",
            "book.xlsx:eventos:5: date is a number, not a date",
            "book.xlsx:personas:3: birth_date '01/02/1990' is not a valid date: ISO yyyy-mm-dd is expected"),
        lines(r).stream().map(l -> l.replaceAll("(does not apply to A: ).*", "$1A is at liberty")).collect(Collectors.toList()));
    assertEquals(
        List.of(
            "book.xlsx:centros: read 1, accepted 1, rejected 0",
            "book.xlsx:personas: read 2, accepted 1, rejected 1",
            "book.xlsx:eventos: read 4, accepted 1, rejected 3"),
        r.counts().stream().map(FileCounts::toString).collect(Collectors.toList()));
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals(1, r.registry().history(DetaineeId.of("A")).orElseThrow().events().size());
  }

  @Test
  void aValueLongerThanAFieldMayBeRejectsItsRecordWithoutQuotingIt() {
    RecordLoader loader = RecordLoader.create();
    assertFalse(loader.detainee(Origin.of("s", 2), Map.of("id", "A", "name", "x".repeat(100_001))));
    assertEquals(List.of("s:2: name holds 100001 characters; at most 100000 are allowed"), lines(loader.finish()));
  }

  @Test
  void aColumnOutsideTheFormatIsTheCallersMistake() {
    RecordLoader loader = RecordLoader.create();
    assertThrows(IllegalArgumentException.class, () -> loader.detainee(Origin.of("s", 2), Map.of("cedula", "A")));
    assertThrows(IllegalArgumentException.class, () -> loader.country("ve"));
    assertEquals(0, loader.finish().rowsRead());
    assertThrows(IllegalStateException.class, loader::finish);
    assertThrows(IllegalStateException.class, () -> loader.warn("w"));
  }
  /** A loader holding facility F1, facility F2 (rejected: a bad kind) and person A. */
  private static RecordLoader loaderWithAFacilityRejected() {
    RecordLoader loader = RecordLoader.create();
    assertTrue(loader.facility(Origin.of("centros", 2), Map.of("id", "F1", "kind", "PRISON")));
    assertFalse(loader.facility(Origin.of("centros", 3), Map.of("id", "F2", "kind", "JAIL")));
    assertTrue(loader.detainee(Origin.of("personas", 2), Map.of("id", "A")));
    return loader;
  }

  @Test
  void anEventWhoseOwnRowIsInvalidIsNotAccepted() {
    RecordLoader loader = loaderWithAFacilityRejected();
    assertFalse(loader.event(Origin.of("eventos", 2), Map.of("detainee_id", "A", "date", "2025-13-01", "type", "ARREST", "facility_id", "F1")));
    assertEquals(
        List.of("centros:3: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER",
            "eventos:2: date '2025-13-01' is not a valid date: ISO yyyy-mm-dd is expected"),
        lines(loader.finish()));
  }

  @Test
  void anEventAtARejectedFacilityIsNotAccepted() {
    RecordLoader loader = loaderWithAFacilityRejected();
    assertFalse(loader.event(Origin.of("eventos", 2), Map.of("detainee_id", "A", "date", "2025-03-01", "type", "ARREST", "facility_id", "F2")));
    assertEquals(
        List.of("centros:3: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER",
            "eventos:2: facility F2 was rejected (centros:3)"),
        lines(loader.finish()));
  }

  @Test
  void anEventAtAnUnknownFacilityIsNotAccepted() {
    RecordLoader loader = loaderWithAFacilityRejected();
    assertFalse(loader.event(Origin.of("eventos", 2), Map.of("detainee_id", "A", "date", "2025-03-01", "type", "ARREST", "facility_id", "F9")));
    assertEquals(
        List.of("centros:3: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER",
            "eventos:2: unknown facility F9"),
        lines(loader.finish()));
  }
  @Test
  void aCountryThatIsNoCountryIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordLoader.create().country("VZ"));
    assertEquals("country 'VZ' is not an ISO 3166-1 alpha-2 code such as VE", e.getMessage());
  }

  @Test
  void aLoaderFinishesOnlyOnce() {
    RecordLoader loader = RecordLoader.create();
    var unused = loader.finish();
    IllegalStateException e = assertThrows(IllegalStateException.class, loader::finish);
    assertEquals("the loader has finished", e.getMessage());
  }

  @Test
  void aRecordStartsOnLineOneOrLaterAndNamesOnlyColumnsOfItsFile() {
    assertEquals(
        "line must be at least 1: 0",
        assertThrows(IllegalArgumentException.class, () -> Row.of(Columns.FACILITIES, 0, Map.of())).getMessage());
    Row row = Row.of(Columns.FACILITIES, 1, Map.of("id", "F1"));
    assertEquals(
        "no column detainee_id in facilities.csv",
        assertThrows(IllegalArgumentException.class, () -> row.get("detainee_id")).getMessage());
  }
}
