package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each rule of a value has its own message, so a keeper reading a rejection knows which rule a
 * cell broke: one input per rule, each breaking that rule alone.
 */
class ValidationMessagesTest {
  static String message(Executable e) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, e).getMessage());
  }

  @Test
  void eachMalformedMeasureSaysWhichRuleItBreaks() {
    Map<String, String> cases =
        Map.of(
            "OTHER(report weekly", "measure OTHER must end with ')'",
            "OTHER(a(b))", "measure OTHER may hold only one parameter in parentheses",
            "OTHER(a)b)", "measure OTHER may hold only one parameter in parentheses",
            "OTHER()", "measure OTHER has empty parentheses",
            "OTHER(  )", "measure OTHER has empty parentheses",
            "SPEECH_BAN)", "unknown measure code",
            "", "measure code must not be empty");
    cases.forEach((bad, expected) -> assertTrue(message(() -> Measure.parse(bad)).startsWith(expected), bad + ": " + message(() -> Measure.parse(bad))));
    assertEquals(Measure.ofText(MeasureType.OTHER, "a"), Measure.parse("OTHER(a)"), "a one-character parameter");
  }

  @Test
  void aMeasuresTextIsCheckedRuleByRule() {
    assertEquals("OTHER text must not be blank", message(() -> Measure.ofText(MeasureType.OTHER, " ")));
    assertEquals("OTHER text must be trimmed", message(() -> Measure.ofText(MeasureType.OTHER, " x")));
    assertEquals("OTHER text must be trimmed", message(() -> Measure.ofText(MeasureType.OTHER, "x ")));
    assertEquals(
        "OTHER text must be at most 200 characters",
        message(() -> Measure.ofText(MeasureType.OTHER, "x".repeat(201))));
    assertEquals(200, Measure.ofText(MeasureType.OTHER, "x".repeat(200)).text().orElseThrow().length());
    for (String bad : new String[] {"a;b", "a(b", "a)b", "a\u0007b"}) {
      assertEquals(
          "OTHER text must not hold ';', '(', ')' or control characters",
          message(() -> Measure.ofText(MeasureType.OTHER, bad)),
          bad);
    }
    assertEquals(
        "COURT_APPEARANCE takes an interval, not text",
        message(() -> Measure.ofText(MeasureType.COURT_APPEARANCE, "P15D")));
    assertEquals("BAIL(10000 USD)", Measure.ofText(MeasureType.BAIL, "10000 USD").code());
    assertEquals("BAIL", Measure.of(MeasureType.BAIL).code());
  }

  @Test
  void aCourtAppearanceIntervalIsPositiveInEveryUnit() {
    for (String bad : new String[] {"P0D", "P-1D", "P1M-1D", "P-1M15D", "P0Y0M0D"}) {
      String m = message(() -> Measure.parse("COURT_APPEARANCE(" + bad + ")"));
      assertTrue(m.startsWith("COURT_APPEARANCE interval must be positive and at most 100 years"), bad + ": " + m);
    }
    assertEquals(Period.ofDays(1), Measure.parse("COURT_APPEARANCE(P1D)").interval().orElseThrow());
    assertEquals(Period.ofMonths(1), Measure.parse("COURT_APPEARANCE(P1M)").interval().orElseThrow());
    assertEquals(Period.of(0, 1, 1), Measure.parse("COURT_APPEARANCE(P1M1D)").interval().orElseThrow());
    assertEquals(Period.ofMonths(1200), Measure.parse("COURT_APPEARANCE(P1200M)").interval().orElseThrow());
  }

  @Test
  void eachMalformedSourceLabelSaysWhichRuleItBreaks() {
    assertEquals("source label must not be blank", message(() -> Source.of(" ")));
    assertEquals("source label must not be blank", message(() -> Source.of("")));
    assertEquals("source label must be at most 200 characters", message(() -> Source.of("s".repeat(201))));
    assertEquals(200, Source.of("s".repeat(200)).label().length());
    assertEquals("source label must not contain control characters", message(() -> Source.of("a\nb")));
    assertEquals("source label must be trimmed", message(() -> Source.of(" official")));
    assertEquals("source label must be trimmed", message(() -> Source.of("official ")));
    assertTrue(Source.of("family").compareTo(Source.of("official")) < 0);
    assertTrue(Source.of("official").compareTo(Source.of("family")) > 0);
    assertEquals(0, Source.of("family").compareTo(Source.of("family")));
  }

  @Test
  void anIdSaysWhetherItIsEmptyTooLongOrHoldsOtherCharacters() {
    assertEquals("detainee id must not be empty", message(() -> DetaineeId.of("")));
    assertEquals(
        "detainee id must be at most 64 characters, was 65", message(() -> DetaineeId.of("a".repeat(65))));
    assertEquals(64, DetaineeId.of("a".repeat(64)).value().length());
    assertEquals("facility id must not be empty", message(() -> FacilityId.of("")));
    assertTrue(message(() -> FacilityId.of("a b")).startsWith("facility id may hold only A-Z a-z 0-9 . _ - but was"));
    assertTrue(FacilityId.isValid("rodeo-1"));
    assertFalse(FacilityId.isValid("rodeo 1"));
    assertFalse(FacilityId.isValid(""));
    assertTrue(DetaineeId.isValid("P.0001_a-b"));
    assertFalse(DetaineeId.isValid("a".repeat(65)));
    String name = message(() -> DetaineeId.of("Ana María"));
    assertFalse(name.contains("Ana"), name);
    assertTrue(
        message(() -> DetaineeId.of("a".repeat(63) + "!")).startsWith("detainee id may hold only"),
        "64 characters, one of them not allowed: the character is the fault, not the length");
  }

  @Test
  void anIdHoldsExactlyTheCharactersOfItsRangesAndNoNeighbourOfThem() {
    for (String good : List.of("a", "z", "A", "Z", "0", "9", "-", "_", ".")) {
      assertTrue(DetaineeId.isValid("x" + good + "x"), good);
    }
    // the characters just outside each range: ` { @ [ / :
    for (String bad : List.of("`", "{", "@", "[", "/", ":")) {
      assertFalse(DetaineeId.isValid("x" + bad + "x"), bad);
    }
  }

  @Test
  void anEventSaysWhichFieldDoesNotFitItsType() {
    assertEquals(
        "recorded_on 2024-01-01 is before the event's date 2024-01-02",
        message(() -> Event.builder().type(EventType.RELEASE).date(d("2024-01-02")).recordedOn(d("2024-01-01")).build()));
    assertEquals("ARREST needs a facility", message(() -> Event.of(EventType.ARREST, d("2024-01-01"))));
    assertEquals(
        "DEATH takes no measures",
        message(() -> Event.of(EventType.DEATH, d("2024-01-01"), Fixtures.SPEECH_BAN)));
    assertEquals("MEASURE_IMPOSED needs at least one measure", message(() -> Event.of(EventType.MEASURE_IMPOSED, d("2024-01-01"))));
    assertEquals(
        "RELEASE takes no agency",
        message(() -> Event.builder().type(EventType.RELEASE).date(d("2024-01-01")).agency("SEBIN").build()));
    assertEquals(
        "agency may hold only A-Z a-z 0-9 . _ - but was 'SE;BIN'",
        message(() -> Event.builder().from(Fixtures.arrest("2024-01-01")).agency("SE;BIN").build()));
    assertEquals(
        "RELEASE takes no outcome",
        message(() -> Event.builder().type(EventType.RELEASE).date(d("2024-01-01")).outcome(CaseOutcome.ACQUITTED).build()));
    assertEquals(
        "SEBIN", Event.builder().from(Fixtures.arrest("2024-01-01")).agency("SEBIN").build().agency().orElseThrow());
  }

  @Test
  void aPersonIsConfidentialOnlyWhenRecordedSo() {
    assertFalse(Detainee.of(Fixtures.A).confidential());
    assertTrue(Detainee.builder().id(Fixtures.A).confidential(true).build().confidential());
  }
}
