package io.github.vigil.reporting.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of counts of people: rows by columns, each cell a count, to be published. Its rows
 * either {@linkplain Rows#PARTITION partition} a population (each person is counted in exactly
 * one row, so each column adds up to that column's total) or are {@linkplain Rows#SUBSETS
 * subsets} of it that may overlap (a person may be in several rows or none), some of them known
 * to be disjoint. Immutable and thread-safe.
 */
public final class CountTable {
  /** How the rows of a table relate to the population. */
  public enum Rows {
    /** Each person is in exactly one row: a column's cells add up to the column's total. */
    PARTITION,
    /**
     * A person may be in several rows or none: a cell is at most the column's total, and the
     * cells of rows known to be disjoint add up to at most the column's total.
     */
    SUBSETS
  }

  private final String name;
  private final Rows rows;
  private final ImmutableList<String> rowKeys;
  private final ImmutableList<String> columnKeys;
  private final long[][] counts;
  private final ImmutableList<ImmutableSet<String>> disjoint;

  private CountTable(
      String name,
      Rows rows,
      List<String> rowKeys,
      List<String> columnKeys,
      long[][] counts,
      List<? extends Set<String>> disjoint) {
    this.name = checkNotNull(name, "name");
    this.rows = rows;
    this.rowKeys = ImmutableList.copyOf(rowKeys);
    this.columnKeys = ImmutableList.copyOf(columnKeys);
    checkArgument(
        ImmutableSet.copyOf(this.rowKeys).size() == this.rowKeys.size(), "row keys repeat: %s", rowKeys);
    checkArgument(
        ImmutableSet.copyOf(this.columnKeys).size() == this.columnKeys.size(),
        "column keys repeat: %s",
        columnKeys);
    checkArgument(
        counts.length == this.rowKeys.size(),
        "%s rows of counts for %s row keys",
        counts.length,
        this.rowKeys.size());
    this.counts = new long[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      checkArgument(
          counts[r].length == this.columnKeys.size(),
          "row %s has %s counts for %s columns",
          this.rowKeys.get(r),
          counts[r].length,
          this.columnKeys.size());
      for (long c : counts[r]) {
        checkArgument(c >= 0, "a count must not be negative: %s in row %s", c, this.rowKeys.get(r));
      }
      this.counts[r] = counts[r].clone();
    }
    ImmutableList.Builder<ImmutableSet<String>> groups = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (Set<String> group : disjoint) {
      for (String key : group) {
        checkArgument(this.rowKeys.contains(key), "no row %s to be disjoint", key);
        checkArgument(seen.add(key), "row %s is in two disjoint groups", key);
      }
      groups.add(ImmutableSet.copyOf(group));
    }
    this.disjoint = groups.build();
  }

  /**
   * Returns a table whose rows partition the population: each person is counted in exactly one
   * row.
   *
   * @param counts one array per row, one count per column; copied
   * @throws IllegalArgumentException if keys repeat, a count is negative or the sizes disagree
   */
  public static CountTable partition(
      String name, List<String> rowKeys, List<String> columnKeys, long[][] counts) {
    return new CountTable(name, Rows.PARTITION, rowKeys, columnKeys, counts, List.of());
  }

  /**
   * Returns a table whose rows are subsets of the population that may overlap, except the rows
   * of each of {@code disjoint}'s sets, which have nobody in common (such as minors and the
   * elderly).
   *
   * @param counts one array per row, one count per column; copied
   * @param disjoint sets of row keys whose rows are disjoint; may be empty
   * @throws IllegalArgumentException if keys repeat, a count is negative, the sizes disagree, or
   *     a disjoint set names a row that does not exist or that another set names
   */
  public static CountTable subsets(
      String name,
      List<String> rowKeys,
      List<String> columnKeys,
      long[][] counts,
      List<? extends Set<String>> disjoint) {
    return new CountTable(name, Rows.SUBSETS, rowKeys, columnKeys, counts, disjoint);
  }

  /** Returns the table's name, such as {@code byFacility}. */
  public String name() {
    return name;
  }

  /** Returns how the rows relate to the population. */
  public Rows rows() {
    return rows;
  }

  /** Returns the row keys, in order. */
  public ImmutableList<String> rowKeys() {
    return rowKeys;
  }

  /** Returns the column keys, in order. */
  public ImmutableList<String> columnKeys() {
    return columnKeys;
  }

  /** Returns the sets of rows known to be disjoint (only for {@link Rows#SUBSETS}). */
  public ImmutableList<ImmutableSet<String>> disjointRows() {
    return disjoint;
  }

  /**
   * Returns the count of the cell at row index {@code row} and column index {@code column}.
   *
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public long count(int row, int column) {
    return counts[row][column];
  }

  /**
   * Returns the total of row index {@code row}.
   *
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long rowTotal(int row) {
    long t = 0;
    for (long c : counts[row]) {
      t += c;
    }
    return t;
  }

  /**
   * Returns the sum of column index {@code column} over the rows.
   *
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long columnSum(int column) {
    long t = 0;
    for (long[] row : counts) {
      t += row[column];
    }
    return t;
  }

  /** Returns the name, kind and size; the counts are not shown. */
  @Override
  public String toString() {
    return name + "(" + rows + ", " + rowKeys.size() + "x" + columnKeys.size() + ")";
  }
}
