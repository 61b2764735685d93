package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Rejection;
import io.github.vigil.testkit.InvalidEventRow;
import io.github.vigil.testkit.VigilGen;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every defect the testkit's invalid rows list, written as the testkit writes the row into an
 * {@code events.csv} of its own, is rejected by the reader alone, at its line, for the reason
 * that names that defect, and never repeats the row's note.
 */
class InvalidEventRowReadingTest {
  @TempDir Path dir;

  /**
   * The code of the reason each defect must be rejected for ({@link RejectionReasons#codes}): a
   * date not in ISO form is not a valid date (the reader never guesses day and month), and a row
   * that does not apply as a person's only event is refused by the replay.
   */
  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("date not in ISO form", "INVALID_DATE"),
          Map.entry("date missing", "BLANK_REQUIRED"),
          Map.entry("impossible date", "INVALID_DATE"),
          Map.entry("unknown event type", "NOT_A_CODE"),
          Map.entry("event type missing", "BLANK_REQUIRED"),
          Map.entry("recorded_on before date", "RECORDED_BEFORE_DATE"),
          Map.entry("ARREST without facility", "FACILITY_REQUIRED"),
          Map.entry("TRANSFER without facility", "FACILITY_REQUIRED"),
          Map.entry("measures on a type that takes none", "MEASURES_NOT_ALLOWED"),
          Map.entry("MEASURE_IMPOSED without measures", "MEASURES_REQUIRED"),
          Map.entry("unknown measure code", "MEASURES_INVALID"),
          Map.entry("COURT_APPEARANCE without interval", "MEASURE_PARAMETER"),
          Map.entry("COURT_APPEARANCE interval not a period", "MEASURES_INVALID"),
          Map.entry("OTHER without text", "MEASURE_PARAMETER"),
          Map.entry("unbalanced parentheses in measures", "MEASURES_INVALID"),
          Map.entry("invalid detainee id", "INVALID_ID"),
          Map.entry("detainee id missing", "BLANK_REQUIRED"),
          Map.entry("invalid facility id", "INVALID_ID"),
          Map.entry("unknown date precision", "NOT_A_CODE"),
          Map.entry("first event not an ARREST", "DOES_NOT_APPLY"),
          Map.entry("MEASURE_LIFTED of a measure not active", "DOES_NOT_APPLY"));

  private static final String DETAINEES =
      "id,name\nA,Ana\nB,Beto\nvp-0001,Carla\nx.9,Dora\n";

  @Test
  void everyListedDefectIsGeneratedAndRejectedAloneForItsOwnReason() {
    Map<String, InvalidEventRow> rows = new LinkedHashMap<>();
    qt().withFixedSeed(2026)
        .withExamples(600)
        .forAll(VigilGen.invalidEventRows())
        .checkAssert(r -> rows.putIfAbsent(r.defect(), r));
    assertEquals(Set.copyOf(InvalidEventRow.defects()), rows.keySet());
    assertEquals(CODES.keySet(), rows.keySet());
    Map<String, String> found = new java.util.HashMap<>();
    StringBuilder reasons = new StringBuilder();
    int n = 0;
    for (InvalidEventRow row : rows.values()) {
      Path folder =
          Folders.folder(
              dir.resolve("r" + n++),
              Folders.FACILITIES,
              DETAINEES,
              Folders.EVENTS_HEADER + row.toCsvLine() + "\n");
      ReadResult r = Folders.read(folder);
      assertEquals(1, r.rejections().size(), () -> row + ": " + r.rejections());
      Rejection x = r.rejections().get(0);
      assertEquals("events.csv", x.origin().file(), x::toString);
      assertEquals(2, x.origin().line(), x::toString);
      assertFalse(x.reason().contains(row.note()), x::toString);
      assertEquals(0, r.registry().eventCount());
      List<String> codes = RejectionReasons.codes(x.reason());
      assertEquals(1, codes.size(), x::toString);
      found.put(row.defect(), codes.get(0));
      reasons.append('\n').append(row.defect()).append(": ").append(x.reason());
    }
    assertEquals(CODES, found, reasons::toString);
  }
}
