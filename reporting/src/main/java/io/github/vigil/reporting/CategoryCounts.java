package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.FreedomCategory;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How many people are in each of the eight {@link FreedomCategory}s. Immutable and thread-safe;
 * {@link #plus} makes it a commutative monoid with {@link #zero()} as identity.
 */
@SuppressWarnings("EnumOrdinal") // counts are dense arrays indexed by the enums, for speed
public final class CategoryCounts {
  /**
   * The categories in the order reports list them (docs/format.md section 5): from the most to the
   * least deprived of liberty, then exile and death.
   */
  public static final ImmutableList<FreedomCategory> REPORT_ORDER =
      ImmutableList.of(
          FreedomCategory.DETAINED,
          FreedomCategory.WHEREABOUTS_UNKNOWN,
          FreedomCategory.RELEASE_PENDING,
          FreedomCategory.HOUSE_ARREST,
          FreedomCategory.CONDITIONAL,
          FreedomCategory.FULL,
          FreedomCategory.EXILED,
          FreedomCategory.DECEASED);

  private static final int N = FreedomCategory.values().length;
  private static final CategoryCounts ZERO = new CategoryCounts(new long[N]);

  private final long[] counts;

  private CategoryCounts(long[] counts) {
    this.counts = counts;
  }

  /** Returns the counts of nobody. */
  public static CategoryCounts zero() {
    return ZERO;
  }

  /**
   * Returns the given counts; a category missing from the map counts zero.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static CategoryCounts of(Map<FreedomCategory, ? extends Number> counts) {
    long[] c = new long[N];
    counts.forEach(
        (k, v) -> {
          checkArgument(v.longValue() >= 0, "count of %s must not be negative: %s", k, v);
          c[k.ordinal()] = v.longValue();
        });
    return new CategoryCounts(c);
  }

  /** Returns the counts of one person in {@code category}. */
  public static CategoryCounts one(FreedomCategory category) {
    long[] c = new long[N];
    c[checkNotNull(category, "category").ordinal()] = 1;
    return new CategoryCounts(c);
  }

  static CategoryCounts wrap(long[] counts) {
    return new CategoryCounts(counts.clone());
  }

  /** Returns the number of people in {@code category}. */
  public long get(FreedomCategory category) {
    return counts[category.ordinal()];
  }

  /** Returns the number of people in every category. */
  public long total() {
    long t = 0;
    for (long c : counts) {
      t += c;
    }
    return t;
  }

  /** Returns the sum of these counts and {@code other}'s. */
  public CategoryCounts plus(CategoryCounts other) {
    long[] c = counts.clone();
    for (int i = 0; i < N; i++) {
      c[i] += other.counts[i];
    }
    return new CategoryCounts(c);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CategoryCounts c && Arrays.equals(c.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** Returns the counts in report order, such as {@code {DETAINED=3, ...}}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (FreedomCategory c : REPORT_ORDER) {
      if (s.length() > 1) {
        s.append(", ");
      }
      s.append(c).append('=').append(get(c));
    }
    return s.append('}').toString();
  }
}
