package io.github.vigil.reporting;

import io.github.vigil.core.Affiliation;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.History;
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Local generators of valid registries and views, for this module's properties (until the
 * testkit's generators cover registries). A registry is decoded from a list of integers, so it
 * shrinks with the list; histories are valid because each proposed event is kept only if the
 * registry accepts it.
 */
@SuppressWarnings("EnumOrdinal") // generated choices index enums
final class RegistryGen {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final int DAYS = 400;
  /** Every type, with the ones that move people in and out of custody more often. */
  private static final EventType[] TYPES = weighted();
  private static final MeasureType[] MEASURES = {
    MeasureType.SPEECH_BAN, MeasureType.TRAVEL_BAN, MeasureType.HOUSE_ARREST, MeasureType.BAIL,
    MeasureType.COURT_APPEARANCE
  };
  private static final String[] SOURCES = {"ngo", "family", "official"};
  private static final String[] COUNTRIES = {"VE", "CO", "US"};

  private RegistryGen() {}

  private static EventType[] weighted() {
    List<EventType> types = new ArrayList<>(List.of(EventType.values()));
    types.addAll(List.of(EventType.ARREST, EventType.ARREST, EventType.RELEASE, EventType.RELEASE));
    types.addAll(List.of(EventType.RELEASE_ORDER, EventType.EXILE));
    return types.toArray(new EventType[0]);
  }

  /** Reads choices from a tape of integers; past its end, every choice is 0. */
  static final class Tape {
    private final List<Integer> values;
    private int next;

    Tape(List<Integer> values) {
      this.values = values;
    }

    int next(int bound) {
      int v = next < values.size() ? values.get(next++) : 0;
      return Math.floorMod(v, bound);
    }
  }

  static Gen<List<Integer>> tapes() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 1 << 20)).ofSizeBetween(0, 2000);
  }

  static Gen<Registry> registries() {
    return tapes().map(t -> registry(new Tape(t)));
  }

  /** A registry and a view of it, with random dates and sources. */
  record Viewed(Registry registry, RegistryView view, int seed) {
    @Override
    public String toString() {
      return registry + " " + view;
    }
  }

  static Gen<Viewed> views() {
    return tapes()
        .map(
            t -> {
              Tape tape = new Tape(t);
              Registry r = registry(tape);
              return new Viewed(r, view(r, tape), tape.next(1 << 20));
            });
  }

  static RegistryView view(Registry r, Tape tape) {
    LocalDate asOf = START.plusDays(tape.next(DAYS + 30));
    RegistryView view = r.asOf(asOf);
    if (tape.next(3) == 0) {
      view = view.knownOn(asOf.minusDays(tape.next(60)));
    } else if (tape.next(3) == 0) {
      view = view.knownOn(asOf.plusDays(tape.next(60)));
    }
    if (tape.next(3) == 0) {
      Set<Source> sources = new HashSet<>();
      sources.add(Source.of(SOURCES[tape.next(3)]));
      sources.add(Source.of(SOURCES[tape.next(3)]));
      view = view.fromSources(sources);
    }
    return view;
  }

  static Registry registry(Tape tape) {
    Registry r = Registry.empty();
    if (tape.next(4) != 0) {
      r = r.withCountry("VE");
    }
    int facilities = 1 + tape.next(4);
    for (int i = 0; i < facilities; i++) {
      r = r.withFacility(Facility.of(FacilityId.of("f" + i), FacilityKind.values()[tape.next(5)]));
    }
    int people = tape.next(16);
    for (int p = 0; p < people; p++) {
      DetaineeId id = DetaineeId.of(String.format(java.util.Locale.ROOT, "P%03d", p));
      Detainee.Builder d = Detainee.builder().id(id);
      if (tape.next(4) != 0) {
        d.birthDate(LocalDate.of(1940 + tape.next(80), 1 + tape.next(12), 1 + tape.next(28)));
      }
      int g = tape.next(4);
      if (g < 3) {
        d.gender(Gender.values()[g]);
      }
      int n = tape.next(5);
      if (n < 3) {
        d.nationality(COUNTRIES[n]);
      }
      int a = tape.next(3);
      if (a < 2) {
        d.affiliation(Affiliation.values()[a]);
      }
      d.seriousHealthCondition(tape.next(5) == 0);
      r = r.withDetainee(d.build());
      int events = tape.next(12);
      LocalDate date = START.plusDays(tape.next(60));
      for (int e = 0; e < events; e++) {
        Event event = event(tape, e == 0 ? EventType.ARREST : TYPES[tape.next(TYPES.length)], date, facilities);
        try {
          r = r.withEvent(id, event);
        } catch (InvalidTransitionException ex) {
          // not valid here: the history stays valid without it
        }
        date = date.plusDays(tape.next(3) == 0 ? 0 : tape.next(60));
      }
    }
    return r;
  }

  private static Event event(Tape tape, EventType type, LocalDate date, int facilities) {
    Event.Builder b = Event.builder().type(type).date(date);
    if (type.requiresFacility() || (type == EventType.TRANSFER)) {
      b.facility(FacilityId.of("f" + tape.next(facilities)));
    }
    if (type.carriesMeasures()) {
      int k = type.requiresMeasures() ? 1 + tape.next(2) : tape.next(3);
      List<MeasureType> chosen = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        MeasureType m = MEASURES[tape.next(MEASURES.length)];
        if (!chosen.contains(m)) {
          chosen.add(m);
          b.addMeasures(
              m == MeasureType.COURT_APPEARANCE
                  ? Measure.courtAppearance(Period.ofDays(15))
                  : Measure.of(m));
        }
      }
    }
    if (tape.next(3) == 0) {
      b.recordedOn(date.plusDays(tape.next(90)));
    }
    int precision = tape.next(8);
    if (precision < 2) {
      b.precision(precision == 0 ? DatePrecision.MONTH : DatePrecision.YEAR);
    }
    if (tape.next(5) != 0) {
      b.source(Source.of(SOURCES[tape.next(3)]));
    }
    return b.build();
  }

  /** Returns the registry of the people of {@code r} that {@code keep} accepts. */
  static Registry subset(Registry r, java.util.function.Predicate<DetaineeId> keep) {
    Registry out = Registry.empty();
    if (r.country().isPresent()) {
      out = out.withCountry(r.country().get());
    }
    for (Facility f : r.facilities()) {
      out = out.withFacility(f);
    }
    for (Detainee d : r.detainees()) {
      if (!keep.test(d.id())) {
        continue;
      }
      out = out.withDetainee(d);
      History h = r.history(d.id()).orElseThrow();
      for (Event e : h.events()) {
        out = out.withEvent(d.id(), e);
      }
    }
    return out;
  }
}
