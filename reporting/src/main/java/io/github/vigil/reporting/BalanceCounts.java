package io.github.vigil.reporting;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.FreedomGroup;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The mutable counts of the weekly balance — durations, the breakdowns by region, agency,
 * gender, age band, nationality and profile, releases by where they land, people newly
 * registered, deaths in and out of custody, and how cases ended — for some of a view's people.
 * Part of a {@link FreedomSummary}'s counts: merged the same way, frozen with them.
 */
@SuppressWarnings("EnumOrdinal") // dense arrays indexed by the enums
final class BalanceCounts {
  static final String UNKNOWN = "UNKNOWN";
  static final String NOT_STATED = "NOT_STATED";
  static final String[] GENDERS = {"F", "M", "X", NOT_STATED};
  static final String[] NATIONALITIES = {"NATIONAL", "FOREIGN", "DUAL", UNKNOWN};

  private static final int CATS = FreedomCategory.values().length;
  private static final int KINDS = DurationKind.values().length;
  private static final int BUCKETS = DurationBucket.values().length;
  private static final int OUTCOMES = CaseOutcome.values().length + 1;

  /** What counting one person needs from the view and the options. */
  static final class Settings {
    final LocalDate asOf;
    final @Nullable LocalDate since;
    final Registry registry;
    final @Nullable String country;
    final ClassificationPolicy policy;
    final AgeBands bands;

    Settings(RegistryView view, ReportOptions options) {
      this.asOf = view.asOf();
      this.since = options.since().orElse(null);
      this.registry = view.registry();
      this.country = view.registry().country().orElse(null);
      this.policy = options.policy();
      this.bands = AgeBands.of(options.ageBands());
    }
  }

  final List<DayCounts> durations = new ArrayList<>(KINDS);
  final long[] approximate = new long[KINDS];
  final long[][] buckets = new long[KINDS][BUCKETS];
  final TreeMap<String, long[]> byRegion = new TreeMap<>();
  final TreeMap<String, long[]> byAgency = new TreeMap<>();
  final long[][] byGender = new long[GENDERS.length][CATS];
  final TreeMap<Integer, long[]> byAgeBand = new TreeMap<>(); // band index; -1 = unknown
  final long[][] byNationality = new long[NATIONALITIES.length][CATS];
  final TreeMap<String, long[]> byProfile = new TreeMap<>();
  final long[] outcomes = new long[OUTCOMES]; // CaseOutcome ordinals, then not stated
  long deceasedInCustody;
  long deceasedOutOfCustody;
  long newlyRegistered;
  final long[] releasesTo = new long[CATS];
  long deathsInCustody;

  BalanceCounts() {
    for (int k = 0; k < KINDS; k++) {
      durations.add(new DayCounts());
    }
  }

  /** Adds one person of the population, in {@code category} with {@code status}. */
  void add(PersonView person, LegalStatus status, FreedomCategory category, Settings s) {
    int c = category.ordinal();
    Detainee d = person.detainee();
    durations(person, status, category, s);
    String region =
        s.registry.facility(status.facility()).flatMap(Facility::region).orElse(UNKNOWN);
    byRegion.computeIfAbsent(region, k -> new long[CATS])[c]++;
    byGender[d.gender().map(Enum::ordinal).orElse(GENDERS.length - 1)][c]++;
    OptionalInt age = d.ageOn(s.asOf);
    byAgeBand.computeIfAbsent(age.isPresent() ? s.bands.band(age.getAsInt()) : -1, k -> new long[CATS])[c]++;
    byNationality[nationality(d, s.country)][c]++;
    for (Profile p : d.profiles()) {
      byProfile.computeIfAbsent(p.code(), k -> new long[CATS])[c]++;
    }
    String agency = UNKNOWN;
    LocalDate firstRecorded = null;
    for (Event e : person.appliedEvents()) {
      if (e.type() == EventType.ARREST) {
        agency = e.agency().orElse(UNKNOWN);
      } else if (e.type() == EventType.CASE_CLOSED) {
        outcomes[e.outcome().map(Enum::ordinal).orElse(OUTCOMES - 1)]++;
      }
      if (firstRecorded == null || e.recordedOn().isBefore(firstRecorded)) {
        firstRecorded = e.recordedOn();
      }
    }
    byAgency.computeIfAbsent(agency, k -> new long[CATS])[c]++;
    if (s.since != null && firstRecorded != null && firstRecorded.isAfter(s.since)) {
      newlyRegistered++;
    }
    new Replay(s).run(person);
  }

  /** Classifies a person's nationality against the registry's country. */
  private static int nationality(Detainee d, @Nullable String country) {
    if (d.nationalities().size() > 1) {
      return 2;
    }
    if (d.nationality().isEmpty() || country == null) {
      return 3;
    }
    return d.nationality().get().equals(country) ? 0 : 1;
  }

  private void durations(PersonView person, LegalStatus status, FreedomCategory category, Settings s) {
    boolean deprived = s.policy.group(category) == FreedomGroup.DEPRIVED_OF_LIBERTY;
    if (deprived) {
      if (status.custody() == CustodyState.IN_CUSTODY) {
        duration(DurationKind.DEPRIVED_OF_LIBERTY, status.since(), person, s, EventType.ARREST);
      } else {
        LocalDate start =
            status.activeMeasure(MeasureType.HOUSE_ARREST).map(ActiveMeasure::since).orElse(status.since());
        duration(DurationKind.DEPRIVED_OF_LIBERTY, start, person, s, EventType.RELEASE, EventType.MEASURE_IMPOSED);
      }
      if (!status.convicted()) {
        duration(
            DurationKind.WITHOUT_CONVICTION,
            status.caseOpenSince().orElse(status.since()),
            person,
            s,
            EventType.ARREST);
      }
    }
    switch (category) {
      case RELEASE_PENDING ->
          status.releasePendingSince().ifPresent(
              d -> duration(DurationKind.RELEASE_PENDING, d, person, s, EventType.RELEASE_ORDER));
      case WHEREABOUTS_UNKNOWN ->
          status.whereaboutsUnknownSince().ifPresent(
              d -> duration(DurationKind.WHEREABOUTS_UNKNOWN, d, person, s, EventType.WHEREABOUTS_UNKNOWN));
      case CONDITIONAL -> {
        LocalDate start = status.since();
        if (!status.activeMeasures().isEmpty()) {
          start = status.activeMeasures().stream().map(ActiveMeasure::since).min(LocalDate::compareTo).orElseThrow();
        }
        duration(DurationKind.UNDER_MEASURES, start, person, s, EventType.RELEASE, EventType.MEASURE_IMPOSED);
      }
      default -> {}
    }
  }

  /**
   * Counts a duration from {@code start} to D. When an applied event of one of {@code types} on
   * {@code start} has an approximate date, the duration is counted from the end of its month or
   * year (at most D): the shortest it can be.
   */
  private void duration(DurationKind kind, LocalDate start, PersonView person, Settings s, EventType... types) {
    LocalDate from = start;
    boolean approx = false;
    for (Event e : person.appliedEvents()) {
      if (e.date().equals(start) && e.isApproximate() && among(e.type(), types)) {
        approx = true;
        LocalDate end =
            e.precision() == DatePrecision.MONTH
                ? start.with(TemporalAdjusters.lastDayOfMonth())
                : start.with(TemporalAdjusters.lastDayOfYear());
        from = end.isAfter(s.asOf) ? s.asOf : end;
      }
    }
    int k = kind.ordinal();
    long days = s.asOf.toEpochDay() - from.toEpochDay();
    durations.get(k).add(days);
    buckets[k][DurationBucket.of(from, s.asOf).ordinal()]++;
    if (approx) {
      approximate[k]++;
    }
  }

  /** Returns whether {@code type} is one of {@code types}. */
  private static boolean among(EventType type, EventType[] types) {
    for (EventType t : types) {
      if (t == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * One replay of a person's applied events, for what needs the state around an event: the
   * category a release lands in (at the end of its day), and whether a death happened in custody
   * (or under house arrest).
   */
  private final class Replay {
    private final Settings s;
    private @Nullable LocalDate releaseDay;
    private int releases; // on releaseDay: two releases on one day land once, counted twice
    private @Nullable LegalStatus afterRelease;

    Replay(Settings s) {
      this.s = s;
    }

    void run(PersonView person) {
      person.replay(
          step -> {
            Event e = step.event();
            if (releaseDay != null && !e.date().equals(releaseDay)) {
              landed();
            }
            boolean inWindow = s.since != null && e.date().isAfter(s.since);
            if (e.type() == EventType.RELEASE && inWindow) {
              releaseDay = e.date();
              releases++;
            }
            if (releaseDay != null) {
              afterRelease = step.status();
            }
            if (e.type() == EventType.DEATH) {
              LegalStatus st = step.status();
              boolean inCustody =
                  step.left(CustodyState.IN_CUSTODY)
                      || (step.left(CustodyState.AT_LIBERTY) && st.hasActive(MeasureType.HOUSE_ARREST));
              if (inCustody) {
                deceasedInCustody++;
              } else {
                deceasedOutOfCustody++;
              }
              if (inWindow && inCustody) {
                deathsInCustody++;
              }
            }
          });
      if (releaseDay != null) {
        landed();
      }
    }

    private void landed() {
      LegalStatus st = Objects.requireNonNull(afterRelease);
      releasesTo[s.policy.category(st).ordinal()] += releases;
      releases = 0;
      releaseDay = null;
      afterRelease = null;
    }
  }

  @CanIgnoreReturnValue
  BalanceCounts merge(BalanceCounts o) {
    for (int k = 0; k < KINDS; k++) {
      durations.get(k).addAll(o.durations.get(k));
      add(buckets[k], o.buckets[k]);
    }
    add(approximate, o.approximate);
    merge(byRegion, o.byRegion);
    merge(byAgency, o.byAgency);
    merge(byAgeBand, o.byAgeBand);
    merge(byProfile, o.byProfile);
    for (int i = 0; i < GENDERS.length; i++) {
      add(byGender[i], o.byGender[i]);
    }
    for (int i = 0; i < NATIONALITIES.length; i++) {
      add(byNationality[i], o.byNationality[i]);
    }
    add(outcomes, o.outcomes);
    deceasedInCustody += o.deceasedInCustody;
    deceasedOutOfCustody += o.deceasedOutOfCustody;
    newlyRegistered += o.newlyRegistered;
    add(releasesTo, o.releasesTo);
    deathsInCustody += o.deathsInCustody;
    return this;
  }

  private static <K> void merge(Map<K, long[]> target, Map<K, long[]> source) {
    source.forEach((k, v) -> add(target.computeIfAbsent(k, x -> new long[CATS]), v));
  }

  private static void add(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  boolean sameAs(BalanceCounts o) {
    return durations.equals(o.durations)
        && Arrays.equals(approximate, o.approximate)
        && Arrays.deepEquals(buckets, o.buckets)
        && same(byRegion, o.byRegion)
        && same(byAgency, o.byAgency)
        && same(byAgeBand, o.byAgeBand)
        && same(byProfile, o.byProfile)
        && Arrays.deepEquals(byGender, o.byGender)
        && Arrays.deepEquals(byNationality, o.byNationality)
        && Arrays.equals(outcomes, o.outcomes)
        && deceasedInCustody == o.deceasedInCustody
        && deceasedOutOfCustody == o.deceasedOutOfCustody
        && newlyRegistered == o.newlyRegistered
        && Arrays.equals(releasesTo, o.releasesTo)
        && deathsInCustody == o.deathsInCustody;
  }

  private static <K> boolean same(Map<K, long[]> a, Map<K, long[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<K, long[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  int hash() {
    return Objects.hash(
        durations, Arrays.deepHashCode(buckets), Arrays.hashCode(outcomes), newlyRegistered);
  }
}
