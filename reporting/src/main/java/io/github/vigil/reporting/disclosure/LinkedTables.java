package io.github.vigil.reporting.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables of counts published together, with the same columns and, optionally, the column totals
 * they share: a report's breakdowns (by facility, by affiliation, by vulnerable group) all split
 * the same category totals, which the report prints. A reader can combine everything published:
 * a cell hidden in one table must not be recoverable from another or from the totals. Without
 * column totals (a series of dates, where each row is its own population) the tables share
 * nothing but their columns. Immutable and thread-safe.
 */
public final class LinkedTables {
  private final ImmutableList<String> columnKeys;
  private final Optional<ImmutableLongArray> columnTotals;
  private final ImmutableList<CountTable> tables;

  private LinkedTables(
      List<String> columnKeys, Optional<ImmutableLongArray> columnTotals, List<CountTable> tables) {
    this.columnKeys = ImmutableList.copyOf(columnKeys);
    this.columnTotals = columnTotals;
    this.tables = ImmutableList.copyOf(tables);
    Set<String> names = new HashSet<>();
    for (CountTable t : this.tables) {
      checkArgument(names.add(t.name()), "two tables are named %s", t.name());
      checkArgument(
          t.columnKeys().equals(this.columnKeys),
          "table %s has columns %s, not %s",
          t.name(),
          t.columnKeys(),
          this.columnKeys);
    }
    columnTotals.ifPresent(totals -> checkTotals(totals));
  }

  private void checkTotals(ImmutableLongArray totals) {
    checkArgument(
        totals.length() == columnKeys.size(),
        "%s column totals for %s columns",
        totals.length(),
        columnKeys.size());
    for (int c = 0; c < totals.length(); c++) {
      checkArgument(totals.get(c) >= 0, "a column total must not be negative: %s", totals.get(c));
      for (CountTable t : tables) {
        long sum = t.columnSum(c);
        if (t.rows() == CountTable.Rows.PARTITION) {
          checkArgument(
              sum == totals.get(c),
              "column %s of %s adds up to %s, not its total %s",
              columnKeys.get(c),
              t.name(),
              sum,
              totals.get(c));
        } else {
          for (int r = 0; r < t.rowKeys().size(); r++) {
            checkArgument(
                t.count(r, c) <= totals.get(c),
                "cell %s/%s of %s exceeds its column total %s",
                t.rowKeys().get(r),
                columnKeys.get(c),
                t.name(),
                totals.get(c));
          }
        }
      }
    }
  }

  /**
   * Returns tables that split the published {@code columnTotals}.
   *
   * @throws IllegalArgumentException if the tables' columns differ from {@code columnKeys}, two
   *     tables share a name, a total is negative, a partition's column does not add up to its
   *     total, or a subset's cell exceeds it
   */
  public static LinkedTables ofTotals(
      List<String> columnKeys, long[] columnTotals, List<CountTable> tables) {
    checkNotNull(columnTotals, "columnTotals");
    return new LinkedTables(columnKeys, Optional.of(ImmutableLongArray.copyOf(columnTotals)), tables);
  }

  /**
   * Returns tables published without column totals; their rows must be {@link
   * CountTable.Rows#SUBSETS}, each row its own population (such as one period of a series).
   *
   * @throws IllegalArgumentException if the tables' columns differ from {@code columnKeys}, two
   *     tables share a name, or a table is a partition (which needs column totals)
   */
  public static LinkedTables withoutTotals(List<String> columnKeys, List<CountTable> tables) {
    for (CountTable t : tables) {
      checkArgument(
          t.rows() == CountTable.Rows.SUBSETS, "a partition (%s) needs column totals", t.name());
    }
    return new LinkedTables(columnKeys, Optional.empty(), tables);
  }

  /** Returns the column keys shared by every table. */
  public ImmutableList<String> columnKeys() {
    return columnKeys;
  }

  /** Returns the published column totals, or empty when none are published. */
  public Optional<ImmutableLongArray> columnTotals() {
    return columnTotals;
  }

  /** Returns the tables, in publication order. */
  public ImmutableList<CountTable> tables() {
    return tables;
  }

  /**
   * Returns the index of the table named {@code name}.
   *
   * @throws IllegalArgumentException if no table has that name
   */
  public int indexOf(String name) {
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no table named " + name);
  }

  @Override
  public String toString() {
    return "LinkedTables" + tables;
  }
}
