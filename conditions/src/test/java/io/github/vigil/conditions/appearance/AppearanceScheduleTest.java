package io.github.vigil.conditions.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppearanceScheduleTest {
  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theKthAppearanceIsDueKIntervalsAfterTheMeasureTookEffect() {
    AppearanceSchedule s = AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(15));
    assertEquals(d("2026-01-24"), s.dueDate(1));
    assertEquals(d("2026-02-08"), s.dueDate(2));
    assertEquals(List.of(d("2026-01-24"), d("2026-02-08")), s.dueDatesThrough(d("2026-02-22")));
    assertEquals(3, s.countDueThrough(d("2026-02-23")));
    assertEquals(List.of(), s.dueDatesThrough(d("2026-01-23")));
    assertEquals("every P15D from 2026-01-09", s.toString());
  }

  @Test
  void monthlyAppearancesFromTheThirtyFirstKeepTheMonthEnd() {
    AppearanceSchedule s = AppearanceSchedule.of(d("2026-01-31"), Period.ofMonths(1));
    assertEquals(
        List.of(d("2026-02-28"), d("2026-03-31"), d("2026-04-30"), d("2026-05-31")),
        s.dueDates().limit(4).toList());
    AppearanceSchedule leap = AppearanceSchedule.of(d("2028-01-31"), Period.ofMonths(1));
    assertEquals(d("2028-02-29"), leap.dueDate(1));
    assertEquals(d("2028-03-31"), leap.dueDate(2));
  }

  @Test
  void weeklyIntervalsAreDays() {
    AppearanceSchedule s = AppearanceSchedule.of(d("2026-01-09"), Period.parse("P2W"));
    assertEquals(d("2026-01-23"), s.dueDate(1));
  }

  @Test
  void theNextDueDateIsOnOrAfterOrStrictlyAfterADate() {
    AppearanceSchedule s = AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(15));
    assertEquals(d("2026-01-24"), s.nextDueOnOrAfter(d("2026-01-01")));
    assertEquals(d("2026-01-24"), s.nextDueOnOrAfter(d("2026-01-24")));
    assertEquals(d("2026-02-08"), s.nextDueAfter(d("2026-01-24")));
    assertEquals(d("2026-02-08"), s.nextDueOnOrAfter(d("2026-01-25")));
    assertTrue(s.isDueOn(d("2026-02-08")));
    assertFalse(s.isDueOn(d("2026-02-07")));
    assertFalse(s.isDueOn(d("2026-01-09")), "nothing is due the day the measure takes effect");
  }

  @Test
  void aScheduleComesFromAnActiveCourtAppearance() {
    ActiveMeasure m = ActiveMeasure.of(Measure.parse("COURT_APPEARANCE(P30D)"), d("2026-01-09"));
    assertEquals(AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(30)), AppearanceSchedule.of(m));
    assertThrows(
        IllegalArgumentException.class,
        () -> AppearanceSchedule.of(ActiveMeasure.of(Measure.of(MeasureType.SPEECH_BAN), d("2026-01-09"))));
  }

  @Test
  void intervalsMustBePositiveAndCountsStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> AppearanceSchedule.of(d("2026-01-09"), Period.ZERO));
    assertThrows(IllegalArgumentException.class, () -> AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(-1)));
    assertThrows(IllegalArgumentException.class, () -> AppearanceSchedule.of(d("2026-01-09"), Period.of(0, 1, -1)));
    AppearanceSchedule s = AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(1));
    assertThrows(IllegalArgumentException.class, () -> s.dueDate(0));
  }

  @Test
  void schedulesAreValues() {
    new EqualsTester()
        .addEqualityGroup(AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(14)), AppearanceSchedule.of(d("2026-01-09"), Period.parse("P2W")))
        .addEqualityGroup(AppearanceSchedule.of(d("2026-01-10"), Period.ofDays(14)))
        .addEqualityGroup(AppearanceSchedule.of(d("2026-01-09"), Period.ofMonths(1)))
        .testEquals();
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Period.class, Period.ofDays(1));
    t.setDefault(ActiveMeasure.class, ActiveMeasure.of(Measure.parse("COURT_APPEARANCE(P1D)"), d("2026-01-01")));
    t.testAllPublicStaticMethods(AppearanceSchedule.class);
    t.testAllPublicInstanceMethods(AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(1)));
  }
}
