package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.FreedomGroup;
import io.github.vigil.core.Affiliation;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.VulnerableGroup;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The counts behind a {@link FreedomReport}, for some of a view's people. Summaries are
 * mergeable: {@link #combine} is associative and commutative with {@link #empty()} as identity,
 * so the summary of a partitioned registry is the combination of its parts' summaries, and a
 * summary can be computed on a parallel stream or any map-reduce engine. Combine only summaries
 * of the same view and options. Immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // counts are dense arrays indexed by the enums, for speed
public final class FreedomSummary {
  /** The keys of the affiliation breakdown: the two affiliations, then {@code UNKNOWN}. */
  static final String UNKNOWN_AFFILIATION = "UNKNOWN";

  private static final int CATS = FreedomCategory.values().length;
  private static final int AFFS = Affiliation.values().length + 1;
  private static final int GROUPS = VulnerableGroup.values().length;
  private static final FreedomSummary EMPTY = new Accumulator().freeze();

  private final Accumulator counts;

  private FreedomSummary(Accumulator counts) {
    this.counts = counts;
  }

  /** Returns the summary of nobody: the identity of {@link #combine}. */
  public static FreedomSummary empty() {
    return EMPTY;
  }

  /** Returns the summary of every person of {@code view}, computed sequentially. */
  public static FreedomSummary of(RegistryView view, ReportOptions options) {
    return view.people().collect(collector(view, options));
  }

  /** Returns the summary of one person of {@code view}. */
  public static FreedomSummary of(PersonView person, RegistryView view, ReportOptions options) {
    Accumulator a = new Accumulator();
    a.add(person, Context.of(view, options));
    return a.freeze();
  }

  /**
   * Returns a collector of the people of {@code view} into their summary; it may run on a
   * parallel stream.
   */
  public static Collector<PersonView, ?, FreedomSummary> collector(
      RegistryView view, ReportOptions options) {
    Context context = Context.of(view, options);
    return Collector.of(
        Accumulator::new,
        (a, p) -> a.add(p, context),
        Accumulator::merge,
        Accumulator::freeze,
        Collector.Characteristics.UNORDERED);
  }

  /** Returns the summary of this summary's people and {@code other}'s. */
  public FreedomSummary combine(FreedomSummary other) {
    checkNotNull(other, "other");
    return new Accumulator().merge(counts).merge(other.counts).freeze();
  }

  /** Returns the number of people with at least one applied event. */
  public long population() {
    return counts.population;
  }

  /** Returns the number of people in each category. */
  public CategoryCounts categories() {
    return CategoryCounts.wrap(counts.categories);
  }

  /** Returns the number of applied rearrest events (not people). */
  public long rearrests() {
    return counts.rearrests;
  }

  /** Returns the number of people deprived of liberty and not convicted. */
  public long deprivedOfLibertyWithoutConviction() {
    return counts.deprivedWithoutConviction;
  }

  /** Returns the number of seen events whose date is approximate. */
  public long approximateDates() {
    return counts.approximateDates;
  }

  /** Returns the number of seen events skipped because they did not apply. */
  public long skippedEvents() {
    return counts.skippedEvents;
  }

  /**
   * Returns the number of people with an event not yet known as of the view's date K: dated on
   * or before D and from the view's sources, but recorded after K. Such events are not counted;
   * a later K would see them.
   */
  public long peopleWithEventsNotYetKnown() {
    return counts.notYetKnown;
  }

  /**
   * Returns the people by the facility where they are, or were last, held; facilities with
   * nobody are left out. In id order.
   */
  public ImmutableSortedMap<FacilityId, CategoryCounts> byFacility() {
    ImmutableSortedMap.Builder<FacilityId, CategoryCounts> b = ImmutableSortedMap.naturalOrder();
    counts.byFacility.forEach((k, v) -> b.put(k, CategoryCounts.wrap(v)));
    return b.build();
  }

  /** Returns the people by affiliation: {@code CIVILIAN}, {@code MILITARY}, {@code UNKNOWN}. */
  public ImmutableMap<String, CategoryCounts> byAffiliation() {
    ImmutableMap.Builder<String, CategoryCounts> b = ImmutableMap.builder();
    for (Affiliation a : Affiliation.values()) {
      b.put(a.name(), CategoryCounts.wrap(counts.byAffiliation[a.ordinal()]));
    }
    b.put(UNKNOWN_AFFILIATION, CategoryCounts.wrap(counts.byAffiliation[AFFS - 1]));
    return b.buildOrThrow();
  }

  /** Returns the people by vulnerable group; a person may be in several, or none. */
  public ImmutableMap<VulnerableGroup, CategoryCounts> byVulnerableGroup() {
    ImmutableMap.Builder<VulnerableGroup, CategoryCounts> b = ImmutableMap.builder();
    for (VulnerableGroup g : VulnerableGroup.values()) {
      b.put(g, CategoryCounts.wrap(counts.byGroup[g.ordinal()]));
    }
    return b.buildOrThrow();
  }

  /** Returns the flows since the options' date, or empty when the options name none. */
  Optional<Flows> flows(ReportOptions options) {
    long[] f = counts.flows;
    BalanceCounts b = counts.balance;
    return options
        .since()
        .map(
            s ->
                new Flows(
                    s, f[0], f[1], f[2], f[3], f[4], b.newlyRegistered, CategoryCounts.wrap(b.releasesTo),
                    b.deathsInCustody));
  }

  /** Returns the weekly balance's counts; read by the report, never changed. */
  BalanceCounts balance() {
    return counts.balance;
  }

  // Release orders not executed (docs/reports.md, "Release orders not executed").

  /**
   * Returns the unsuppressed number of people in custody holding a release order not executed,
   * whatever their category, by the days each order has waited (from the first order of the
   * custody to D), in increasing order of days; for use inside the application only. A report
   * publishes them under its disclosure control: {@link FreedomReport#releaseOrderWaits()}.
   */
  public ImmutableSortedMap<Long, Long> releaseOrderWaitDays() {
    return ImmutableSortedMap.copyOf(counts.orderWaits.toSortedMap());
  }

  /**
   * Returns the applied first arrests after the options' {@code since} date; rearrests are
   * counted apart.
   */
  public long flowArrests() {
    return counts.flows[0];
  }

  /** Returns the applied rearrests after the options' {@code since} date. */
  public long flowRearrests() {
    return counts.flows[1];
  }

  /** Returns the applied releases after the options' {@code since} date. */
  public long flowReleases() {
    return counts.flows[2];
  }

  /** Returns the applied exiles after the options' {@code since} date. */
  public long flowExiles() {
    return counts.flows[3];
  }

  /** Returns the applied deaths after the options' {@code since} date. */
  public long flowDeaths() {
    return counts.flows[4];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FreedomSummary s && s.counts.sameAs(counts);
  }

  @Override
  public int hashCode() {
    return counts.hash();
  }

  /** Returns the population and categories; never personal data. */
  @Override
  public String toString() {
    return "FreedomSummary{population=" + population() + ", " + categories() + "}";
  }

  /** What summarising one person needs from the view and the options. */
  private static final class Context {
    final LocalDate asOf;
    final @Nullable LocalDate since;
    final Optional<String> country;
    final ClassificationPolicy policy;
    final ReportOptions options;
    final BalanceCounts.Settings balance;

    private Context(RegistryView view, ReportOptions options) {
      this.options = options;
      this.balance = new BalanceCounts.Settings(view, options);
      this.asOf = view.asOf();
      this.since = options.since().orElse(null);
      this.country = view.registry().country();
      this.policy = options.policy();
    }

    static Context of(RegistryView view, ReportOptions options) {
      return new Context(checkNotNull(view, "view"), checkNotNull(options, "options"));
    }
  }

  /** The mutable counts; frozen into a summary, after which they are never changed. */
  private static final class Accumulator {
    long population;
    final long[] categories = new long[CATS];
    long rearrests;
    long deprivedWithoutConviction;
    long approximateDates;
    long skippedEvents;
    long notYetKnown;
    final TreeMap<FacilityId, long[]> byFacility = new TreeMap<>();
    final long[][] byAffiliation = new long[AFFS][CATS];
    final long[][] byGroup = new long[GROUPS][CATS];
    final long[] flows = new long[5];
    /** Days each pending release order has waited (in custody, whatever the category): days to count. */
    final DayCounts orderWaits = new DayCounts();
    final BalanceCounts balance = new BalanceCounts();

    void add(PersonView person, Context context) {
      approximateDates += person.approximateDates();
      skippedEvents += person.skippedEvents();
      if (person.notYetKnownEvents() > 0) {
        notYetKnown++;
      }
      Optional<LegalStatus> maybe = person.status();
      if (maybe.isEmpty()) {
        return;
      }
      LegalStatus status = maybe.get();
      Detainee detainee = person.detainee();
      FreedomCategory category = context.policy.category(status);
      int c = category.ordinal();
      population++;
      categories[c]++;
      if (context.policy.group(category) == FreedomGroup.DEPRIVED_OF_LIBERTY
          && !status.convicted()) {
        deprivedWithoutConviction++;
      }
      byFacility.computeIfAbsent(status.facility(), k -> new long[CATS])[c]++;
      if (status.custody() == CustodyState.IN_CUSTODY && status.releasePendingSince().isPresent()) {
        orderWaits.add(ChronoUnit.DAYS.between(status.releasePendingSince().get(), context.asOf));
      }
      balance.add(person, status, category, context.balance);
      int affiliation = detainee.affiliation().map(Enum::ordinal).orElse(AFFS - 1);
      byAffiliation[affiliation][c]++;
      for (VulnerableGroup g :
          detainee.vulnerableGroupsOn(context.asOf, context.country, context.options.elderlyAge())) {
        byGroup[g.ordinal()][c]++;
      }
      boolean first = true;
      for (Event e : person.appliedEvents()) {
        boolean rearrest = e.type() == EventType.ARREST && !first;
        first = false;
        if (rearrest) {
          rearrests++;
        }
        LocalDate since = context.since;
        if (since == null || !e.date().isAfter(since) || e.date().isAfter(context.asOf)) {
          continue;
        }
        switch (e.type()) {
          case ARREST -> flows[rearrest ? 1 : 0]++;
          case RELEASE -> flows[2]++;
          case EXILE -> flows[3]++;
          case DEATH -> flows[4]++;
          default -> {}
        }
      }
    }

    Accumulator merge(Accumulator o) {
      population += o.population;
      add(categories, o.categories);
      rearrests += o.rearrests;
      deprivedWithoutConviction += o.deprivedWithoutConviction;
      approximateDates += o.approximateDates;
      skippedEvents += o.skippedEvents;
      notYetKnown += o.notYetKnown;
      o.byFacility.forEach((k, v) -> add(byFacility.computeIfAbsent(k, x -> new long[CATS]), v));
      for (int i = 0; i < AFFS; i++) {
        add(byAffiliation[i], o.byAffiliation[i]);
      }
      for (int i = 0; i < GROUPS; i++) {
        add(byGroup[i], o.byGroup[i]);
      }
      add(flows, o.flows);
      orderWaits.addAll(o.orderWaits);
      balance.merge(o.balance);
      return this;
    }

    private static void add(long[] target, long[] source) {
      for (int i = 0; i < target.length; i++) {
        target[i] += source[i];
      }
    }

    FreedomSummary freeze() {
      return new FreedomSummary(this);
    }

    boolean sameAs(Accumulator o) {
      if (population != o.population
          || rearrests != o.rearrests
          || deprivedWithoutConviction != o.deprivedWithoutConviction
          || approximateDates != o.approximateDates
          || skippedEvents != o.skippedEvents
          || notYetKnown != o.notYetKnown
          || !Arrays.equals(categories, o.categories)
          || !Arrays.deepEquals(byAffiliation, o.byAffiliation)
          || !Arrays.deepEquals(byGroup, o.byGroup)
          || !Arrays.equals(flows, o.flows)
          || !orderWaits.equals(o.orderWaits)
          || !balance.sameAs(o.balance)
          || !byFacility.keySet().equals(o.byFacility.keySet())) {
        return false;
      }
      for (Map.Entry<FacilityId, long[]> e : byFacility.entrySet()) {
        if (!Arrays.equals(e.getValue(), o.byFacility.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }

    int hash() {
      return Objects.hash(
          population,
          rearrests,
          deprivedWithoutConviction,
          approximateDates,
          skippedEvents,
          notYetKnown,
          Arrays.hashCode(categories),
          Arrays.deepHashCode(byAffiliation),
          Arrays.deepHashCode(byGroup),
          Arrays.hashCode(flows),
          orderWaits,
          balance.hash(),
          byFacility.keySet(),
          Arrays.deepHashCode(byFacility.values().toArray()));
    }
  }
}
