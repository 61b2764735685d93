package io.github.vigil.core;

import java.time.LocalDate;
import java.time.Period;

/** Small builders shared by the core's tests. */
final class Fixtures {
  static final DetaineeId A = DetaineeId.of("A");
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final FacilityId RODEO = FacilityId.of("rodeo-1");
  static final Measure SPEECH_BAN = Measure.of(MeasureType.SPEECH_BAN);
  static final Measure TRAVEL_BAN = Measure.of(MeasureType.TRAVEL_BAN);
  static final Measure HOUSE_ARREST = Measure.of(MeasureType.HOUSE_ARREST);
  static final Measure P15D = Measure.courtAppearance(Period.ofDays(15));
  static final Measure P30D = Measure.courtAppearance(Period.ofDays(30));

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Event arrest(String date) {
    return Event.of(EventType.ARREST, d(date), HELICOIDE);
  }

  static Event transfer(String date) {
    return Event.of(EventType.TRANSFER, d(date), RODEO);
  }

  static Event event(EventType type, String date) {
    return Event.of(type, d(date));
  }

  static Event with(EventType type, String date, Measure... measures) {
    return Event.of(type, d(date), measures);
  }

  static History history(Event... events) {
    return History.of(A, java.util.List.of(events));
  }

  static LegalStatus status(Event... events) {
    return history(events).status().orElseThrow();
  }
}
