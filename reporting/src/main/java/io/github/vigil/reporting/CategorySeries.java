package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.reporting.disclosure.CountTable;
import io.github.vigil.reporting.disclosure.DisclosureAudit;
import io.github.vigil.reporting.disclosure.LinkedTables;
import io.github.vigil.reporting.disclosure.Suppression;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Category counts for each day, week or month of a range of dates, computed in one pass over
 * each person's events (not one report per date). The counts of a period are those as of its
 * last day (or the range's end), as known on the view's {@link RegistryView#knownOn() K} and
 * from its sources: what the registry knows now about each date. Small cells are hidden as in a
 * report's breakdowns ({@link #suppression()}). Immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // counts are dense arrays indexed by the enums, for speed
public final class CategorySeries {
  /** The length of a period of a series. */
  public enum Interval {
    /** One day. */
    DAY,
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH
  }

  /**
   * One period of a series and the counts as of its last day, with the cells the series hides.
   * Immutable and thread-safe.
   */
  public static final class Point {
    private final LocalDate start;
    private final LocalDate asOf;
    private final CategoryCounts counts;
    private final ImmutableSet<FreedomCategory> hidden;

    Point(LocalDate start, LocalDate asOf, CategoryCounts counts, Set<FreedomCategory> hidden) {
      this.start = start;
      this.asOf = asOf;
      this.counts = counts;
      this.hidden = Sets.immutableEnumSet(hidden);
    }

    /** Returns the period's first day inside the range. */
    public LocalDate start() {
      return start;
    }

    /** Returns the period's last day inside the range: the date the counts are as of. */
    public LocalDate asOf() {
      return asOf;
    }

    /**
     * Returns the number of people in each category as of {@link #asOf()}, unsuppressed: for use
     * inside the application only; publish through {@link #cell} or the chart.
     */
    public CategoryCounts counts() {
      return counts;
    }

    /** Returns the count of {@code category} as published: empty when hidden. */
    public OptionalLong cell(FreedomCategory category) {
      return hidden.contains(category) ? OptionalLong.empty() : OptionalLong.of(counts.get(category));
    }

    /** Returns the categories hidden in this period. */
    public ImmutableSet<FreedomCategory> hidden() {
      return hidden;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Point p
          && p.start.equals(start)
          && p.asOf.equals(asOf)
          && p.counts.equals(counts)
          && p.hidden.equals(hidden);
    }

    @Override
    public int hashCode() {
      return Objects.hash(start, asOf, counts, hidden);
    }

    @Override
    public String toString() {
      return start + ".." + asOf + "=" + counts;
    }
  }

  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate knownOn;
  private final Interval interval;
  private final ImmutableList<Point> points;
  private final Suppression suppression;
  private final Optional<ImmutableSet<Source>> sources;
  private final boolean includesClaims;

  private CategorySeries(
      LocalDate from,
      LocalDate to,
      LocalDate knownOn,
      Interval interval,
      ImmutableList<Point> points,
      Suppression suppression,
      Optional<ImmutableSet<Source>> sources,
      boolean includesClaims) {
    this.from = from;
    this.to = to;
    this.knownOn = knownOn;
    this.interval = interval;
    this.points = points;
    this.suppression = suppression;
    this.sources = sources;
    this.includesClaims = includesClaims;
  }

  /**
   * Returns the series of {@code view} from {@code from} to the view's date, by the standard
   * policy.
   *
   * @throws IllegalArgumentException if {@code from} is after the view's date
   */
  public static CategorySeries of(RegistryView view, LocalDate from, Interval interval) {
    return of(view, from, interval, ClassificationPolicy.standard());
  }

  /**
   * Returns the series of {@code view} from {@code from} to the view's date, with cells of fewer
   * than 5 people hidden.
   *
   * @throws IllegalArgumentException if {@code from} is after the view's date
   */
  public static CategorySeries of(
      RegistryView view, LocalDate from, Interval interval, ClassificationPolicy policy) {
    return of(view, from, interval, policy, 5);
  }

  /**
   * Returns the series of {@code view} from {@code from} to the view's date, under disclosure
   * control with threshold {@code minCell}: each period is a row whose total (the height of its
   * bar) is published, and {@link Suppression#apply} hides its small cells, every cell of a
   * period of 1 to {@code minCell}−1 people, and complementary cells. 1 hides nothing.
   *
   * @throws IllegalArgumentException if {@code from} is after the view's date or {@code minCell}
   *     is below 1
   */
  public static CategorySeries of(
      RegistryView view, LocalDate from, Interval interval, ClassificationPolicy policy, int minCell) {
    checkArgument(minCell >= 1, "minCell must be at least 1: %s", minCell);
    checkNotNull(view, "view");
    checkNotNull(from, "from");
    checkNotNull(interval, "interval");
    checkNotNull(policy, "policy");
    LocalDate to = view.asOf();
    checkArgument(!from.isAfter(to), "from %s must not be after the view's date %s", from, to);
    List<LocalDate> starts = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate end =
          switch (interval) {
            case DAY -> start;
            case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
          };
      if (end.isAfter(to)) {
        end = to;
      }
      starts.add(start);
      ends.add(end);
      start = end.plusDays(1);
    }
    int n = ends.size();
    long[][] counts = new long[n][FreedomCategory.values().length];
    view.statusesOn(ends)
        .forEach(
            timeline -> {
              for (int i = 0; i < n; i++) {
                Optional<LegalStatus> s = timeline.get(i);
                if (s.isPresent()) {
                  counts[i][policy.category(s.get()).ordinal()]++;
                }
              }
            });
    ImmutableList<String> columns =
        CategoryCounts.REPORT_ORDER.stream().map(Enum::name).collect(ImmutableList.toImmutableList());
    long[][] rows = new long[n][];
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CategoryCounts c = CategoryCounts.wrap(counts[i]);
      rows[i] = CategoryCounts.REPORT_ORDER.stream().mapToLong(c::get).toArray();
      keys.add(ends.get(i).toString());
    }
    Suppression suppression =
        Suppression.apply(
            LinkedTables.withoutTotals(
                columns, List.of(CountTable.subsets("series", keys, columns, rows, List.of()))),
            minCell);
    ImmutableList.Builder<Point> points = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      Set<FreedomCategory> hidden = EnumSet.noneOf(FreedomCategory.class);
      for (int c = 0; c < columns.size(); c++) {
        if (suppression.isHidden(0, i, c)) {
          hidden.add(CategoryCounts.REPORT_ORDER.get(c));
        }
      }
      points.add(new Point(starts.get(i), ends.get(i), CategoryCounts.wrap(counts[i]), hidden));
    }
    return new CategorySeries(
        from, to, view.knownOn(), interval, points.build(), suppression, view.sources(), view.includesClaims());
  }

  /** Returns the first day of the range. */
  public LocalDate from() {
    return from;
  }

  /** Returns the last day of the range: the view's date. */
  public LocalDate to() {
    return to;
  }

  /** Returns the date K the events are known on. */
  public LocalDate knownOn() {
    return knownOn;
  }

  /** Returns the sources whose events the series counts: empty when it counts every source. */
  public Optional<ImmutableSet<Source>> sources() {
    return sources;
  }

  /** Returns whether the series counts claims as well as verified events (the official figure). */
  public boolean includesClaims() {
    return includesClaims;
  }

  /** Returns the length of each period. */
  public Interval interval() {
    return interval;
  }

  /** Returns one point per period, in date order. */
  public ImmutableList<Point> points() {
    return points;
  }

  /** Returns the small-cell threshold. */
  public int minCell() {
    return suppression.minCell();
  }

  /**
   * Returns which cells are hidden: one table, {@code series}, a row per period (keyed by its
   * last day) and a column per category.
   */
  public Suppression suppression() {
    return suppression;
  }

  /**
   * Returns the audit of the hidden cells: each has at least two possible values given the
   * cells shown and each period's total. Periods are independent rows: what differencing two
   * periods tells is not protected (see docs/reports.md).
   */
  public DisclosureAudit disclosureAudit() {
    return DisclosureAudit.of(suppression);
  }

  /**
   * Returns a self-contained SVG chart of the series: stacked bars per period, with a title,
   * axis and legend in {@code language}. Deterministic: the same series gives the same bytes.
   */
  public String toSvg(Language language) {
    return SvgChart.render(this, Labels.of(checkNotNull(language, "language")));
  }

  @Override
  public String toString() {
    return "CategorySeries{" + from + ".." + to + ", " + interval + ", " + points.size() + " points}";
  }
}
