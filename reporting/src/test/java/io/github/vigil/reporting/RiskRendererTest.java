package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measures;
import io.github.vigil.core.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskRendererTest {
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");

  /** The worked example of docs/format.md section 6, with names that must never be printed. */
  static RiskReport workedExample() {
    DetaineeId a = DetaineeId.of("A");
    DetaineeId b = DetaineeId.of("B");
    DetaineeId c = DetaineeId.of("C");
    LocalDate d8 = LocalDate.parse("2026-01-08");
    LocalDate d9 = LocalDate.parse("2026-01-09");
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
            .withDetainee(Detainee.builder().id(a).name("Ana Secreta").build())
            .withDetainee(Detainee.builder().id(b).name("Bruno Secreto").build())
            .withDetainee(Detainee.of(c))
            .withEvent(a, Event.of(EventType.ARREST, LocalDate.parse("2025-03-01"), HELICOIDE))
            .withEvent(b, Event.of(EventType.ARREST, LocalDate.parse("2025-04-01"), HELICOIDE))
            .withEvent(c, Event.of(EventType.ARREST, LocalDate.parse("2025-05-01"), HELICOIDE))
            .withEvent(
                a,
                Event.builder()
                    .type(EventType.RELEASE_ORDER)
                    .date(d8)
                    .addAllMeasures(Measures.parse("COURT_APPEARANCE(P30D);SPEECH_BAN"))
                    .build())
            .withEvent(a, Event.of(EventType.RELEASE, d9))
            .withEvent(b, Event.of(EventType.RELEASE_ORDER, d8))
            .withEvent(b, Event.of(EventType.RELEASE, d9))
            .withEvent(b, Event.of(EventType.CASE_CLOSED, d9))
            .withEvent(c, Event.of(EventType.WHEREABOUTS_UNKNOWN, d9));
    return RiskReport.of(r.asOf(LocalDate.parse("2026-01-10")));
  }

  @Test
  void jsonFollowsFormatSectionFiveWithCalibrationAdded() throws Exception {
    String json = RiskRenderer.json(workedExample());
    assertTrue(json.endsWith("}\n"), json);
    assertTrue(
        json.startsWith(
            "{\"formatVersion\":1,\"asOf\":\"2026-01-10\",\"model\":\"vigil-points"
                + " 1.0\",\"assessments\":["
                + "{\"id\":\"A\",\"category\":\"CONDITIONAL\",\"score\":10,\"level\":\"HIGH\",\"factors\":[{\"factor\":\"OPEN_CASE\",\"points\":2,\"detail\":\"open"
                + " case\"},{\"factor\":\"COURT_APPEARANCE\",\"points\":2,\"detail\":\"COURT_APPEARANCE"
                + " active since"
                + " 2026-01-09\"},{\"factor\":\"SPEECH_BAN\",\"points\":2,\"detail\":\"SPEECH_BAN"
                + " active since"
                + " 2026-01-09\"},{\"factor\":\"APPEARANCE_FREQUENCY\",\"points\":1,\"detail\":\"court"
                + " appearance every P30D (30"
                + " days)\"},{\"factor\":\"TIME_SINCE_RELEASE\",\"points\":3,\"detail\":\"released"
                + " 2026-01-09, 1 day before 2026-01-10\"}]},"
                + "{\"id\":\"B\",\"category\":\"FULL\",\"score\":3,\"level\":\"LOW\",\"factors\":[{\"factor\":\"TIME_SINCE_RELEASE\",\"points\":3,\"detail\":\"released"
                + " 2026-01-09, 1 day before 2026-01-10\"}]}],\"calibration\":{"),
        json);
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("formatVersion", "asOf", "model", "assessments", "calibration"), keys);
    JsonNode low = root.get("calibration").get("levels").get(0);
    assertEquals("LOW", low.get("level").asText());
    assertEquals(1, low.get("spells").asInt());
    assertEquals(1, low.get("people").asInt());
    assertTrue(low.get("rates").get(0).get("rate").isNull(), low.toString());
    assertEquals(
        "only 1 spell (fewer than 20): too few for the rates to mean anything",
        low.get("warning").asText());
    assertTrue(
        root.get("calibration")
            .get("levels")
            .get(1)
            .get("warning")
            .asText()
            .startsWith("no release spell"));
    for (JsonNode a : root.get("assessments")) {
      int sum = 0;
      for (JsonNode f : a.get("factors")) {
        sum += f.get("points").asInt();
      }
      assertEquals(a.get("score").asInt(), sum, a.toString());
    }
  }

  @Test
  void textListsEveryFactorUnderItsPersonAndNoName() {
    String text = RiskRenderer.render(workedExample(), ReportFormat.TEXT);
    assertTrue(
        text.contains(
            """
            id  category      score  level
            A   CONDITIONAL      10  HIGH
                 +2  OPEN_CASE             open case
            """),
        text);
    assertTrue(text.contains("B   FULL              3  LOW\n"), text);
    assertTrue(
        text.contains(
            "level    spells people rearrests  30 days          90 days          180 days\n"),
        text);
    assertTrue(text.contains("warning: LOW: only 1 spell (fewer than 20)"), text);
    assertTrue(
        !text.contains("Secret") && !RiskRenderer.json(workedExample()).contains("Secret"), text);
  }

  @Test
  void theTextIsOrderedByTheIdsAsWrittenAndSaysHowManyAreAssessed() {
    // B written first: the rows follow the ids as written, not as registered
    String text =
        RiskRenderer.render(
            workedExample(), ReportFormat.TEXT, id -> id.value().equals("A") ? "zz-person" : "aa");
    assertEquals(
        """
        Rearrest risk as of 2026-01-10 (model vigil-points 1.0)
        2 people assessed: everyone in CONDITIONAL, FULL or HOUSE_ARREST.
        For advocacy and legal aid; not for deciding anyone's liberty, nor for locating anyone.

        id         category      score  level
        aa         FULL              3  LOW
                    +3  TIME_SINCE_RELEASE    released 2026-01-09, 1 day before 2026-01-10
        zz-person  CONDITIONAL      10  HIGH
                    +2  OPEN_CASE             open case
                    +2  COURT_APPEARANCE      COURT_APPEARANCE active since 2026-01-09
                    +2  SPEECH_BAN            SPEECH_BAN active since 2026-01-09
                    +1  APPEARANCE_FREQUENCY  court appearance every P30D (30 days)
                    +3  TIME_SINCE_RELEASE    released 2026-01-09, 1 day before 2026-01-10

        Observed rearrest rate after release (Kaplan-Meier), by level as of the release;
        in parentheses, the spells still followed at that day:
        level    spells people rearrests  30 days          90 days          180 days
        LOW           1      1         0     n/a (0)          n/a (0)          n/a (0)
        MODERATE      0      0         0     n/a (0)          n/a (0)          n/a (0)
        HIGH          1      1         0     n/a (0)          n/a (0)          n/a (0)
        warning: LOW: only 1 spell (fewer than 20): too few for the rates to mean anything
        warning: MODERATE: no release spell began at this level
        warning: HIGH: only 1 spell (fewer than 20): too few for the rates to mean anything
        """,
        text);
    String json =
        RiskRenderer.render(
            workedExample(), ReportFormat.JSON, id -> id.value().equals("A") ? "zz-person" : "aa");
    assertTrue(json.indexOf("\"id\":\"aa\"") < json.indexOf("\"id\":\"zz-person\""), json);
  }

  @Test
  void aRateIsPrintedAsAPercentageWithOneDecimalAndOnePersonIsOnePerson() {
    // eight spells of eight people at LOW, one rearrested within 30 days, seven still followed
    String json = RiskRenderer.json(workedExample());
    json = ReportJsonRefusalTest.edited(json, "/calibration/levels/0/spells", "8");
    json = ReportJsonRefusalTest.edited(json, "/calibration/levels/0/people", "8");
    json = ReportJsonRefusalTest.edited(json, "/calibration/levels/0/rearrests", "1");
    json = ReportJsonRefusalTest.edited(json, "/calibration/levels/0/warning", "\"only 8 spells\"");
    json =
        ReportJsonRefusalTest.edited(
            json,
            "/calibration/levels/0/rates/0",
            "{\"days\":30,\"atRisk\":7,\"rearrested\":1,\"rate\":0.125}");
    String text = RiskRenderer.text(RiskRenderer.parse(json));
    assertTrue(text.contains("\nLOW           8      8         1   12.5% (7)          n/a (0)"), text);
    assertEquals(RiskRenderer.render(workedExample(), ReportFormat.TEXT), RiskRenderer.text(workedExample()));
    String one =
        ReportJsonRefusalTest.edited(RiskRenderer.json(workedExample()), "/assessments/1", "REMOVE");
    assertTrue(
        RiskRenderer.text(RiskRenderer.parse(one)).contains("\n1 person assessed: everyone in"),
        RiskRenderer.text(RiskRenderer.parse(one)));
  }

  @Test
  void onlyTextAndJsonAreRiskFormats() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RiskRenderer.render(workedExample(), ReportFormat.CSV));
    assertEquals("a risk report renders as text or json, not csv", e.getMessage());
  }
}
