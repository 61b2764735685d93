package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.vigil.reporting.disclosure.Suppression;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * The durations of one {@link DurationKind} as of a report's date: how many people, how many of
 * their durations rest on an approximate date, the median, quartiles and maximum in days, and the
 * people in each {@link DurationBucket}, under the report's disclosure control. Quartiles are R's
 * default ({@code quantile(x, type = 7)}): linear interpolation between order statistics.
 *
 * <p>A duration whose start is known to the month or year only is counted from the last day of
 * that month or year (or D, if that is later): the shortest it can be, never a guessed day, so
 * that no figure overstates how long anyone has waited. {@link #approximate()} says how many are
 * such lower bounds. Immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // buckets are indexed by their enum
public final class DurationSummary {
  private final DurationKind kind;
  private final ImmutableSortedMap<Long, Long> days;
  private final long people;
  private final long approximate;
  private final long[] buckets;
  private final Suppression suppression;
  private final int row;

  DurationSummary(
      DurationKind kind,
      Map<Long, Long> days,
      long approximate,
      long[] buckets,
      Suppression suppression,
      int row) {
    this.kind = kind;
    this.days = ImmutableSortedMap.copyOf(days);
    this.people = this.days.values().stream().mapToLong(Long::longValue).sum();
    this.approximate = approximate;
    this.buckets = buckets.clone();
    this.suppression = suppression;
    this.row = row;
  }

  /** Returns what the durations measure. */
  public DurationKind kind() {
    return kind;
  }

  /** Returns how many people have a duration of this kind. */
  public long people() {
    return people;
  }

  /** Returns how many of the durations start on an approximate date (month or year). */
  public long approximate() {
    return approximate;
  }

  /**
   * Returns the unsuppressed number of people with each duration in days, in increasing order; for
   * use inside the application only.
   */
  public ImmutableSortedMap<Long, Long> days() {
    return days;
  }

  /** Returns whether the statistics are published: at least the minimum cell of people. */
  public boolean statisticsShown() {
    return people > 0 && people >= suppression.minCell();
  }

  /** Returns the median in days, or empty when nobody has such a duration or too few do. */
  public OptionalDouble median() {
    return quantile(0.5);
  }

  /** Returns the first quartile in days (R's type 7), or empty as {@link #median()}. */
  public OptionalDouble lowerQuartile() {
    return quantile(0.25);
  }

  /** Returns the third quartile in days (R's type 7), or empty as {@link #median()}. */
  public OptionalDouble upperQuartile() {
    return quantile(0.75);
  }

  /** Returns the longest duration in days, or empty as {@link #median()}. */
  public OptionalLong max() {
    return statisticsShown() ? OptionalLong.of(days.lastKey()) : OptionalLong.empty();
  }

  /**
   * Returns the quantile {@code p} of the durations as R's {@code quantile(x, p, type = 7)}
   * computes it, or empty when the statistics are not published.
   *
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   */
  public OptionalDouble quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1]: " + p);
    }
    if (!statisticsShown()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(quantile(days, people, p));
  }

  /**
   * Returns the quantile {@code p} (R's type 7) of {@code n} values given as the number of times
   * each occurs ({@code counts}, in increasing order of value); {@code n} is the sum of the counts
   * and is at least 1.
   */
  static double quantile(SortedMap<Long, Long> counts, long n, double p) {
    double h = (n - 1) * p;
    long lo = (long) Math.floor(h);
    long a = orderStatistic(counts, n, lo);
    long b = orderStatistic(counts, n, Math.min(lo + 1, n - 1));
    return a + (h - lo) * (b - a);
  }

  /** Returns the {@code i}-th smallest of the values {@code counts} counts, from 0. */
  private static long orderStatistic(SortedMap<Long, Long> counts, long n, long i) {
    long seen = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (i < seen) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no order statistic " + i + " of " + n);
  }

  /** Returns the unsuppressed number of people in {@code bucket}, for use inside the application. */
  public long bucketCount(DurationBucket bucket) {
    return buckets[checkNotNull(bucket, "bucket").ordinal()];
  }

  /** Returns the number of people in {@code bucket} as published: empty when hidden. */
  public OptionalLong bucket(DurationBucket bucket) {
    return suppression.published(0, row, checkNotNull(bucket, "bucket").ordinal());
  }

  @Override
  public String toString() {
    return "DurationSummary{" + kind + ", people=" + people + "}";
  }
}
