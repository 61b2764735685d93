package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link InvalidEventRow} must give a test of a reader: every defect it documents, each in a
 * row of every column whose only fault is that defect (the core's own checks refuse it, in
 * {@code VigilGenProperties}), written as a CSV line that a reader splits back into the same
 * values, and never showing its note.
 */
class InvalidEventRowTest {
  private static final long SEED = 11_2026L;

  @Test
  void theGeneratorMakesEveryDefectItListsAndNoOther() {
    Map<String, Integer> seen = new HashMap<>();
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(VigilGen.invalidEventRows())
        .checkAssert(r -> seen.merge(r.defect(), 1, Integer::sum));
    assertEquals(Set.copyOf(InvalidEventRow.defects()), seen.keySet());
    assertEquals(21, InvalidEventRow.defects().size());
    assertEquals(InvalidEventRow.defects().size(), Set.copyOf(InvalidEventRow.defects()).size());
    assertEquals("date not in ISO form", InvalidEventRow.defects().get(0));
  }

  @Test
  void everyRowHasEveryColumnInOrderAKnownPersonAndASyntheticNote() {
    qt().forAll(VigilGen.invalidEventRows())
        .checkAssert(
            r -> {
              assertEquals(InvalidEventRow.COLUMNS, List.copyOf(r.columns().keySet()));
              for (String c : InvalidEventRow.COLUMNS) {
                assertEquals(r.columns().get(c), r.get(c));
              }
              assertTrue(r.note().startsWith("reported by "), r.note());
              assertEquals(r.get("note"), r.note());
              assertEquals("family", r.get("source"));
              if (!r.defect().contains("detainee id")) {
                assertTrue(Set.of("A", "B", "vp-0001", "x.9").contains(r.get("detainee_id")), r::toString);
              }
            });
  }

  @Test
  void eachDefectSpoilsTheColumnsItNames() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(VigilGen.invalidEventRows())
        .checkAssert(
            r -> {
              switch (r.defect()) {
                case "date not in ISO form" -> assertEquals("09/01/2026", r.get("date"));
                case "date missing" -> assertEquals("", r.get("date"));
                case "impossible date" -> assertEquals("2026-02-30", r.get("date"));
                case "unknown event type" -> assertEquals("RELEASED", r.get("type"));
                case "event type missing" -> assertEquals("", r.get("type"));
                case "recorded_on before date" ->
                    assertTrue(r.get("recorded_on").compareTo(r.get("date")) < 0, r::toString);
                case "ARREST without facility", "TRANSFER without facility" -> {
                  assertEquals(r.defect().substring(0, r.defect().indexOf(' ')), r.get("type"));
                  assertEquals("", r.get("facility_id"));
                }
                case "invalid detainee id" -> assertEquals("A 1", r.get("detainee_id"));
                case "detainee id missing" -> assertEquals("", r.get("detainee_id"));
                case "invalid facility id" -> assertEquals("el helicoide", r.get("facility_id"));
                case "unknown date precision" -> assertEquals("WEEK", r.get("date_precision"));
                default -> assertNotEquals("ARREST", r.get("type"), r::toString);
              }
              if (!r.defect().contains("date")) {
                assertEquals("2026-01-09", r.get("date"));
                assertEquals("", r.get("date_precision"));
              }
            });
  }

  @Test
  void anUnknownColumnReadsAsBlank() {
    qt().withExamples(20)
        .forAll(VigilGen.invalidEventRows())
        .checkAssert(r -> assertEquals("", r.get("no_such_column")));
  }

  /** Splits one CSV line as RFC 4180 says. */
  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder v = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          v.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          v.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(v.toString());
        v.setLength(0);
      } else {
        v.append(c);
      }
    }
    out.add(v.toString());
    return out;
  }

  @Test
  void aRowIsOneCsvLineThatSplitsBackIntoItsValuesQuotingOnlyWhatMustBe() {
    qt().forAll(VigilGen.invalidEventRows())
        .checkAssert(
            r -> {
              List<String> values = new ArrayList<>(r.columns().values());
              assertEquals(values, split(r.toCsvLine()));
              // no generated value holds a comma, quote or line break: none is quoted
              assertEquals(String.join(",", values), r.toCsvLine());
            });
  }

  @Test
  void valuesWithACommaAQuoteOrALineBreakAreQuoted() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String c : InvalidEventRow.COLUMNS) {
      columns.put(c, "");
    }
    columns.put("detainee_id", "A");
    columns.put("measures", "OTHER(a, b)");
    columns.put("source", "say \"hi\"");
    columns.put("recorded_on", "two\nlines");
    columns.put("note", "cr\rhere");
    InvalidEventRow r = new InvalidEventRow(columns, "made by hand");
    assertEquals(
        "A,,,,\"OTHER(a, b)\",\"say \"\"hi\"\"\",\"two\nlines\",,\"cr\rhere\"", r.toCsvLine());
    assertEquals(new ArrayList<>(columns.values()), split(r.toCsvLine()));
  }

  @Test
  void rowsAreEqualWhenTheirColumnsAndDefectAreAndNeverShowTheirNote() {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String c : InvalidEventRow.COLUMNS) {
      columns.put(c, "");
    }
    columns.put("detainee_id", "A");
    columns.put("note", "reported by Ana Pérez");
    InvalidEventRow a = new InvalidEventRow(columns, "date missing");
    InvalidEventRow same = new InvalidEventRow(new LinkedHashMap<>(columns), "date missing");
    InvalidEventRow otherDefect = new InvalidEventRow(columns, "event type missing");
    Map<String, String> changed = new LinkedHashMap<>(columns);
    changed.put("detainee_id", "B");
    InvalidEventRow otherColumns = new InvalidEventRow(changed, "date missing");
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, otherDefect);
    assertNotEquals(a, otherColumns);
    assertNotEquals(a.hashCode(), otherColumns.hashCode());
    assertFalse(a.equals((Object) "date missing"));
    assertEquals(
        "InvalidEventRow{date missing: {detainee_id=A, date=, type=, facility_id=, measures=, source=,"
            + " recorded_on=, date_precision=}}",
        a.toString());
    qt().forAll(VigilGen.invalidEventRows())
        .checkAssert(
            r -> {
              assertFalse(r.toString().contains(r.note()), r::toString);
              assertTrue(r.toString().contains(r.defect()), r::toString);
            });
  }

  @Test
  void theSameSeedGivesTheSameRows() {
    List<InvalidEventRow> first = new ArrayList<>();
    List<InvalidEventRow> second = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(50).forAll(VigilGen.invalidEventRows()).checkAssert(first::add);
    qt().withFixedSeed(SEED).withExamples(50).forAll(VigilGen.invalidEventRows()).checkAssert(second::add);
    assertEquals(first, second);
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).hashCode(), second.get(i).hashCode());
    }
  }
}
