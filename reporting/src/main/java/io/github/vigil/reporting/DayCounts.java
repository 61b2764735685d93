package io.github.vigil.reporting;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How many people waited each number of days: a histogram that a report fills once per person.
 * Durations of 0 to {@value #DENSE_DAYS} days (about 137 years) are counted in a primitive array
 * grown on demand, so counting a person allocates nothing; any other number of days is counted in
 * a sorted map beside it. Mutable, not
 * thread-safe: each accumulator of a report has its own, and they are {@linkplain #addAll merged}.
 */
final class DayCounts {
  static final int DENSE_DAYS = 50_000;

  private long[] dense = new long[0];
  private final TreeMap<Long, Long> sparse = new TreeMap<>();

  /** Counts one more person who waited {@code days} days. */
  void add(long days) {
    if (days < 0 || days > DENSE_DAYS) {
      sparse.merge(days, 1L, Long::sum);
      return;
    }
    int d = (int) days;
    if (d >= dense.length) {
      dense = Arrays.copyOf(dense, Math.min(DENSE_DAYS + 1, Math.max(d + 1, dense.length * 2)));
    }
    dense[d]++;
  }

  /** Adds {@code other}'s counts to these. */
  void addAll(DayCounts other) {
    if (other.dense.length > dense.length) {
      dense = Arrays.copyOf(dense, other.dense.length);
    }
    for (int d = 0; d < other.dense.length; d++) {
      dense[d] += other.dense[d];
    }
    other.sparse.forEach((d, n) -> sparse.merge(d, n, Long::sum));
  }

  /** Returns the counts by number of days, in ascending order, leaving out the days nobody waited. */
  SortedMap<Long, Long> toSortedMap() {
    TreeMap<Long, Long> out = new TreeMap<>(sparse);
    for (int d = 0; d < dense.length; d++) {
      if (dense[d] != 0) {
        out.put((long) d, dense[d]);
      }
    }
    return out;
  }

  /** Returns whether {@code o} holds the same counts, however each grew. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DayCounts c && toSortedMap().equals(c.toSortedMap());
  }

  @Override
  public int hashCode() {
    return toSortedMap().hashCode();
  }

  /** Returns the counts by number of days; no personal data. */
  @Override
  public String toString() {
    Map<Long, Long> m = toSortedMap();
    return "DayCounts" + m;
  }
}
