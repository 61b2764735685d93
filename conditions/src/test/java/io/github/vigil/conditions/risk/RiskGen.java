package io.github.vigil.conditions.risk;

import io.github.vigil.core.Affiliation;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for the risk properties: one person's valid history (walked through the custody rules,
 * so every event applies), their protected traits, and valid policies. Each value is decoded from
 * small integers, so a failure shrinks towards a short, early history.
 */
final class RiskGen {
  static final DetaineeId ID = DetaineeId.of("P");
  static final FacilityId FACILITY = FacilityId.of("rodeo");
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final EventType[] KINDS = {
    EventType.ARREST,
    EventType.TRANSFER,
    EventType.RELEASE_ORDER,
    EventType.RELEASE,
    EventType.RELEASE,
    EventType.MEASURE_IMPOSED,
    EventType.MEASURE_LIFTED,
    EventType.APPEARANCE_ATTENDED,
    EventType.APPEARANCE_MISSED,
    EventType.APPEARANCE_MISSED,
    EventType.CASE_CLOSED,
    EventType.CONVICTION,
    EventType.EXILE,
    EventType.WHEREABOUTS_UNKNOWN
  };
  private static final List<MeasureType> CODES = List.of(MeasureType.values());
  private static final int MEASURE_CODES = CODES.size();

  private RiskGen() {}

  /** A generated history: the events that applied, and an as-of date on or after the last. */
  static final class Scenario {
    final List<Event> events;
    final LocalDate asOf;

    Scenario(List<Event> events, LocalDate asOf) {
      this.events = events;
      this.asOf = asOf;
    }

    LocalDate lastDate() {
      return events.get(events.size() - 1).date();
    }

    Registry registry(Detainee detainee) {
      Registry r = base().withDetainee(detainee);
      for (Event e : events) {
        r = r.withEvent(ID, e);
      }
      return r;
    }

    Registry registry() {
      return registry(Detainee.of(ID));
    }

    LegalStatus status() {
      return registry().asOf(asOf).person(ID).orElseThrow().status().orElseThrow();
    }

    Scenario plus(Event e) {
      List<Event> more = new ArrayList<>(events);
      more.add(e);
      return new Scenario(more, asOf);
    }

    @Override
    public String toString() {
      return events + " as of " + asOf;
    }
  }

  static Registry base() {
    return Registry.empty()
        .withCountry("VE")
        .withFacility(Facility.of(FACILITY, FacilityKind.PRISON));
  }

  /** Returns measures decoded from {@code bits} (one bit per code), with the given interval. */
  static List<Measure> measures(int bits, int intervalDays) {
    List<Measure> out = new ArrayList<>();
    for (int i = 0; i < MEASURE_CODES; i++) {
      if ((bits & (1 << i)) != 0) {
        out.add(measure(CODES.get(i), intervalDays));
      }
    }
    return out;
  }

  static Measure measure(MeasureType t, int intervalDays) {
    return switch (t) {
      case COURT_APPEARANCE -> Measure.courtAppearance(Period.ofDays(intervalDays));
      case OTHER -> Measure.ofText(MeasureType.OTHER, "report weekly");
      default -> Measure.of(t);
    };
  }

  /** Walks {@code steps} from an arrest; a step whose event does not apply is left out. */
  static Scenario walk(List<Integer> steps, int tailDays, boolean endAtLiberty) {
    Registry r = base().withDetainee(Detainee.of(ID));
    List<Event> events = new ArrayList<>();
    LocalDate date = START;
    Event first = Event.of(EventType.ARREST, date, FACILITY);
    r = r.withEvent(ID, first);
    events.add(first);
    for (int raw : steps) {
      EventType type = KINDS[raw % KINDS.length];
      int rest = raw / KINDS.length;
      date = date.plusDays(rest % 61);
      rest /= 61;
      int bits = rest % (1 << MEASURE_CODES);
      rest /= 1 << MEASURE_CODES;
      int interval = rest % 45 + 1;
      Event e = event(type, date, bits, interval);
      if (e == null) {
        continue;
      }
      try {
        r = r.withEvent(ID, e);
        events.add(e);
      } catch (InvalidTransitionException refused) {
        // The step does not apply in this state: leave it out.
      }
    }
    if (endAtLiberty) {
      LegalStatus s = r.asOf(date).person(ID).orElseThrow().status().orElseThrow();
      switch (s.custody()) {
        case EXILED -> {
          events.add(Event.of(EventType.ARREST, date, FACILITY));
          events.add(Event.of(EventType.RELEASE, date));
        }
        case IN_CUSTODY -> events.add(Event.of(EventType.RELEASE, date));
        default -> {}
      }
    }
    return new Scenario(events, date.plusDays(tailDays));
  }

  private static @Nullable Event event(EventType type, LocalDate date, int bits, int interval) {
    return switch (type) {
      case ARREST, TRANSFER -> Event.builder().type(type).date(date).facility(FACILITY).build();
      case RELEASE_ORDER, RELEASE ->
          Event.builder()
              .type(type)
              .date(date)
              .addAllMeasures(measures(bits % 64 == 0 ? 0 : bits, interval))
              .build();
      case MEASURE_IMPOSED ->
          bits == 0
              ? null
              : Event.builder()
                  .type(type)
                  .date(date)
                  .addAllMeasures(measures(bits, interval))
                  .build();
      case MEASURE_LIFTED ->
          Event.builder()
              .type(type)
              .date(date)
              .addMeasures(Measure.of(CODES.get(bits % MEASURE_CODES)))
              .build();
      default -> Event.of(type, date);
    };
  }

  /** Returns histories of one person, ending anywhere. */
  static Gen<Scenario> histories() {
    return steps().zip(SourceDSL.integers().between(0, 400), (s, tail) -> walk(s, tail, false));
  }

  /** Returns histories of one person who is at liberty at the end. */
  static Gen<Scenario> historiesAtLiberty() {
    return steps().zip(SourceDSL.integers().between(0, 400), (s, tail) -> walk(s, tail, true));
  }

  private static Gen<List<Integer>> steps() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, Integer.MAX_VALUE))
        .ofSizeBetween(0, 16);
  }

  /** Returns the person with protected traits decoded from a small integer. */
  static Gen<Detainee> traits() {
    return SourceDSL.integers()
        .between(0, 5 * 5 * 81 * 2 * 3 - 1)
        .map(
            raw -> {
              Detainee.Builder b = Detainee.builder();
              b.id(ID);
              int r = raw;
              int g = r % 5;
              r /= 5;
              if (g > 0 && g < 4) {
                b.gender(List.of(Gender.F, Gender.M, Gender.X).get(g - 1));
              }
              String[] countries = {"", "VE", "CO", "US", "ES"};
              int n = r % 5;
              r /= 5;
              if (n > 0) {
                b.nationality(countries[n]);
              }
              int born = r % 81;
              r /= 81;
              if (born > 0) {
                b.birthDate(LocalDate.of(1939 + born, 1 + born % 12, 1 + born % 28));
              }
              b.seriousHealthCondition(r % 2 == 1);
              r /= 2;
              if (r % 3 > 0) {
                b.affiliation(List.of(Affiliation.CIVILIAN, Affiliation.MILITARY).get(r % 3 - 1));
              }
              return b.build();
            })
        .describedAs(d -> "traits" + describe(d));
  }

  private static String describe(Detainee d) {
    return "{gender="
        + d.gender()
        + ", nationality="
        + d.nationality()
        + ", born="
        + d.birthDate()
        + ", health="
        + d.seriousHealthCondition()
        + ", affiliation="
        + d.affiliation()
        + "}";
  }

  /** Returns valid policies with weights from 0 to 4. */
  static Gen<RiskPolicy> policies() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, 4))
        .ofSize(26)
        .map(
            w -> {
              RiskPolicy.Builder b = RiskPolicy.builder();
              b.version("generated");
              b.openCasePoints(w.get(0));
              for (int i = 0; i < MEASURE_CODES; i++) {
                b.measurePoints(CODES.get(i), w.get(1 + i));
              }
              int missed = w.get(13);
              b.missedAppearancePoints(missed);
              b.overdueAppearancePoints(Math.min(missed, w.get(14)));
              b.appearancesCounted(w.get(15));
              b.overdueGraceDays(w.get(16) * 3);
              b.overdueOnlyWhenRecorded(w.get(16) % 2 == 0);
              b.priorRearrestPoints(w.get(17));
              b.rearrestsCounted(w.get(18));
              b.contestedReleaseDays(1 + w.get(19) * 10);
              b.contestedReleasePoints(w.get(20));
              b.moderateFrom(1 + w.get(21));
              b.highFrom(1 + w.get(21) + w.get(22));
              int near = w.get(23) + w.get(24);
              b.timeSinceReleasePoints(
                  List.of(PointsBand.of(30, near), PointsBand.of(90, w.get(23))));
              int far = Math.min(near, w.get(25));
              b.appearanceIntervalPoints(List.of(PointsBand.of(7, near), PointsBand.of(30, far)));
              return b.build();
            })
        .describedAs(p -> p + " " + p.measurePoints() + " open=" + p.openCasePoints());
  }
}
