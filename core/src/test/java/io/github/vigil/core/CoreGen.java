package io.github.vigil.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small generators for the core's own properties. The richer ones are in the testkit module,
 * which depends on the core, so the core's tests cannot use them. A history here is grown by
 * offering random well-formed events and keeping those {@link History#append} accepts.
 */
final class CoreGen {
  static final ImmutableList<FacilityId> FACILITIES =
      ImmutableList.of(FacilityId.of("helicoide"), FacilityId.of("rodeo-1"));
  static final ImmutableList<Measure> MEASURES =
      ImmutableList.of(
          Measure.courtAppearance(Period.ofDays(15)),
          Measure.courtAppearance(Period.ofMonths(1)),
          Measure.of(MeasureType.SPEECH_BAN),
          Measure.of(MeasureType.TRAVEL_BAN),
          Measure.of(MeasureType.HOUSE_ARREST),
          Measure.ofText(MeasureType.OTHER, "report weekly"));
  static final ImmutableList<Source> SOURCES =
      ImmutableList.of(Source.of("family"), Source.of("official"));

  private CoreGen() {}

  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  static Gen<List<Measure>> measures(int min, int max) {
    Gen<Integer> sizes = Generate.range(min, max);
    Gen<Measure> one = Generate.pick(MEASURES);
    return in -> {
      int n = sizes.generate(in);
      List<Measure> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Measure m = one.generate(in);
        if (out.stream().noneMatch(x -> x.type() == m.type())) {
          out.add(m);
        }
      }
      return out;
    };
  }

  /** Returns a well-formed event of a random type on {@code date}, recorded up to 40 days later. */
  static Gen<Event> eventsOn(LocalDate date) {
    Gen<EventType> types = Generate.enumValues(EventType.class);
    Gen<FacilityId> facilities = Generate.pick(FACILITIES);
    Gen<List<Measure>> some = measures(1, 2);
    Gen<List<Measure>> any = measures(0, 2);
    Gen<Integer> lag = Generate.range(0, 40).mix(Generate.constant(0), 60);
    Gen<Source> sources = Generate.pick(SOURCES);
    return in -> {
      EventType type = types.generate(in);
      Event.Builder b = Event.builder().type(type).date(date);
      if (type.requiresFacility()) {
        b.facility(facilities.generate(in));
      }
      if (type.requiresMeasures()) {
        b.addAllMeasures(some.generate(in));
      } else if (type.carriesMeasures()) {
        b.addAllMeasures(any.generate(in));
      }
      b.recordedOn(date.plusDays(lag.generate(in)));
      b.source(sources.generate(in));
      return b.build();
    };
  }

  /**
   * Returns valid non-empty histories of person {@code A}, of up to about 20 events, described by
   * their events when a property fails (the history's own {@code toString} gives only a count).
   */
  static Gen<History> histories() {
    Gen<LocalDate> starts = dates(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
    Gen<Integer> offers = Generate.range(0, 40);
    Gen<Integer> gaps = Generate.range(0, 45).mix(Generate.constant(0), 25);
    Gen<FacilityId> facilities = Generate.pick(FACILITIES);
    Gen<History> histories = in -> {
      LocalDate day = starts.generate(in);
      History h = History.empty(Fixtures.A).append(Event.of(EventType.ARREST, day, facilities.generate(in)));
      int n = offers.generate(in);
      for (int i = 0; i < n; i++) {
        day = day.plusDays(gaps.generate(in));
        Event e = eventsOn(day).generate(in);
        try {
          h = h.append(e);
        } catch (InvalidTransitionException refused) {
          // not applicable here: offer another
        }
      }
      return h;
    };
    return histories.describedAs(h -> "History of " + h.detainee() + ": " + h.events());
  }
}
