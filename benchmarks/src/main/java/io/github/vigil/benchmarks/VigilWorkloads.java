package io.github.vigil.benchmarks;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measures;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryReader;
import io.github.vigil.reporting.CategorySeries;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.ReportOptions;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The workloads as a user of Vigil runs them: load a CSV registry, a freedom report as of a date
 * (as known on a date), a weekly time series, and appending events to a live registry while
 * keeping the category counts current.
 */
@SuppressWarnings("EnumOrdinal") // counts live in arrays indexed by category, on purpose
public final class VigilWorkloads {
  private static final ClassificationPolicy POLICY = ClassificationPolicy.standard();

  private VigilWorkloads() {}

  /**
   * Loads the registry in {@code folder} with the io module's {@link RegistryReader}.
   *
   * @throws IllegalStateException if a row is rejected: generated registries are valid
   * @throws io.github.vigil.io.RegistryFormatException if the folder cannot be read
   */
  public static Registry load(Path folder) {
    ReadResult result = RegistryReader.read(folder);
    if (!result.rejections().isEmpty()) {
      throw new IllegalStateException(
          result.rejections().size() + " rows rejected, first: " + result.rejections().get(0));
    }
    return result.registry();
  }

  /**
   * Returns the full report of {@code registry} as of {@code asOf}, as known on {@code knownOn}
   * ({@link FreedomReport}: categories, groups, breakdowns, conviction and date-precision counts),
   * reduced to its category counts.
   */
  public static CategoryCounts report(Registry registry, LocalDate asOf, LocalDate knownOn) {
    return counts(FreedomReport.of(registry.asOf(asOf).knownOn(knownOn)));
  }

  /** Returns {@link #report} computed on a parallel stream ({@link FreedomReport#ofParallel}). */
  public static CategoryCounts reportParallel(Registry registry, LocalDate asOf, LocalDate knownOn) {
    return counts(
        FreedomReport.ofParallel(registry.asOf(asOf).knownOn(knownOn), ReportOptions.defaults()));
  }

  /**
   * Returns the category counts alone, from core's view and the standard classification policy,
   * without the rest of a report.
   */
  public static CategoryCounts categoriesOnly(Registry registry, LocalDate asOf, LocalDate knownOn) {
    return count(registry.asOf(asOf).knownOn(knownOn));
  }

  private static CategoryCounts counts(FreedomReport report) {
    long[] counts = new long[FreedomCategory.values().length];
    for (FreedomCategory c : FreedomCategory.values()) {
      counts[c.ordinal()] = report.categories().get(c);
    }
    return CategoryCounts.of(report.population(), counts);
  }

  private static CategoryCounts count(RegistryView view) {
    long[] counts = new long[FreedomCategory.values().length];
    long population = 0;
    Iterator<PersonView> it = view.population().iterator();
    while (it.hasNext()) {
      LegalStatus status = it.next().status().orElseThrow();
      counts[POLICY.category(status).ordinal()]++;
      population++;
    }
    return CategoryCounts.of(population, counts);
  }

  /**
   * Returns the dates of a weekly series of {@code weeks} weeks ending on {@code last}: the end of
   * each week (Sunday), the last one cut at {@code last}, oldest first.
   */
  public static List<LocalDate> weeklyDates(LocalDate last, int weeks) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate start = last.minusWeeks(weeks - 1L);
    while (!start.isAfter(last)) {
      LocalDate end = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      if (end.isAfter(last)) {
        end = last;
      }
      out.add(end);
      start = end.plusDays(1);
    }
    return out;
  }

  /**
   * Returns the weekly category counts of {@code registry} for {@code weeks} weeks ending on
   * {@code last}, all as known on {@code knownOn}: a time series as the registry knows it then
   * ({@link CategorySeries}, one replay of each person for every date). Its dates are {@link
   * #weeklyDates}.
   */
  public static List<CategoryCounts> weekly(
      Registry registry, LocalDate last, int weeks, LocalDate knownOn) {
    CategorySeries series =
        CategorySeries.of(
            registry.asOf(last).knownOn(knownOn),
            last.minusWeeks(weeks - 1L),
            CategorySeries.Interval.WEEK);
    List<CategoryCounts> out = new ArrayList<>(series.points().size());
    for (CategorySeries.Point p : series.points()) {
      long[] counts = new long[FreedomCategory.values().length];
      for (FreedomCategory c : FreedomCategory.values()) {
        counts[c.ordinal()] = p.counts().get(c);
      }
      out.add(CategoryCounts.of(p.counts().total(), counts));
    }
    return out;
  }

  /** Returns the dates of {@link CategorySeries#points()} of {@link #weekly}. */
  public static List<LocalDate> seriesDates(Registry registry, LocalDate last, int weeks) {
    return CategorySeries.of(registry.asOf(last), last.minusWeeks(weeks - 1L), CategorySeries.Interval.WEEK)
        .points()
        .stream()
        .map(CategorySeries.Point::asOf)
        .toList();
  }

  /**
   * A live registry and its current category counts (every event seen, however late it was
   * recorded), ready to take events one at a time. Not thread-safe.
   */
  public static final class LiveRegistry {
    private final Registry start;
    private final Map<DetaineeId, FreedomCategory> startCategories;
    private final long[] startCounts;
    private final long startPopulation;

    private Registry registry;
    private final Map<DetaineeId, FreedomCategory> changed = new HashMap<>();
    private final long[] counts;
    private long population;

    /** Starts from {@code registry}, computing its current counts. */
    public LiveRegistry(Registry registry) {
      Map<DetaineeId, FreedomCategory> categories = new HashMap<>(registry.size() * 2);
      long[] counts = new long[FreedomCategory.values().length];
      long population = 0;
      Iterator<PersonView> it = registry.asOf(LocalDate.MAX).population().iterator();
      while (it.hasNext()) {
        PersonView p = it.next();
        FreedomCategory c = POLICY.category(p.status().orElseThrow());
        categories.put(p.id(), c);
        counts[c.ordinal()]++;
        population++;
      }
      this.start = registry;
      this.startCategories = categories;
      this.startCounts = counts;
      this.startPopulation = population;
      this.registry = registry;
      this.counts = counts.clone();
      this.population = population;
    }

    private LiveRegistry(LiveRegistry from) {
      this.start = from.start;
      this.startCategories = from.startCategories;
      this.startCounts = from.startCounts;
      this.startPopulation = from.startPopulation;
      this.registry = start;
      this.counts = startCounts.clone();
      this.population = startPopulation;
    }

    /** Returns a live registry back at this one's starting point, sharing its initial counts. */
    public LiveRegistry restart() {
      return new LiveRegistry(this);
    }

    /**
     * Appends {@code event} to the history of {@code id} and updates the counts; the event must
     * be dated on or after every event in the registry, so that no one else's status changes.
     *
     * @throws io.github.vigil.core.InvalidTransitionException if the event does not apply
     */
    public void append(DetaineeId id, Event event) {
      Registry next = registry.withEvent(id, event);
      LegalStatus status = next.history(id).orElseThrow().status().orElseThrow();
      FreedomCategory now = POLICY.category(status);
      FreedomCategory before = changed.put(id, now);
      if (before == null) {
        before = startCategories.get(id);
      }
      if (before == null) {
        population++;
      } else {
        counts[before.ordinal()]--;
      }
      counts[now.ordinal()]++;
      registry = next;
    }

    /** Returns the registry with every appended event. */
    public Registry registry() {
      return registry;
    }

    /** Returns the current counts. */
    public CategoryCounts counts() {
      return CategoryCounts.of(population, counts);
    }
  }

  /** Events to append, and whom they concern, in order. Immutable. */
  public static final class Appends {
    private final DetaineeId[] ids;
    private final Event[] events;

    Appends(DetaineeId[] ids, Event[] events) {
      this.ids = ids;
      this.events = events;
    }

    /** Returns the number of events. */
    public int size() {
      return events.length;
    }

    /** Returns whom the {@code i}th event concerns. */
    public DetaineeId id(int i) {
      return ids[i];
    }

    /** Returns the {@code i}th event. */
    public Event event(int i) {
      return events[i];
    }

    /** Appends every event, in order, to {@code live}. */
    public void applyTo(LiveRegistry live) {
      for (int i = 0; i < events.length; i++) {
        live.append(ids[i], events[i]);
      }
    }
  }

  /**
   * Prepares {@code n} events that apply, in order, to people of {@code registry}, all dated after
   * its latest event: a release with measures for someone in custody, an arrest for someone at
   * liberty or in exile. The deceased are passed over.
   *
   * @throws IllegalArgumentException if the registry has no one to append to
   */
  public static Appends prepareAppends(Registry registry, int n, long seed) {
    List<Detainee> people = registry.detainees();
    if (people.isEmpty() || registry.latestEventDate().isEmpty()) {
      throw new IllegalArgumentException("the registry has no history to append to");
    }
    LocalDate start = registry.latestEventDate().get().plusDays(1);
    FacilityId facility = registry.facilities().iterator().next().id();
    Event release =
        Event.builder()
            .type(EventType.RELEASE)
            .date(start)
            .measures(Measures.parse("COURT_APPEARANCE(P30D);SPEECH_BAN"))
            .build();
    SplittableRandom random = new SplittableRandom(seed);
    Map<DetaineeId, CustodyState> states = new HashMap<>();
    DetaineeId[] ids = new DetaineeId[n];
    Event[] events = new Event[n];
    int i = 0;
    int attempts = 0;
    while (i < n) {
      if (++attempts > 100 * n) {
        throw new IllegalArgumentException("too few living people to append " + n + " events to");
      }
      DetaineeId id = people.get(random.nextInt(people.size())).id();
      CustodyState state = states.get(id);
      if (state == null) {
        Optional<LegalStatus> status = registry.history(id).orElseThrow().status();
        if (status.isEmpty()) {
          continue;
        }
        state = status.get().custody();
      }
      LocalDate date = start.plusDays(i / Math.max(1, people.size() / 4));
      switch (state) {
        case IN_CUSTODY -> {
          events[i] = Event.builder().from(release).date(date).recordedOn(date).build();
          states.put(id, CustodyState.AT_LIBERTY);
        }
        case AT_LIBERTY, EXILED -> {
          events[i] = Event.of(EventType.ARREST, date, facility);
          states.put(id, CustodyState.IN_CUSTODY);
        }
        case DECEASED -> {
          states.put(id, state);
          continue;
        }
      }
      ids[i] = id;
      i++;
    }
    return new Appends(ids, events);
  }
}
