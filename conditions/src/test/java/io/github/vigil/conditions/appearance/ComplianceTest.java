package io.github.vigil.conditions.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.AppearanceRecord;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.History;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceTest {
  static final AppearanceSchedule EVERY_15_DAYS = AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(15));
  // due 01-24, 02-08, 02-23, 03-10, 03-25

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static AppearanceRecord attended(String date) {
    return AppearanceRecord.of(d(date), true);
  }

  static AppearanceRecord missed(String date) {
    return AppearanceRecord.of(d(date), false);
  }

  @Test
  void someoneWhoAttendedEveryDueDateComplies() {
    Compliance c = Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24"), attended("2026-02-08")), d("2026-02-10"));
    assertEquals(2, c.due());
    assertEquals(List.of(d("2026-01-24"), d("2026-02-08")), c.attended());
    assertEquals(List.of(), c.missed());
    assertEquals(List.of(), c.overdue());
    assertEquals(d("2026-02-23"), c.nextDue());
    assertTrue(c.isCompliant());
  }

  @Test
  void dueDatesAfterTheLastRecordThatHavePassedAreOverdue() {
    Compliance c = Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24")), d("2026-03-10"));
    assertEquals(List.of(d("2026-02-08"), d("2026-02-23")), c.overdue(), "03-10 is due today, not yet overdue");
    assertEquals(4, c.due());
    assertEquals(d("2026-03-10"), c.nextDue());
    assertFalse(c.isCompliant());
  }

  @Test
  void withNoRecordEveryPassedDueDateIsOverdue() {
    Compliance c = Compliance.of(EVERY_15_DAYS, List.of(), d("2026-02-09"));
    assertEquals(List.of(d("2026-01-24"), d("2026-02-08")), c.overdue());
    assertTrue(c.lastRecord().isEmpty());
  }

  @Test
  void aLateAppearanceAccountsForEveryEarlierDueDate() {
    Compliance c = Compliance.of(EVERY_15_DAYS, List.of(attended("2026-02-20")), d("2026-02-22"));
    assertEquals(List.of(), c.overdue());
    assertEquals(d("2026-02-23"), c.nextDue());
  }

  @Test
  void aMissedAppearanceIsRecordedAndBreaksCompliance() {
    Compliance c =
        Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24"), missed("2026-02-08")), d("2026-02-10"));
    assertEquals(List.of(d("2026-02-08")), c.missed());
    assertEquals(List.of(), c.overdue());
    assertFalse(c.isCompliant());
    assertEquals(missed("2026-02-08"), c.lastRecord().orElseThrow());
  }

  @Test
  void anAppearanceRecordedOnTheAsOfDueDateMovesTheNextDueDate() {
    Compliance c = Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24")), d("2026-01-24"));
    assertEquals(d("2026-02-08"), c.nextDue());
    Compliance before = Compliance.of(EVERY_15_DAYS, List.of(), d("2026-01-24"));
    assertEquals(d("2026-01-24"), before.nextDue());
    assertTrue(before.isCompliant());
  }

  @Test
  void recordsAfterTheAsOfDateOrBeforeTheScheduleAreIgnored() {
    Compliance c =
        Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-01"), attended("2026-01-24"), missed("2026-02-08")), d("2026-02-01"));
    assertEquals(List.of(attended("2026-01-24")), c.records());
    assertEquals(1, c.due());
  }

  @Test
  void complianceIsReadFromALegalStatus() {
    FacilityId f = FacilityId.of("helicoide");
    History h =
        History.of(
            DetaineeId.of("A"),
            List.of(
                Event.of(EventType.ARREST, d("2025-03-01"), f),
                Event.of(EventType.RELEASE, d("2026-01-09"), Measure.parse("COURT_APPEARANCE(P15D)"), Measure.of(MeasureType.SPEECH_BAN)),
                Event.of(EventType.APPEARANCE_ATTENDED, d("2026-01-24")),
                Event.of(EventType.APPEARANCE_MISSED, d("2026-02-08"))));
    LegalStatus s = h.status().orElseThrow();
    Compliance c = Compliance.of(s, d("2026-03-01")).orElseThrow();
    assertEquals(EVERY_15_DAYS, c.schedule());
    assertEquals(List.of(d("2026-01-24")), c.attended());
    assertEquals(List.of(d("2026-02-08")), c.missed());
    assertEquals(List.of(d("2026-02-23")), c.overdue());
    assertEquals(d("2026-03-10"), c.nextDue());
    assertEquals(
        "Compliance{every P15D from 2026-01-09 as of 2026-03-01: due=3, attended=1, missed=1, overdue=1, next=2026-03-10}",
        c.toString());
    LegalStatus noAppearances =
        History.of(DetaineeId.of("B"), List.of(Event.of(EventType.ARREST, d("2025-03-01"), f), Event.of(EventType.RELEASE, d("2026-01-09"))))
            .status()
            .orElseThrow();
    assertTrue(Compliance.of(noAppearances, d("2026-03-01")).isEmpty());
  }
}
