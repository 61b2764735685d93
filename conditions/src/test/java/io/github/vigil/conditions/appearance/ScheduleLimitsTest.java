package io.github.vigil.conditions.appearance;

import static io.github.vigil.conditions.appearance.ComplianceTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.Measure;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ScheduleLimitsTest {
  @Test
  void aScheduleNeedsACourtAppearanceWithAnInterval() {
    assertEquals(
        "a schedule needs a COURT_APPEARANCE measure, not TRAVEL_BAN",
        assertThrows(
                IllegalArgumentException.class,
                () -> AppearanceSchedule.of(ActiveMeasure.of(Measure.parse("TRAVEL_BAN"), d("2026-01-01"))))
            .getMessage());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AppearanceSchedule.of(
                    ActiveMeasure.of(Measure.parse("COURT_APPEARANCE"), d("2026-01-01"))));
    assertEquals(true, String.valueOf(e.getMessage()).startsWith("COURT_APPEARANCE "), e.getMessage());
    assertEquals(true, String.valueOf(e.getMessage()).endsWith(" has no interval"), e.getMessage());
  }

  @Test
  void monthlyAndYearlyAppearancesAreCountedFarFromTheStart() {
    AppearanceSchedule monthly = AppearanceSchedule.of(d("2026-01-31"), Period.ofMonths(1));
    assertEquals(d("2026-02-28"), monthly.dueDate(1));
    assertEquals(12, monthly.countDueThrough(d("2027-01-31")));
    assertEquals(11, monthly.countDueThrough(d("2027-01-30")));
    assertEquals(0, monthly.countDueThrough(d("2026-01-31")));
    AppearanceSchedule yearly = AppearanceSchedule.of(d("2024-02-29"), Period.of(1, 1, 1));
    assertEquals(3, yearly.countDueThrough(yearly.dueDate(3)));
    assertEquals(2, yearly.countDueThrough(yearly.dueDate(3).minusDays(1)));
    assertEquals(yearly.dueDate(4), yearly.nextDueAfter(yearly.dueDate(3)));
  }
}
