package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.reporting.disclosure.Suppression;
import java.util.OptionalLong;

/**
 * The categories of a report split by one attribute (facility, affiliation or vulnerable
 * group), with disclosure control: the cells the report's {@link Suppression} hides (small
 * cells, the cells of small groups, and complementary cells) are {@linkplain #cell hidden} in
 * every published format. Immutable and thread-safe.
 */
public final class Breakdown {
  private final String name;
  private final ImmutableMap<String, CategoryCounts> rows;
  private final Suppression suppression;
  private final int table;

  Breakdown(String name, ImmutableMap<String, CategoryCounts> rows, Suppression suppression) {
    this.name = name;
    this.rows = rows;
    this.suppression = suppression;
    this.table = suppression.tables().indexOf(name);
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
    return suppression.minCell();
  }

  /**
   * Returns whether the cell of row {@code key} and {@code category} is hidden when published.
   *
   * @throws IllegalArgumentException if the breakdown has no row {@code key}
   */
  public boolean isHidden(String key, FreedomCategory category) {
    return cell(key, category).isEmpty();
  }

  /**
   * Returns the count of a cell as published: empty when hidden.
   *
   * @throws IllegalArgumentException if the breakdown has no row {@code key}
   */
  public OptionalLong cell(String key, FreedomCategory category) {
    checkArgument(rows.containsKey(key), "%s has no row %s", name, key);
    int r = rows.keySet().asList().indexOf(key);
    int c = CategoryCounts.REPORT_ORDER.indexOf(category);
    return suppression.published(table, r, c);
  }

  @Override
  public String toString() {
    return name + rows;
  }
}
