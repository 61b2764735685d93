package io.github.vigil.testkit;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.Affiliation;
import io.github.vigil.core.Correction;
import io.github.vigil.core.CustodyState;
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
import io.github.vigil.core.InvalidCorrectionException;
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of Vigil's domain types, for our tests and our users'. Every
 * generator is composed from smaller ones by drawing from the same randomness source, so a
 * failing value shrinks (a failing registry shrinks towards fewer people with shorter
 * histories; a history towards a single arrest). Every generated history is valid by
 * construction: it is made by walking the state machine of docs/format.md section 3, choosing
 * at each step only an event that applies to the state reached so far, and adding it through
 * {@link History.Builder#add}.
 *
 * <p>Use them from any test framework through QuickTheories:
 *
 * <pre>{@code
 * qt().forAll(VigilGen.histories()).check(h -> h.status().isPresent());
 * qt().withExamples(50).forAll(VigilGen.registries()).check(r -> r.size() >= 0);
 * }</pre>
 *
 * <p>Every value comes from QuickTheories' seeded randomness source: a failure report ends with
 * "Seed was N", and {@code qt().withFixedSeed(N)} replays it exactly. The same seed always gives
 * the same values.
 *
 * <p>When a property fails, QuickTheories prints the smallest falsifying value. The domain types'
 * own {@code toString} hides names and notes, so the generators of people, events, histories and
 * registries describe their values in full instead ({@link #describe(History)}, {@link
 * #describe(Registry)}): every field, one record per line, enough to rebuild the value. Names and
 * notes are synthetic; the generators hold no real person's data, which is why printing them is
 * safe (a generator made from these with {@code map} or {@code flatMap} falls back to {@code
 * toString}). All methods are static, and every returned generator is immutable and thread-safe.
 */
public final class VigilGen {
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  /** The earliest date a generated history starts on. */
  public static final LocalDate EARLIEST_ARREST = LocalDate.of(2014, 1, 1);

  /** The latest date a generated history starts on. */
  public static final LocalDate LATEST_ARREST = LocalDate.of(2026, 1, 31);

  /** The facility ids that {@link #histories()} arrests and transfers people to. */
  public static final ImmutableList<FacilityId> DEFAULT_FACILITIES =
      ImmutableList.of(
          FacilityId.of("helicoide"),
          FacilityId.of("rodeo-1"),
          FacilityId.of("tocoron"),
          FacilityId.of("zona-7"),
          FacilityId.of("boleita"));

  /** The most events (after the first arrest) that {@link #histories()} generates. */
  public static final int MAX_STEPS = 24;

  /** The most people {@link #registries()} generates. */
  public static final int MAX_PEOPLE = 12;

  private static final ImmutableList<String> COUNTRIES =
      ImmutableList.of("VE", "CO", "ES", "US", "CU", "PE", "AR", "DE", "PT", "CL");

  private static final ImmutableList<Source> SOURCES =
      ImmutableList.of(
          Source.of("foro-penal"), Source.of("family"), Source.of("official"), Source.of("clippve"));

  private static final ImmutableList<String> FIRST_NAMES =
      ImmutableList.of(
          "María", "José", "Ana", "Luis", "Carmen", "Jesús", "Rosa", "Pedro", "Yolanda", "Andrés",
          "Génesis", "Rocío", "Ñángara", "Jean-Pierre", "O'Neil");

  private static final ImmutableList<String> LAST_NAMES =
      ImmutableList.of(
          "González", "Rodríguez", "Pérez", "Hernández", "Díaz", "Rojas", "Martínez", "Núñez",
          "Briceño", "de la Cruz");

  /** The texts of generated measures. */
  static final ImmutableList<String> OTHER_TEXTS =
      ImmutableList.of(
          "report weekly to the police",
          "no use of social media",
          "stay 500 m from the plaza",
          "presentación ante el tribunal de control",
          "x");

  /**
   * Text that is hard to write and read back as CSV or JSON: quotes, commas, line breaks (LF and
   * CR LF), semicolons and parentheses, accents (precomposed and as combining marks), other
   * scripts, right-to-left text and emoji, a control character, characters that spreadsheets and
   * properties files take for formulas or comments (one text starts with {@code =}), and
   * one-character values. None is blank or has white space around it, so a reader that trims
   * fields gives each back whole.
   */
  public static final ImmutableList<String> HARD_TEXTS =
      ImmutableList.of(
          "Ana María",
          "O'Neil, Jr.",
          "say \"hi\"",
          "two\nlines",
          "crlf\r\nend",
          "ñandú ü 中文 😀",
          "semi;colon (parens)",
          "#hash = formula: !bang \\ back",
          "=1+2",
          "مريم حسن",
          "Jose\u0301 Nu\u0301n\u0303ez",
          "a\u0001b",
          "\"",
          ",",
          "x");

  /** Measure texts of the same kind (no {@code ;}, parentheses or control characters). */
  static final ImmutableList<String> HARD_MEASURE_TEXTS =
      ImmutableList.of("report weekly", "no contact, with \"quotes\"", "ñ 😀", "x");

  /** Source labels of the same kind (no control characters). */
  static final ImmutableList<Source> HARD_SOURCES =
      ImmutableList.of(
          Source.of("ngo"),
          Source.of("foro penal"),
          Source.of("fam,ily"),
          Source.of("quote\"d"),
          Source.of("línea"));

  private static final ImmutableList<String> REGIONS =
      ImmutableList.of("Distrito Capital", "Miranda", "Aragua", "Carabobo", "Zulia", "Táchira");

  private VigilGen() {}

  // ---------------------------------------------------------------- ids, dates, small values

  /** Returns generated id text: 1–64 characters of {@code A–Z a–z 0–9 . _ -}. */
  public static Gen<String> idText() {
    return idText(64);
  }

  private static Gen<String> idText(int maxLength) {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, ID_CHARS.length() - 1))
        .ofSizeBetween(1, maxLength)
        .map(
            codes -> {
              StringBuilder s = new StringBuilder(codes.size());
              codes.forEach(c -> s.append(ID_CHARS.charAt(c)));
              return s.toString();
            });
  }

  /** Returns generated detainee ids. */
  public static Gen<DetaineeId> detaineeIds() {
    return idText().map(DetaineeId::of);
  }

  /** Returns generated facility ids. */
  public static Gen<FacilityId> facilityIds() {
    return idText().map(FacilityId::of);
  }

  /** Returns sources from a small fixed set ({@code foro-penal}, {@code family}, ...). */
  public static Gen<Source> sources() {
    return Generate.pick(SOURCES);
  }

  /** Returns ISO 3166-1 alpha-2 country codes from a small fixed set, {@code VE} first. */
  public static Gen<String> countries() {
    return Generate.pick(COUNTRIES);
  }

  /**
   * Returns dates from {@code from} to {@code to}, both included, shrinking towards {@code from}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns birth dates from 1930 to 2012; about one in five is a 29 February, to exercise ages
   * around leap days.
   */
  public static Gen<LocalDate> birthDates() {
    Gen<LocalDate> leapDays =
        Generate.range(0, (2012 - 1932) / 4).map(k -> LocalDate.of(1932 + 4 * k, 2, 29));
    return dates(LocalDate.of(1930, 1, 1), LocalDate.of(2012, 12, 31)).mix(leapDays, 20);
  }

  /**
   * Returns text from {@link #HARD_TEXTS}, shrinking towards the plainest; for testing what
   * stores or prints free text.
   */
  public static Gen<String> hardTexts() {
    return Generate.pick(HARD_TEXTS);
  }

  /** Returns synthetic full names, with accents, apostrophes and hyphens. */
  public static Gen<String> names() {
    return Generate.pick(FIRST_NAMES)
        .zip(Generate.pick(LAST_NAMES), (first, last) -> first + " " + last);
  }

  // ---------------------------------------------------------------- people and places

  /**
   * Returns detainees with generated ids and, each independently present or not, a name, a
   * birth date (sometimes a 29 February), a gender, a nationality, an affiliation, a serious
   * health condition and, one in twenty, the confidential flag.
   */
  public static Gen<Detainee> detainees() {
    return detainees(detaineeIds());
  }

  /** Returns detainees with ids drawn from {@code ids}; see {@link #detainees()}. */
  public static Gen<Detainee> detainees(Gen<DetaineeId> ids) {
    Gen<Optional<String>> names = names().toOptionals(20);
    Gen<Optional<LocalDate>> births = birthDates().toOptionals(15);
    Gen<Optional<Gender>> genders = Generate.enumValues(Gender.class).toOptionals(10);
    Gen<Optional<String>> nationalities = countries().toOptionals(20);
    Gen<Optional<Affiliation>> affiliations = Generate.enumValues(Affiliation.class).toOptionals(30);
    Gen<Boolean> health = Generate.range(0, 9).map(i -> i == 9);
    Gen<Boolean> confidential = Generate.range(0, 19).map(i -> i == 19);
    Gen<Detainee> detainees = in -> {
      Detainee.Builder b = Detainee.builder();
      b.id(ids.generate(in));
      names.generate(in).ifPresent(b::name);
      births.generate(in).ifPresent(b::birthDate);
      genders.generate(in).ifPresent(b::gender);
      nationalities.generate(in).ifPresent(b::nationality);
      affiliations.generate(in).ifPresent(b::affiliation);
      b.seriousHealthCondition(health.generate(in));
      b.confidential(confidential.generate(in));
      return b.build();
    };
    return detainees.describedAs(FullText::of);
  }

  /** Returns facilities with generated ids, kinds and, sometimes, a name, region and country. */
  public static Gen<Facility> facilities() {
    return facilities(facilityIds());
  }

  /** Returns facilities with ids drawn from {@code ids}; see {@link #facilities()}. */
  public static Gen<Facility> facilities(Gen<FacilityId> ids) {
    Gen<FacilityKind> kinds = Generate.enumValues(FacilityKind.class);
    Gen<Optional<String>> regions = Generate.pick(REGIONS).toOptionals(30);
    Gen<Optional<String>> countries = Generate.constant("VE").toOptionals(50);
    return in -> {
      FacilityId id = ids.generate(in);
      Facility.Builder b = Facility.builder().id(id).kind(kinds.generate(in));
      b.name("Centro " + id.value());
      regions.generate(in).ifPresent(b::region);
      countries.generate(in).ifPresent(b::country);
      return b.build();
    };
  }

  // ---------------------------------------------------------------- measures

  /** Returns every {@link MeasureType}, {@code COURT_APPEARANCE} first. */
  public static Gen<MeasureType> measureTypes() {
    return Generate.enumValues(MeasureType.class);
  }

  /**
   * Returns court-appearance intervals: days (1–90), weeks (1–4, written as days by {@link
   * Period}), months (1–3) and mixed month-and-day periods.
   */
  public static Gen<Period> appearanceIntervals() {
    Gen<Period> days = Generate.range(1, 90).map(Period::ofDays);
    Gen<Period> weeks = Generate.range(1, 4).map(Period::ofWeeks);
    Gen<Period> months = Generate.range(1, 3).map(Period::ofMonths);
    Gen<Period> mixed = Generate.range(1, 2).zip(Generate.range(1, 15), (m, d) -> Period.of(0, m, d));
    return days.mix(weeks, 25).mix(months, 30).mix(mixed, 10);
  }

  /**
   * Returns complete measures of every code, with valid parameters: an interval for {@code
   * COURT_APPEARANCE}, a text for {@code OTHER}, and now and then a text for the other codes.
   */
  public static Gen<Measure> measures() {
    return measureTypes().flatMap(VigilGen::measures);
  }

  /** Returns complete measures of the given code; see {@link #measures()}. */
  public static Gen<Measure> measures(MeasureType type) {
    if (type == MeasureType.COURT_APPEARANCE) {
      return appearanceIntervals().map(Measure::courtAppearance);
    }
    Gen<String> texts = Generate.pick(OTHER_TEXTS);
    if (type == MeasureType.OTHER) {
      return texts.map(t -> Measure.ofText(MeasureType.OTHER, t));
    }
    return texts.toOptionals(90).map(t -> t.map(s -> Measure.ofText(type, s)).orElse(Measure.of(type)));
  }

  /** Returns lists of 0 to 4 complete measures with distinct codes, in no particular order. */
  public static Gen<List<Measure>> measureLists() {
    return measureLists(0, 4);
  }

  private static Gen<List<Measure>> measureLists(int min, int max) {
    Gen<Integer> sizes = Generate.range(min, max);
    Gen<MeasureType> types = measureTypes();
    return in -> {
      int size = sizes.generate(in);
      Set<MeasureType> seen = EnumSet.noneOf(MeasureType.class);
      List<Measure> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        MeasureType t = types.generate(in);
        if (seen.add(t)) {
          out.add(measures(t).generate(in));
        }
      }
      // min is 0 or 1 and the first code drawn is always new: the list holds at least min
      return ImmutableList.copyOf(out);
    };
  }

  // ---------------------------------------------------------------- events

  /**
   * Returns well-formed events of every type (they pass {@link Event.Builder#build()}), on
   * dates from {@link #EARLIEST_ARREST} to 2026-12-31, with a source, a recording date, a
   * precision and a note now and then. Whether one applies to a given history is not
   * considered: use {@link #histories()} for valid sequences.
   */
  public static Gen<Event> events() {
    Gen<EventType> types = Generate.enumValues(EventType.class);
    Gen<LocalDate> dates = dates(EARLIEST_ARREST, LocalDate.of(2026, 12, 31));
    Gen<FacilityId> facilities = Generate.pick(DEFAULT_FACILITIES);
    Gen<List<Measure>> required = measureLists(1, 3);
    Gen<List<Measure>> optional = measureLists(0, 3);
    Gen<Event> events = in -> {
      EventType type = types.generate(in);
      Event.Builder b = Event.builder().type(type).date(dates.generate(in));
      if (type.requiresFacility()) {
        b.facility(facilities.generate(in));
      }
      if (type.requiresMeasures()) {
        b.addAllMeasures(required.generate(in));
      } else if (type.carriesMeasures()) {
        b.addAllMeasures(optional.generate(in));
      }
      return decorate(b, in).build();
    };
    return events.describedAs(FullText::of);
  }

  private static final Gen<Integer> RECORDING_LAG =
      Generate.frequency(
          Pair.of(12, Generate.constant(0)),
          Pair.of(5, Generate.range(1, 30)),
          Pair.of(1, Generate.range(31, 400)));

  private static final Gen<DatePrecision> PRECISIONS =
      Generate.frequency(
          Pair.of(16, Generate.constant(DatePrecision.DAY)),
          Pair.of(1, Generate.constant(DatePrecision.MONTH)),
          Pair.of(1, Generate.constant(DatePrecision.YEAR)));

  private static final Gen<Optional<Source>> OPTIONAL_SOURCES = sources().toOptionals(15);

  private static final Gen<Optional<String>> NOTES =
      names().map(n -> "seen by " + n + " at the gate").toOptionals(80);

  /** Adds a recording date, precision, source and note to a builder whose date is set. */
  private static Event.Builder decorate(Event.Builder b, RandomnessSource in) {
    Event draft = b.build();
    b.recordedOn(draft.date().plusDays(RECORDING_LAG.generate(in)));
    b.precision(PRECISIONS.generate(in));
    OPTIONAL_SOURCES.generate(in).ifPresent(b::source);
    NOTES.generate(in).ifPresent(b::note);
    return b;
  }

  // ---------------------------------------------------------------- histories

  /**
   * Returns valid, non-empty histories of people with generated ids, arrested and transferred
   * among {@link #DEFAULT_FACILITIES}: a first arrest between {@link #EARLIEST_ARREST} and
   * {@link #LATEST_ARREST}, then up to {@link #MAX_STEPS} events, each chosen among those that
   * apply to the state reached (releases with and without the order's measures, measures
   * imposed and lifted, court appearances attended and missed, often on their due dates,
   * convictions, closed cases, rearrests, exile and death). Several events may share a date.
   * Shrinks towards a single arrest.
   */
  public static Gen<History> histories() {
    return histories(DEFAULT_FACILITIES);
  }

  /**
   * Returns valid, non-empty histories whose arrests and transfers name only {@code
   * facilities}; see {@link #histories()}.
   *
   * @throws IllegalArgumentException if {@code facilities} is empty
   */
  public static Gen<History> histories(List<FacilityId> facilities) {
    return histories(detaineeIds(), facilities, MAX_STEPS);
  }

  /**
   * Returns valid, non-empty histories of people whose ids are drawn from {@code ids}, with up
   * to {@code maxSteps} events after the first arrest; see {@link #histories()}.
   *
   * @throws IllegalArgumentException if {@code facilities} is empty or {@code maxSteps} negative
   */
  public static Gen<History> histories(
      Gen<DetaineeId> ids, List<FacilityId> facilities, int maxSteps) {
    if (facilities.isEmpty()) {
      throw new IllegalArgumentException("facilities must not be empty");
    }
    if (maxSteps < 0) {
      throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
    }
    ImmutableList<FacilityId> pool = ImmutableList.copyOf(facilities);
    Gen<LocalDate> starts = dates(EARLIEST_ARREST, LATEST_ARREST);
    Gen<Integer> steps = Generate.range(0, maxSteps);
    Gen<History> histories =
        in -> {
          DetaineeId id = ids.generate(in);
          HistoryWalk walk = new HistoryWalk(id, pool, in);
          walk.arrest(starts.generate(in));
          int n = steps.generate(in);
          for (int i = 0; i < n && walk.step(); i++) {
            // each step appends one event that applies
          }
          return walk.history();
        };
    return histories.describedAs(FullText::of);
  }

  /**
   * Returns {@code history} in full, for the report of a failed property: the person's id, then
   * one line per event with every field (facility, measures, recording date, precision, source
   * and note). For generated values only: it prints notes.
   */
  public static String describe(History history) {
    return FullText.of(history);
  }

  /**
   * Returns {@code registry} in full, for the report of a failed property: country and name, one
   * line per facility and per person with every field (names included), and under each person one
   * line per event as {@link #describe(History)} writes it. For generated values only: it prints
   * names and notes.
   */
  public static String describe(Registry registry) {
    return FullText.of(registry);
  }

  /**
   * Returns the event types that apply to a person in status {@code s}, by docs/format.md section 3,
   * each repeated by its weight; the first is the simplest, so shrinking favours it.
   */
  private static List<EventType> candidates(LegalStatus s) {
    List<EventType> out = new ArrayList<>();
    boolean appearances = s.hasActive(MeasureType.COURT_APPEARANCE);
    switch (s.custody()) {
      case DECEASED -> {}
      case IN_CUSTODY -> {
        add(out, EventType.RELEASE, 6);
        add(out, EventType.RELEASE_ORDER, 4);
        add(out, EventType.TRANSFER, 2);
        add(out, s.whereaboutsKnown() ? EventType.WHEREABOUTS_UNKNOWN : EventType.WHEREABOUTS_CONFIRMED, 2);
        add(out, EventType.EXILE, 1);
        add(out, EventType.DEATH, 1);
      }
      case AT_LIBERTY -> {
        add(out, EventType.MEASURE_IMPOSED, 3);
        if (!s.activeMeasures().isEmpty()) {
          add(out, EventType.MEASURE_LIFTED, 2);
        }
        add(out, EventType.ARREST, 3);
        add(out, EventType.EXILE, 1);
        add(out, EventType.DEATH, 1);
      }
      case EXILED -> {
        add(out, EventType.ARREST, 3);
        add(out, EventType.EXILE, 1);
        add(out, EventType.DEATH, 1);
      }
    }
    if (s.custody() != CustodyState.DECEASED) {
      if (appearances) {
        add(out, EventType.APPEARANCE_ATTENDED, 6);
        add(out, EventType.APPEARANCE_MISSED, 2);
      }
      if (s.caseOpen()) {
        add(out, EventType.CASE_CLOSED, 2);
        add(out, EventType.CONVICTION, 1);
      }
    }
    return out;
  }

  private static void add(List<EventType> out, EventType type, int weight) {
    for (int i = 0; i < weight; i++) {
      out.add(type);
    }
  }

  /** One walk of the state machine, appending only events that apply. */
  private static final class HistoryWalk {
    private static final Gen<Integer> GAPS =
        Generate.frequency(
            Pair.of(3, Generate.constant(0)),
            Pair.of(8, Generate.range(1, 30)),
            Pair.of(3, Generate.range(31, 400)));
    private static final Gen<Integer> PERCENT = Generate.range(0, 99);

    private final ImmutableList<FacilityId> facilities;
    private final RandomnessSource in;
    private final History.Builder history;
    private LocalDate last = EARLIEST_ARREST;

    HistoryWalk(DetaineeId id, ImmutableList<FacilityId> facilities, RandomnessSource in) {
      this.facilities = facilities;
      this.in = in;
      this.history = History.builder(id);
    }

    History history() {
      return history.build();
    }

    void arrest(LocalDate date) {
      append(Event.builder().type(EventType.ARREST).date(date).facility(facility()));
    }

    /** Appends one event that applies, or returns false when none can (after a death). */
    boolean step() {
      LegalStatus s = history.status().orElseThrow();
      List<EventType> options = candidates(s);
      if (options.isEmpty()) {
        return false;
      }
      EventType type = options.get(Generate.range(0, options.size() - 1).generate(in));
      LocalDate date = last.plusDays(GAPS.generate(in));
      Event.Builder b = Event.builder().type(type);
      switch (type) {
        case ARREST, TRANSFER -> b.facility(facility());
        case RELEASE_ORDER -> b.addAllMeasures(measureLists(0, 3).generate(in));
        case RELEASE -> {
          if (s.releaseOrder().isEmpty() || PERCENT.generate(in) < 40) {
            b.addAllMeasures(measureLists(0, 3).generate(in));
          }
        }
        case MEASURE_IMPOSED -> b.addAllMeasures(measureLists(1, 2).generate(in));
        case MEASURE_LIFTED -> {
          List<ActiveMeasure> active = s.activeMeasures();
          int first = Generate.range(0, active.size() - 1).generate(in);
          int count = Generate.range(1, active.size() - first).generate(in);
          boolean byCode = PERCENT.generate(in) < 50;
          for (ActiveMeasure m : active.subList(first, first + count)) {
            b.addMeasures(byCode ? Measure.of(m.type()) : m.measure());
          }
        }
        case APPEARANCE_ATTENDED, APPEARANCE_MISSED -> {
          if (PERCENT.generate(in) < 70) {
            ActiveMeasure ca = s.activeMeasure(MeasureType.COURT_APPEARANCE).orElseThrow();
            Period interval = ca.measure().interval().orElseThrow();
            LocalDate due = ca.since().plus(interval.multipliedBy(s.appearances().size() + 1));
            if (!due.isBefore(last)) {
              date = due;
            }
          }
        }
        default -> {}
      }
      b.date(date);
      append(b);
      return true;
    }

    private FacilityId facility() {
      return facilities.get(Generate.range(0, facilities.size() - 1).generate(in));
    }

    private void append(Event.Builder b) {
      Event e = decorate(b, in).build();
      try {
        history.add(e);
      } catch (InvalidTransitionException ex) {
        throw new IllegalStateException(
            "the generator chose an event that does not apply: " + ex.getMessage(), ex);
      }
      last = e.date();
    }
  }

  // ---------------------------------------------------------------- registries

  /**
   * Returns registries of 1 to 5 facilities and up to {@link #MAX_PEOPLE} people, each with a
   * valid history (made by {@link #histories(Gen, List, int)}) or, now and then, none; the
   * country is usually {@code VE}, sometimes another, sometimes absent. Shrinks towards fewer
   * people and facilities and shorter histories.
   */
  public static Gen<Registry> registries() {
    return registries(MAX_PEOPLE);
  }

  /**
   * Returns registries of up to {@code maxPeople} people; see {@link #registries()}.
   *
   * @throws IllegalArgumentException if {@code maxPeople} is negative
   */
  public static Gen<Registry> registries(int maxPeople) {
    if (maxPeople < 0) {
      throw new IllegalArgumentException("maxPeople must not be negative: " + maxPeople);
    }
    Gen<Integer> facilityCounts = Generate.range(1, DEFAULT_FACILITIES.size());
    Gen<Integer> peopleCounts = Generate.range(0, maxPeople);
    Gen<Optional<String>> countries =
        Generate.constant("VE").mix(countries(), 20).toOptionals(10);
    Gen<String> prefixes = idText(8);
    Gen<Integer> percent = Generate.range(0, 99);
    Gen<Registry> registries =
        in -> {
          Registry.Builder r = Registry.builder();
          countries.generate(in).ifPresent(r::country);
          int nf = facilityCounts.generate(in);
          List<FacilityId> pool = DEFAULT_FACILITIES.subList(0, nf);
          for (FacilityId f : pool) {
            r.addFacility(facilities(Generate.constant(f)).generate(in));
          }
          int np = peopleCounts.generate(in);
          for (int i = 0; i < np; i++) {
            DetaineeId id = DetaineeId.of(prefixes.generate(in) + "-" + i);
            Detainee d = detainees(Generate.constant(id)).generate(in);
            r.addPerson(
                d,
                percent.generate(in) < 90
                    ? histories(Generate.constant(id), pool, MAX_STEPS).generate(in)
                    : History.empty(id));
          }
          return r.build();
        };
    return registries.describedAs(FullText::of);
  }

  /**
   * Returns registries like {@link #registries()} whose free text is hard to store: the
   * registry's name, facility names and regions, people's names and event notes are drawn from
   * {@link #HARD_TEXTS} (each sometimes absent), sources have spaces, commas, quotes and
   * accents, and measure texts commas, quotes and emoji. Histories, dates and measures are those
   * of {@link #registries()}, so every history stays valid. For testing readers and writers.
   */
  public static Gen<Registry> registriesWithHardText() {
    Gen<Registry> registries = registries();
    Gen<Optional<String>> texts = hardTexts().toOptionals(60);
    Gen<Source> sources = Generate.pick(HARD_SOURCES);
    Gen<Registry> hard = in -> {
      Registry plain = registries.generate(in);
      Registry r = Registry.empty();
      if (plain.country().isPresent()) {
        r = r.withCountry(plain.country().get());
      }
      Optional<String> name = texts.generate(in);
      if (name.isPresent()) {
        r = r.withName(name.get());
      }
      for (Facility f : plain.facilities()) {
        Facility.Builder b = Facility.builder().id(f.id()).kind(f.kind());
        texts.generate(in).ifPresent(b::name);
        texts.generate(in).ifPresent(b::region);
        f.country().ifPresent(b::country);
        r = r.withFacility(b.build());
      }
      for (Detainee d : plain.detainees()) {
        Detainee.Builder b = Detainee.builder();
        b.from(d);
        Optional<String> personName = texts.generate(in);
        if (personName.isPresent()) {
          b.name(personName.get());
        } else {
          b.name(Optional.empty());
        }
        r = r.withDetainee(b.build());
        for (Event e : plain.history(d.id()).orElseThrow().events()) {
          Event.Builder eb = Event.builder();
          eb.from(e);
          Optional<String> note = texts.generate(in);
          if (note.isPresent()) {
            eb.note(note.get());
          } else {
            eb.note(Optional.empty());
          }
          if (e.source().isPresent()) {
            eb.source(sources.generate(in));
          }
          List<Measure> measures = new ArrayList<>(e.measures().size());
          for (Measure m : e.measures()) {
            measures.add(
                m.text().isPresent()
                    ? Measure.ofText(m.type(), hardMeasureText(m.text().get()))
                    : m);
          }
          eb.measures(measures);
          r = r.withEvent(d.id(), eb.build());
        }
      }
      return r;
    };
    return hard.describedAs(FullText::of);
  }

  /**
   * Returns registries whose events all have ids ({@code E1}, {@code E2}, ...) and some of whose
   * events are corrected: retracted (when the history without them stays valid) or amended (the
   * event replaced by a copy from another source, recorded on the correction's date), each
   * correction recorded 0 to 60 days after its event was recorded and never after 2026-12-31
   * (unless the event itself was recorded later: then on the event's recording date). Reasons
   * are {@linkplain #HARD_TEXTS hard texts} (quotes, commas, line breaks, accents) or, one in
   * five, {@code "duplicate report"}.
   */
  public static Gen<Registry> registriesWithCorrections() {
    Gen<Registry> registries = registriesWithHardText();
    Gen<Integer> percent = Generate.range(0, 99);
    Gen<Integer> delays = Generate.range(0, 60);
    Gen<Optional<String>> texts = hardTexts().toOptionals(20);
    Gen<Registry> corrected = in -> {
      Registry plain = registries.generate(in);
      Registry r = Registry.empty();
      if (plain.country().isPresent()) {
        r = r.withCountry(plain.country().get());
      }
      if (plain.name().isPresent()) {
        r = r.withName(plain.name().get());
      }
      for (Facility f : plain.facilities()) {
        r = r.withFacility(f);
      }
      int next = 1;
      for (Detainee d : plain.detainees()) {
        r = r.withDetainee(d);
        for (Event e : plain.history(d.id()).orElseThrow().events()) {
          r = r.withEvent(d.id(), Event.builder().from(e).id("E" + next++).build());
        }
      }
      LocalDate last = LocalDate.of(2026, 12, 31);
      for (Detainee d : plain.detainees()) {
        for (Event e : r.history(d.id()).orElseThrow().eventsWithClaims()) {
          int roll = percent.generate(in);
          // the events as they stood before this person's corrections: none is corrected yet
          if (roll >= 25) {
            continue;
          }
          LocalDate on = e.recordedOn().plusDays(delays.generate(in));
          if (on.isAfter(last)) {
            on = e.recordedOn();
          }
          String reason = texts.generate(in).orElse("duplicate report");
          String id = e.id().orElseThrow();
          if (roll < 10) {
            String by = "E" + next++;
            Correction c = Correction.amendment(on, reason, by);
            Event replacement =
                Event.builder().from(e).id(by).recordedOn(on).source(Source.of("amended")).build();
            try {
              r = r.withAmendment(d.id(), id, c, replacement);
            } catch (InvalidCorrectionException refused) {
              // the replacement does not apply where the event stood: leave the event as it is
            }
          } else {
            Correction c = Correction.retraction(on, reason);
            if (r.history(d.id()).orElseThrow().correctionRefusal(id, c).isEmpty()) {
              r = r.withCorrection(d.id(), id, c);
            }
          }
        }
      }
      return r;
    };
    return corrected.describedAs(Registry::toString);
  }

  /**
   * Maps a measure text to a hard one, always the same for the same text, so lifts still match:
   * by the text's place among {@link #OTHER_TEXTS}, which has at least as many texts as {@link
   * #HARD_MEASURE_TEXTS}, so every hard measure text is generated.
   */
  static String hardMeasureText(String text) {
    return HARD_MEASURE_TEXTS.get(Math.floorMod(OTHER_TEXTS.indexOf(text), HARD_MEASURE_TEXTS.size()));
  }

  // ---------------------------------------------------------------- invalid input

  /**
   * Returns rows of {@code events.csv} that a reader must reject, each with one deliberate
   * defect (a date not in ISO form, an unknown type, a recording date before the date, a missing
   * facility, measures where none are taken, an unknown measure code, a court appearance without
   * a valid interval, a bad id, a bad precision, ...). The row's note holds a synthetic name, so
   * a test can check that no rejection message repeats it.
   */
  public static Gen<InvalidEventRow> invalidEventRows() {
    return InvalidEventRow.generator();
  }
}
