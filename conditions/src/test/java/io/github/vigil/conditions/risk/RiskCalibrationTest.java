package io.github.vigil.conditions.risk;

import static io.github.vigil.conditions.risk.RiskPolicyTest.d;
import static io.github.vigil.conditions.risk.RiskPolicyTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Registry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskCalibrationTest {
  /**
   * Four people released with their case closed (LOW at release: only the fresh release scores)
   * followed 10 days to a rearrest, 20 days to an exile, 40 days to a rearrest, 200 days to the
   * as-of date; one released under weekly appearances and a speech ban (HIGH) and rearrested 4 days
   * later.
   */
  static Registry spells() {
    Registry r = RiskPolicyTest.registry("L1", "L2", "L3", "L4", "H1");
    String[] ends = {"2025-01-11", "2025-01-21", "2025-02-10", null};
    EventType[] endTypes = {EventType.ARREST, EventType.EXILE, EventType.ARREST, null};
    for (int i = 0; i < 4; i++) {
      DetaineeId id = DetaineeId.of("L" + (i + 1));
      r =
          r.withEvent(id, event(EventType.ARREST, "2024-06-01"))
              .withEvent(id, event(EventType.RELEASE, "2025-01-01"))
              .withEvent(id, event(EventType.CASE_CLOSED, "2025-01-01"));
      if (ends[i] != null) {
        r = r.withEvent(id, event(endTypes[i], ends[i]));
      }
    }
    DetaineeId h = DetaineeId.of("H1");
    return r.withEvent(h, event(EventType.ARREST, "2024-06-01"))
        .withEvent(h, event(EventType.RELEASE, "2025-03-01", "COURT_APPEARANCE(P7D);SPEECH_BAN"))
        .withEvent(h, event(EventType.ARREST, "2025-03-05"));
  }

  @Test
  void observedRatesPerLevelAreKaplanMeierOnReleaseSpells() {
    RiskCalibration c = RiskCalibration.of(spells().asOf(d("2025-07-20")), RiskPolicy.standard());
    assertEquals("vigil-points 1.0", c.model());
    assertEquals(5, c.spells());
    assertEquals(
        List.of(RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH),
        c.levels().stream().map(LevelCalibration::level).toList());

    LevelCalibration low = c.levels().get(0);
    assertEquals(4, low.spells());
    assertEquals(4, low.people());
    assertEquals(2, low.rearrests());
    assertEquals(
        "[30 days: 0.250 (at risk 2, rearrested 1), 90 days: 0.625 (at risk 1, rearrested 2),"
            + " 180 days: 0.625 (at risk 1, rearrested 2)]",
        low.rates().toString());
    assertEquals(
        Optional.of("only 4 spells (fewer than 20): too few for the rates to mean anything"),
        low.warning());

    LevelCalibration moderate = c.levels().get(1);
    assertEquals(0, moderate.spells());
    assertEquals(Optional.empty(), moderate.rates().get(0).rate());
    assertEquals(Optional.of("no release spell began at this level"), moderate.warning());

    LevelCalibration high = c.levels().get(2);
    assertEquals(1, high.spells());
    assertEquals(Optional.of(1.0), high.rates().get(0).rate());
    assertEquals(0, high.rates().get(0).atRisk());
  }

  @Test
  void aSpellNotFollowedToTheHorizonHasNoRate() {
    RiskCalibration c = RiskCalibration.of(spells().asOf(d("2025-03-01")), RiskPolicy.standard());
    // As of 2025-03-01 L4 has been followed 59 days; nobody at LOW reaches 90 days.
    LevelCalibration low = c.levels().get(0);
    assertEquals(Optional.of(0.25), low.rates().get(0).rate());
    assertEquals(Optional.empty(), low.rates().get(1).rate());
  }

  @Test
  void theLevelOfASpellIsTheLevelAsOfTheReleaseDate() {
    // A person released with the case closed (LOW), then put under measures and rearrested.
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        RiskPolicyTest.registry("P")
            .withEvent(p, event(EventType.ARREST, "2024-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-01-01"))
            .withEvent(p, event(EventType.CASE_CLOSED, "2025-01-01"))
            .withEvent(
                p,
                event(
                    EventType.MEASURE_IMPOSED,
                    "2025-01-02",
                    "COURT_APPEARANCE(P7D);SPEECH_BAN;TRAVEL_BAN"))
            .withEvent(p, event(EventType.ARREST, "2025-01-20"));
    RiskCalibration c = RiskCalibration.of(r.asOf(d("2025-06-01")), RiskPolicy.standard());
    assertEquals(List.of(1, 0, 0), c.levels().stream().map(LevelCalibration::spells).toList());
  }

  @Test
  void aPersonTakenAgainOnTheDayOfReleaseIsScoredAsReleasedNotAsHeld() {
    // Released under weekly appearances and a speech ban, and rearrested the same day: scored
    // after the rearrest (in custody, nothing active) the spell used to count as LOW, so LOW
    // showed the only rearrest.
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        RiskPolicyTest.registry("P")
            .withEvent(p, event(EventType.ARREST, "2024-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-03-01", "COURT_APPEARANCE(P7D);SPEECH_BAN"))
            .withEvent(p, event(EventType.ARREST, "2025-03-01"));
    RiskCalibration c = RiskCalibration.of(r.asOf(d("2025-06-01")), RiskPolicy.standard());
    assertEquals(List.of(0, 0, 1), c.levels().stream().map(LevelCalibration::spells).toList());
    assertEquals(1, c.levels().get(2).rearrests());
    assertEquals(0, c.levels().get(0).rearrests());
  }

  @Test
  void measuresImposedOnTheDayOfReleaseCountAtRelease() {
    // The release and the measures the court set, recorded as two rows of the same day.
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        RiskPolicyTest.registry("P")
            .withEvent(p, event(EventType.ARREST, "2024-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-03-01"))
            .withEvent(
                p, event(EventType.MEASURE_IMPOSED, "2025-03-01", "COURT_APPEARANCE(P7D);SPEECH_BAN"))
            .withEvent(p, event(EventType.EXILE, "2025-03-01"));
    RiskCalibration c = RiskCalibration.of(r.asOf(d("2025-06-01")), RiskPolicy.standard());
    assertEquals(List.of(0, 0, 1), c.levels().stream().map(LevelCalibration::spells).toList());
  }

  @Test
  void badHorizonsAreRefused() {
    var view = spells().asOf(d("2025-07-20"));
    RiskPolicy p = RiskPolicy.standard();
    assertThrows(IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(), 20));
    assertThrows(
        IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(90, 30), 20));
    assertThrows(
        IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(30), -1));
  }
}
