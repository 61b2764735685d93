package io.github.vigil.reporting.disclosure;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader knows about linked tables, as linear constraints on their cells, and the two
 * ways of reasoning about a hidden cell: interval propagation (what arithmetic on rows, columns
 * and totals pins down) and exact alternatives (another table that agrees with everything
 * published).
 *
 * <p>Every cell lies in one row constraint and at most one column constraint. A row's cells add
 * up to the row's total, which the reader is assumed to know even where it is not printed. A
 * partition's column adds up to the published column total; in a table of subsets, the cells of
 * each group of disjoint rows (each other row alone) add up to at most the column total. With
 * no published totals a column constrains nothing. Cells are counts: integers, never negative.
 *
 * <p>These constraints form a network: a cell is an arc from its row's node to its column's
 * node, carrying its count; node 0 ({@link #OUTSIDE}) supplies the slack of an inequality and
 * stands for a column that constrains nothing. The tables that agree with everything published
 * are the integer circulations of that network with the shown cells fixed, so a hidden cell can
 * take another value exactly when a cycle of the residual network passes through it (the flow
 * decomposition theorem); a breadth-first search finds one or proves there is none.
 */
final class Network {
  static final int OUTSIDE = 0;

  final LinkedTables tables;
  final int[] base;
  final int cells;
  final long[] value;
  final int[] table;
  final int[] rowNode;
  final int[] columnNode;
  final int nodes;
  final boolean[] equality;
  final long[] bound;
  final int[][] members;

  Network(LinkedTables tables) {
    this.tables = tables;
    int n = tables.tables().size();
    base = new int[n + 1];
    int columns = tables.columnKeys().size();
    for (int t = 0; t < n; t++) {
      base[t + 1] = base[t] + tables.tables().get(t).rowKeys().size() * columns;
    }
    cells = base[n];
    value = new long[cells];
    table = new int[cells];
    rowNode = new int[cells];
    columnNode = new int[cells];
    List<Long> bounds = new ArrayList<>();
    List<Boolean> equalities = new ArrayList<>();
    List<List<Integer>> memberLists = new ArrayList<>();
    bounds.add(0L);
    equalities.add(false);
    memberLists.add(new ArrayList<>());
    for (int t = 0; t < n; t++) {
      CountTable ct = tables.tables().get(t);
      int rows = ct.rowKeys().size();
      for (int r = 0; r < rows; r++) {
        int node = bounds.size();
        bounds.add(ct.rowTotal(r));
        equalities.add(true);
        memberLists.add(new ArrayList<>());
        for (int c = 0; c < columns; c++) {
          int cell = base[t] + r * columns + c;
          value[cell] = ct.count(r, c);
          table[cell] = t;
          rowNode[cell] = node;
          memberLists.get(node).add(cell);
        }
      }
      if (tables.columnTotals().isEmpty()) {
        continue;
      }
      // column constraints: one per column for a partition, one per (group, column) for subsets
      List<List<Integer>> groups = new ArrayList<>();
      if (ct.rows() == CountTable.Rows.PARTITION) {
        List<Integer> all = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
          all.add(r);
        }
        groups.add(all);
      } else {
        for (ImmutableSet<String> g : ct.disjointRows()) {
          List<Integer> members = new ArrayList<>();
          for (String key : g) {
            members.add(ct.rowKeys().indexOf(key));
          }
          groups.add(members); // in any order: no use of a node's members depends on it
        }
        for (int r = 0; r < rows; r++) {
          int row = r;
          if (groups.stream().noneMatch(g -> g.contains(row))) {
            groups.add(List.of(row));
          }
        }
      }
      for (List<Integer> g : groups) {
        for (int c = 0; c < columns; c++) {
          int node = bounds.size();
          bounds.add(tables.columnTotals().get().get(c));
          equalities.add(ct.rows() == CountTable.Rows.PARTITION);
          List<Integer> m = new ArrayList<>();
          for (int r : g) {
            int cell = base[t] + r * columns + c;
            columnNode[cell] = node;
            m.add(cell);
          }
          memberLists.add(m);
        }
      }
    }
    nodes = bounds.size();
    equality = new boolean[nodes];
    bound = new long[nodes];
    members = new int[nodes][];
    for (int i = 0; i < nodes; i++) {
      equality[i] = equalities.get(i);
      bound[i] = bounds.get(i);
      members[i] = memberLists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Returns the index of the cell at ({@code t}, {@code row}, {@code column}). */
  int cell(int t, int row, int column) {
    return base[t] + row * tables.columnKeys().size() + column;
  }

  /** Returns the row index of {@code cell} in its table. */
  int rowOf(int cell) {
    return (cell - base[table[cell]]) / tables.columnKeys().size();
  }

  /** Returns the column index of {@code cell} (each table's cells start at a multiple of the columns). */
  int columnOf(int cell) {
    return cell % tables.columnKeys().size();
  }

  /** The residual network of one choice of hidden cells. */
  final class Residual {
    final boolean[] hidden;
    private final int[] start;
    private final int[] to;
    private final int[] via;

    Residual(boolean[] hidden) {
      this.hidden = hidden;
      long[] hiddenSum = new long[nodes];
      long[] sum = new long[nodes];
      for (int i = 0; i < cells; i++) {
        sum[columnNode[i]] += value[i];
        if (hidden[i]) {
          hiddenSum[columnNode[i]] += value[i];
        }
      }
      List<int[]> arcs = new ArrayList<>();
      for (int i = 0; i < cells; i++) {
        if (hidden[i]) {
          arcs.add(new int[] {rowNode[i], columnNode[i], i});
          if (value[i] > 0) {
            arcs.add(new int[] {columnNode[i], rowNode[i], i});
          }
        }
      }
      for (int node = 1; node < nodes; node++) {
        if (!equality[node]) {
          if (sum[node] < bound[node]) {
            arcs.add(new int[] {node, OUTSIDE, -1});
          }
          if (hiddenSum[node] > 0) {
            arcs.add(new int[] {OUTSIDE, node, -1});
          }
        }
      }
      start = new int[nodes + 1];
      for (int[] a : arcs) {
        start[a[0] + 1]++;
      }
      for (int i = 0; i < nodes; i++) {
        start[i + 1] += start[i];
      }
      to = new int[arcs.size()];
      via = new int[arcs.size()];
      int[] fill = Arrays.copyOf(start, nodes);
      for (int[] a : arcs) {
        to[fill[a[0]]] = a[1];
        via[fill[a[0]]] = a[2];
        fill[a[0]]++;
      }
    }

    /** Returns whether hidden {@code cell} can be one more in a table agreeing with all shown. */
    boolean canIncrease(int cell) {
      return path(columnNode[cell], rowNode[cell], cell);
    }

    /** Returns whether hidden {@code cell} can be one less in a table agreeing with all shown. */
    boolean canDecrease(int cell) {
      return value[cell] > 0 && path(rowNode[cell], columnNode[cell], cell);
    }

    /** A path from {@code from} to {@code target}, never the same node (a row's and a column's). */
    private boolean path(int from, int target, int avoid) {
      boolean[] seen = new boolean[nodes];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(from);
      seen[from] = true;
      while (!queue.isEmpty()) {
        int node = queue.poll();
        for (int a = start[node]; a < start[node + 1]; a++) {
          if (via[a] == avoid || seen[to[a]]) {
            continue;
          }
          if (to[a] == target) {
            return true;
          }
          seen[to[a]] = true;
          queue.add(to[a]);
        }
      }
      return false;
    }
  }

  /**
   * Returns, for each cell, the interval {@code [lo, hi]} that propagating bounds through the
   * constraints reaches, iterated until nothing changes (or {@code maxPasses} passes): shown cells
   * are their value; hidden ones start at {@code [0, ∞)}. Each bound holds in every table that
   * agrees with what is shown, so a hidden cell with {@code lo == hi} is disclosed; the converse
   * does not follow. {@code hi} is {@link Long#MAX_VALUE} when nothing bounds the cell.
   */
  long[][] propagate(boolean[] hidden, int maxPasses) {
    long[] lo = new long[cells];
    long[] hi = new long[cells];
    for (int i = 0; i < cells; i++) {
      lo[i] = hidden[i] ? 0 : value[i];
      hi[i] = hidden[i] ? Long.MAX_VALUE : value[i];
    }
    boolean changed = true;
    for (int pass = 0; changed && pass < maxPasses; pass++) {
      changed = false;
      for (int node = 1; node < nodes; node++) {
        long sumLo = 0;
        long finiteHi = 0;
        int unbounded = 0;
        for (int i : members[node]) {
          sumLo += lo[i];
          if (hi[i] == Long.MAX_VALUE) {
            unbounded++;
          } else {
            finiteHi += hi[i];
          }
        }
        for (int i : members[node]) {
          if (!hidden[i]) {
            continue;
          }
          long oldLo = lo[i];
          long oldHi = hi[i];
          long upper = bound[node] - (sumLo - oldLo);
          if (upper < oldHi) {
            hi[i] = upper;
            changed = true;
          }
          boolean othersBounded = unbounded == (oldHi == Long.MAX_VALUE ? 1 : 0);
          if (equality[node] && othersBounded) {
            long othersHi = finiteHi - (oldHi == Long.MAX_VALUE ? 0 : oldHi);
            long lower = bound[node] - othersHi;
            if (lower > oldLo) {
              lo[i] = lower;
              changed = true;
            }
          }
        }
      }
    }
    return new long[][] {lo, hi};
  }
}
