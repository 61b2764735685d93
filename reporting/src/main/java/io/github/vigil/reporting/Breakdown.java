package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import java.util.OptionalLong;

/**
 * The categories of a report split by one attribute (facility, affiliation or vulnerable
 * group), with small-cell suppression: a cell counting more than zero but fewer than the
 * threshold is {@linkplain #cell suppressed} in every published format. Immutable and
 * thread-safe.
 */
public final class Breakdown {
  private final String name;
  private final ImmutableMap<String, CategoryCounts> rows;
  private final int minCell;

  Breakdown(String name, ImmutableMap<String, CategoryCounts> rows, int minCell) {
    checkArgument(minCell >= 1, "minCell must be at least 1: %s", minCell);
    this.name = name;
    this.rows = rows;
    this.minCell = minCell;
  }

  /**
   * Returns the breakdown's name as the JSON key: {@code byFacility}, {@code byAffiliation} or
   * {@code byVulnerableGroup}.
   */
  public String name() {
    return name;
  }

  /**
   * Returns the unsuppressed counts of each row, in report order: facility ids in id order,
   * {@code CIVILIAN, MILITARY, UNKNOWN}, or the vulnerable groups. For use inside the
   * application only; publish through {@link #cell} or a renderer.
   */
  public ImmutableMap<String, CategoryCounts> rows() {
    return rows;
  }

  /**
   * Returns the unsuppressed counts of row {@code key}, for use inside the application only.
   *
   * @throws IllegalArgumentException if the breakdown has no row {@code key}
   */
  public CategoryCounts row(String key) {
    CategoryCounts row = rows.get(key);
    checkArgument(row != null, "%s has no row %s", name, key);
    return row;
  }

  /** Returns the small-cell threshold. */
  public int minCell() {
    return minCell;
  }

  /** Returns whether a cell counting {@code count} is suppressed: {@code 0 < count < minCell}. */
  public boolean suppresses(long count) {
    return count > 0 && count < minCell;
  }

  /**
   * Returns the count of a cell as published: empty when suppressed.
   *
   * @throws IllegalArgumentException if the breakdown has no row {@code key}
   */
  public OptionalLong cell(String key, FreedomCategory category) {
    long count = row(key).get(category);
    return suppresses(count) ? OptionalLong.empty() : OptionalLong.of(count);
  }

  @Override
  public String toString() {
    return name + rows;
  }
}
