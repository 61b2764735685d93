package io.github.vigil.benchmarks;

import io.github.vigil.conditions.FreedomCategory;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The figures every side of the comparison computes: the population and the number of people
 * in each {@link FreedomCategory}, so that the sides can be checked against each other.
 * Immutable once built.
 */
@SuppressWarnings("EnumOrdinal") // counts live in arrays indexed by category, on purpose
public final class CategoryCounts {
  private static final FreedomCategory[] CATEGORIES = FreedomCategory.values();

  private final long population;
  private final long[] counts;

  private CategoryCounts(long population, long[] counts) {
    this.population = population;
    this.counts = counts;
  }

  /**
   * Returns the counts, indexed by {@link FreedomCategory#ordinal()}.
   *
   * @throws IllegalArgumentException if there is not one count per category, or they do not sum
   *     to the population
   */
  public static CategoryCounts of(long population, long[] byOrdinal) {
    if (byOrdinal.length != CATEGORIES.length) {
      throw new IllegalArgumentException("expected " + CATEGORIES.length + " counts");
    }
    long sum = Arrays.stream(byOrdinal).sum();
    if (sum != population) {
      throw new IllegalArgumentException(
          "categories sum to " + sum + ", not to the population " + population);
    }
    return new CategoryCounts(population, byOrdinal.clone());
  }

  /** Returns the number of people with at least one applied event. */
  public long population() {
    return population;
  }

  /** Returns the number of people in {@code category}. */
  public long count(FreedomCategory category) {
    return counts[category.ordinal()];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CategoryCounts c && c.population == population && Arrays.equals(c.counts, counts);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(population) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("population=").append(population);
    for (FreedomCategory c : CATEGORIES) {
      s.append(String.format(Locale.ROOT, " %s=%d", c, counts[c.ordinal()]));
    }
    return s.toString();
  }
}
