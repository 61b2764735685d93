package io.github.vigil.io;

import com.google.common.collect.ImmutableList;
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
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates whole registries with text that is hard for CSV and JSON (quotes, commas, line
 * breaks, semicolons, non-Latin scripts, emoji), valid histories (candidate events that do not
 * apply are dropped) and every optional field sometimes present. Local to this module's tests
 * until the testkit's registry generators are on the main branch.
 */
final class LocalRegistries {
  static final ImmutableList<String> TEXTS =
      ImmutableList.of(
          "Ana María",
          "O'Neil, Jr.",
          "say \"hi\"",
          "two\nlines",
          "crlf\r\nend",
          "ñandú ü 中文 😀",
          "semi;colon (parens)",
          "#hash = formula: !bang \\ back",
          "a\u0001b",
          "\"",
          ",",
          "x");
  static final ImmutableList<String> MEASURE_TEXTS =
      ImmutableList.of("report weekly", "no contact, with \"quotes\"", "ñ 😀", "x");
  static final ImmutableList<String> SOURCES =
      ImmutableList.of("ngo", "foro penal", "fam,ily", "quote\"d", "línea");
  static final ImmutableList<FacilityId> FACILITIES =
      ImmutableList.of(
          FacilityId.of("helicoide"), FacilityId.of("rodeo-1"), FacilityId.of("Z.9_x"), FacilityId.of("tocoron"));

  private LocalRegistries() {}

  private static int between(RandomnessSource in, int low, int high) {
    return Generate.range(low, high).generate(in);
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) < percent;
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  static Gen<Registry> registries() {
    return LocalRegistries::registry;
  }

  private static Registry registry(RandomnessSource in) {
    Registry r = Registry.empty();
    if (chance(in, 70)) {
      r = r.withCountry(pick(in, List.of("VE", "CO", "ES")));
    }
    if (chance(in, 50)) {
      r = r.withName(pick(in, TEXTS));
    }
    int nf = between(in, 1, FACILITIES.size());
    for (FacilityId id : FACILITIES.subList(0, nf)) {
      Facility.Builder f = Facility.builder().id(id).kind(pick(in, List.of(FacilityKind.values())));
      if (chance(in, 50)) {
        f.name(pick(in, TEXTS));
      }
      if (chance(in, 50)) {
        f.region(pick(in, TEXTS));
      }
      if (chance(in, 50)) {
        f.country("VE");
      }
      r = r.withFacility(f.build());
    }
    int people = between(in, 0, 8);
    for (int i = 0; i < people; i++) {
      DetaineeId id = DetaineeId.of(pick(in, List.of("P", "p.", "Z_", "a-")) + i);
      Detainee.Builder d = Detainee.builder().id(id);
      if (chance(in, 60)) {
        d.name(pick(in, TEXTS));
      }
      if (chance(in, 50)) {
        d.birthDate(LocalDate.of(1930, 1, 1).plusDays(between(in, 0, 30_000)));
      }
      if (chance(in, 50)) {
        d.gender(pick(in, List.of(Gender.values())));
      }
      if (chance(in, 50)) {
        d.nationality(pick(in, List.of("VE", "CO", "US")));
      }
      if (chance(in, 50)) {
        d.affiliation(pick(in, List.of(Affiliation.values())));
      }
      d.seriousHealthCondition(chance(in, 20));
      r = r.withDetainee(d.build());
      LocalDate date = LocalDate.of(2014, 1, 1).plusDays(between(in, 0, 4000));
      int candidates = between(in, 0, 25);
      for (int k = 0; k < candidates; k++) {
        date = date.plusDays(between(in, 0, 3) == 0 ? 0 : between(in, 1, 90));
        EventType type = k == 0 ? EventType.ARREST : pick(in, List.of(EventType.values()));
        try {
          r = r.withEvent(id, event(in, type, date, nf));
        } catch (InvalidTransitionException | IllegalArgumentException e) {
          // a candidate that does not apply (or is not well-formed) is dropped
        }
      }
    }
    return r;
  }

  private static Event event(RandomnessSource in, EventType type, LocalDate date, int nf) {
    Event.Builder b = Event.builder().type(type).date(date);
    if (type.requiresFacility() || chance(in, 10)) {
      b.facility(FACILITIES.get(between(in, 0, nf - 1)));
    }
    if (type.carriesMeasures()) {
      int n = between(in, type.requiresMeasures() ? 1 : 0, 3);
      for (int i = 0; i < n; i++) {
        b.addMeasures(measure(in, type == EventType.MEASURE_LIFTED));
      }
    }
    if (chance(in, 40)) {
      b.recordedOn(date.plusDays(between(in, 0, 400)));
    }
    if (chance(in, 30)) {
      b.precision(pick(in, List.of(DatePrecision.values())));
    }
    if (chance(in, 60)) {
      b.source(Source.of(pick(in, SOURCES)));
    }
    if (chance(in, 40)) {
      b.note(pick(in, TEXTS));
    }
    return b.build();
  }

  private static Measure measure(RandomnessSource in, boolean mayBeIncomplete) {
    MeasureType t = pick(in, List.of(MeasureType.values()));
    if (mayBeIncomplete && chance(in, 50)) {
      return Measure.of(t);
    }
    return switch (t) {
      case COURT_APPEARANCE ->
          Measure.courtAppearance(
              pick(in, List.of(Period.ofDays(15), Period.ofWeeks(2), Period.ofMonths(1), Period.of(1, 2, 3))));
      case OTHER -> Measure.withText(t, pick(in, MEASURE_TEXTS));
      default -> chance(in, 20) ? Measure.withText(t, pick(in, MEASURE_TEXTS)) : Measure.of(t);
    };
  }
}
