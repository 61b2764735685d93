package io.github.vigil.reporting.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which cells of {@link LinkedTables} are hidden when they are published, and why. {@link
 * #apply} chooses them by these rules, with a threshold N ({@code minCell}):
 *
 * <ol>
 *   <li><b>Small cells</b>: a cell of 1 to N−1 people is hidden.
 *   <li><b>Small groups</b>: every cell of a row whose total is 1 to N−1, and of a column whose
 *       published total is 1 to N−1, is hidden, zeros included: a zero beside a small cell would
 *       tell where the few people of the row or column are not.
 *   <li><b>Complementary cells</b>: then no row (whose total the reader may know) nor column of a
 *       partition (whose total is published) holds exactly one hidden cell, and no hidden cell can
 *       be worked out from everything published (checked as {@link DisclosureAudit} does): while
 *       one can, the smallest shown cell of its row or column is hidden too (a cell of at least
 *       one person before a zero, then the first in table, row and column order), so the
 *       result is deterministic and hides as little as this greedy choice allows.
 * </ol>
 *
 * <p>A cell that the published totals alone determine (a cell of a row or column of zero
 * people, or of the only row of a partition with anyone in it) tells nothing more than the
 * totals, and is never hidden. With N = 1 nothing is hidden. Immutable and thread-safe.
 */
public final class Suppression {
  /** Why a cell is hidden. */
  public enum Reason {
    /** It counts 1 to N−1 people. */
    SMALL_CELL,
    /** Its row or column counts 1 to N−1 people. */
    SMALL_GROUP,
    /** It is hidden so that another hidden cell cannot be worked out. */
    COMPLEMENTARY,
    /** A pattern given to {@link #of}, not chosen by the rules. */
    GIVEN
  }

  private final LinkedTables tables;
  private final int minCell;
  private final Network network;
  private final byte[] reasons; // 0 when shown, else the reason's ordinal + 1

  private Suppression(LinkedTables tables, int minCell, Network network, byte[] reasons) {
    this.tables = tables;
    this.minCell = minCell;
    this.network = network;
    this.reasons = reasons;
  }

  /**
   * Returns the cells hidden by the rules above with threshold {@code minCell}.
   *
   * @throws IllegalArgumentException if {@code minCell} is below 1
   */
  public static Suppression apply(LinkedTables tables, int minCell) {
    checkNotNull(tables, "tables");
    checkArgument(minCell >= 1, "minCell must be at least 1: %s", minCell);
    Network net = new Network(tables);
    byte[] reasons = new byte[net.cells];
    if (minCell > 1) {
      new Chooser(net, minCell, reasons).choose();
    }
    return new Suppression(tables, minCell, net, reasons);
  }

  /**
   * Returns a pattern of hidden cells chosen elsewhere, to be {@linkplain DisclosureAudit audited}.
   *
   * @throws IllegalArgumentException if a cell is not in {@code tables}
   */
  public static Suppression of(LinkedTables tables, Set<TableCell> hidden) {
    checkNotNull(tables, "tables");
    Network net = new Network(tables);
    byte[] reasons = new byte[net.cells];
    for (TableCell cell : hidden) {
      reasons[index(tables, net, cell)] = code(Reason.GIVEN);
    }
    return new Suppression(tables, 0, net, reasons);
  }

  private static int index(LinkedTables tables, Network net, TableCell cell) {
    int t = tables.indexOf(cell.table());
    CountTable table = tables.tables().get(t);
    int r = table.rowKeys().indexOf(cell.row());
    int c = table.columnKeys().indexOf(cell.column());
    checkArgument(r >= 0 && c >= 0, "no cell %s", cell);
    return net.cell(t, r, c);
  }

  /** Returns the tables. */
  public LinkedTables tables() {
    return tables;
  }

  /** Returns the threshold N the rules were applied with, or 0 for a {@linkplain #of given} pattern. */
  public int minCell() {
    return minCell;
  }

  /**
   * Returns whether the cell at indexes ({@code table}, {@code row}, {@code column}) is hidden.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean isHidden(int table, int row, int column) {
    return reason(table, row, column).isPresent();
  }

  /**
   * Returns why the cell at indexes ({@code table}, {@code row}, {@code column}) is hidden, or
   * empty when it is shown.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public Optional<Reason> reason(int table, int row, int column) {
    checkIndex(table, row, column);
    return decode(reasons[network.cell(table, row, column)]);
  }

  /**
   * Returns why {@code cell} is hidden, or empty when it is shown.
   *
   * @throws IllegalArgumentException if the cell is not in the tables
   */
  public Optional<Reason> reason(TableCell cell) {
    return decode(reasons[index(tables, network, cell)]);
  }

  /**
   * Returns the count of the cell at indexes ({@code table}, {@code row}, {@code column}) as
   * published: empty when hidden.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public OptionalLong published(int table, int row, int column) {
    return isHidden(table, row, column)
        ? OptionalLong.empty()
        : OptionalLong.of(tables.tables().get(table).count(row, column));
  }

  /** Returns the hidden cells, in table, row and column order. */
  public ImmutableSet<TableCell> hiddenCells() {
    ImmutableSet.Builder<TableCell> out = ImmutableSet.builder();
    for (int i = 0; i < network.cells; i++) {
      if (reasons[i] != 0) {
        out.add(cellOf(i));
      }
    }
    return out.build();
  }

  /** Returns the number of hidden cells. */
  public int hiddenCount() {
    return (int) IntStream.range(0, network.cells).filter(i -> reasons[i] != 0).count();
  }

  TableCell cellOf(int i) {
    CountTable t = tables.tables().get(network.table[i]);
    return new TableCell(
        t.name(), t.rowKeys().get(network.rowOf(i)), t.columnKeys().get(network.columnOf(i)));
  }

  Network network() {
    return network;
  }

  boolean[] hiddenMask() {
    boolean[] hidden = new boolean[network.cells];
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = reasons[i] != 0;
    }
    return hidden;
  }

  private static final ImmutableList<Reason> REASONS = ImmutableList.copyOf(Reason.values());

  private static byte code(Reason reason) {
    return (byte) (REASONS.indexOf(reason) + 1);
  }

  private static Optional<Reason> decode(byte code) {
    return code == 0 ? Optional.empty() : Optional.of(REASONS.get(code - 1));
  }

  private void checkIndex(int table, int row, int column) {
    CountTable t = tables.tables().get(table);
    if (row < 0 || row >= t.rowKeys().size() || column < 0 || column >= t.columnKeys().size()) {
      throw new IndexOutOfBoundsException("no cell " + row + "," + column + " in " + t.name());
    }
  }

  /** Returns the number of hidden cells and the threshold; never a count. */
  @Override
  public String toString() {
    return "Suppression{minCell=" + minCell + ", hidden=" + hiddenCount() + "}";
  }

  /** The rules of {@link #apply}. */
  private static final class Chooser {
    private final Network net;
    private final int minCell;
    private final byte[] reasons; // 0 when shown, else the reason's ordinal + 1
    private final boolean[] hidden;
    private final boolean[] fixed;
    private final boolean[] proven;

    Chooser(Network net, int minCell, byte[] reasons) {
      this.net = net;
      this.minCell = minCell;
      this.reasons = reasons;
      this.hidden = new boolean[net.cells];
      this.proven = new boolean[net.cells];
      boolean[] all = new boolean[net.cells];
      Arrays.fill(all, true);
      Network.Residual everything = net.new Residual(all);
      this.fixed = new boolean[net.cells];
      for (int i = 0; i < net.cells; i++) {
        fixed[i] = !everything.canIncrease(i) && !everything.canDecrease(i);
      }
    }

    void choose() {
      for (int i = 0; i < net.cells; i++) {
        if (small(net.value[i])) {
          hide(i, Reason.SMALL_CELL);
        }
      }
      for (int t = 0; t < net.tables.tables().size(); t++) {
        CountTable table = net.tables.tables().get(t);
        for (int r = 0; r < table.rowKeys().size(); r++) {
          if (small(table.rowTotal(r))) {
            for (int c = 0; c < table.columnKeys().size(); c++) {
              hide(net.cell(t, r, c), Reason.SMALL_GROUP);
            }
          }
        }
        if (net.tables.columnTotals().isPresent()) {
          for (int c = 0; c < table.columnKeys().size(); c++) {
            if (small(net.tables.columnTotals().get().get(c))) {
              for (int r = 0; r < table.rowKeys().size(); r++) {
                hide(net.cell(t, r, c), Reason.SMALL_GROUP);
              }
            }
          }
        }
      }
      while (true) {
        if (fillSingletons()) {
          continue;
        }
        int failing = firstUnprotected();
        if (failing < 0) {
          return;
        }
        int complement = best(candidates(failing));
        if (complement < 0) {
          // no cell of another table: the tables share only the published totals, so hiding one
          // of theirs gives this one no alternative
          complement = best(IntStream.range(0, net.cells).filter(i -> net.table[i] == net.table[failing]));
        }
        if (complement < 0) {
          return; // cannot happen: with every cell that is not fixed hidden, each has an alternative
        }
        hide(complement, Reason.COMPLEMENTARY);
      }
    }

    private boolean small(long count) {
      return count > 0 && count < minCell;
    }

    private void hide(int i, Reason reason) {
      if (!fixed[i] && !hidden[i]) {
        hidden[i] = true;
        reasons[i] = code(reason);
      }
    }

    /** Hides a complement in each row or partition column holding exactly one hidden cell. */
    private boolean fillSingletons() {
      boolean changed = false;
      for (int node = 1; node < net.nodes; node++) {
        if (!net.equality[node]) {
          continue;
        }
        int count = 0;
        for (int i : net.members[node]) {
          if (hidden[i]) {
            count++;
          }
        }
        if (count == 1) {
          int complement = best(IntStream.of(net.members[node]));
          if (complement >= 0) {
            hide(complement, Reason.COMPLEMENTARY);
            changed = true;
          }
        }
      }
      return changed;
    }

    /** Returns the first hidden cell that no alternative table moves, or -1. */
    private int firstUnprotected() {
      Network.Residual residual = net.new Residual(hidden);
      for (int i = 0; i < net.cells; i++) {
        if (hidden[i] && !proven[i]) {
          if (residual.canIncrease(i) || residual.canDecrease(i)) {
            proven[i] = true; // hiding more only adds alternatives: it stays proven
          } else {
            return i;
          }
        }
      }
      return -1;
    }

    /** The cells of the row and the column of {@code cell} (none for {@link Network#OUTSIDE}). */
    private IntStream candidates(int cell) {
      return IntStream.concat(
          IntStream.of(net.members[net.rowNode[cell]]), IntStream.of(net.members[net.columnNode[cell]]));
    }

    /** Returns the smallest shown cell that is not fixed, a person before a zero, or -1. */
    private int best(IntStream cells) {
      return cells
          .filter(i -> !hidden[i] && !fixed[i])
          .boxed()
          .min(
              Comparator.<Integer>comparingInt(i -> net.value[i] == 0 ? 1 : 0)
                  .thenComparingLong(i -> net.value[i])
                  .thenComparingInt(i -> i))
          .orElse(-1);
    }
  }
}
