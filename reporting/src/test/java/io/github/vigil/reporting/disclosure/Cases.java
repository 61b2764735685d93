package io.github.vigil.reporting.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small linked tables and patterns of hidden cells for the properties of this package, and a
 * brute-force enumeration of every table that agrees with what such a pattern shows.
 */
final class Cases {
  private Cases() {}

  /** Linked tables, a pattern of hidden cells on them, and a seed for other choices. */
  record Case(LinkedTables tables, Set<TableCell> hidden, int seed) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      tables.columnTotals().ifPresent(t -> s.append("totals ").append(t).append('\n'));
      for (CountTable t : tables.tables()) {
        s.append(t).append(' ').append(t.disjointRows()).append('\n');
        for (int r = 0; r < t.rowKeys().size(); r++) {
          for (int c = 0; c < t.columnKeys().size(); c++) {
            boolean h = hidden.contains(new TableCell(t.name(), t.rowKeys().get(r), t.columnKeys().get(c)));
            s.append(h ? "[" : " ").append(t.count(r, c)).append(h ? "]" : " ");
          }
          s.append('\n');
        }
      }
      return s.toString();
    }
  }

  /** Small tables (at most 3 rows, 3 columns, counts up to {@code max}) with random patterns. */
  static Gen<Case> cases(int max) {
    Gen<Integer> choices = Generate.range(0, 1 << 20);
    return in -> {
      int columns = 1 + choices.generate(in) % 3;
      List<String> keys = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        keys.add("c" + c);
      }
      int kind = choices.generate(in) % 4;
      LinkedTables tables;
      if (kind <= 1) {
        long[][] first = counts(in, choices, 1 + choices.generate(in) % 3, columns, max);
        long[] totals = new long[columns];
        for (long[] row : first) {
          for (int c = 0; c < columns; c++) {
            totals[c] += row[c];
          }
        }
        List<CountTable> list = new ArrayList<>();
        list.add(CountTable.partition("p", rows(first.length), keys, first));
        if (kind == 1) {
          int rows = 1 + choices.generate(in) % 3;
          long[][] second = new long[rows][columns];
          for (int c = 0; c < columns; c++) {
            for (long p = 0; p < totals[c]; p++) {
              second[choices.generate(in) % rows][c]++;
            }
          }
          list.add(CountTable.partition("q", rows(rows), keys, second));
        }
        tables = LinkedTables.ofTotals(keys, totals, list);
      } else {
        int rows = 1 + choices.generate(in) % 3;
        long[][] counts = counts(in, choices, rows, columns, max);
        List<Set<String>> disjoint = new ArrayList<>();
        if (rows >= 2 && choices.generate(in) % 2 == 0) {
          disjoint.add(Set.of("r0", "r1"));
        }
        CountTable t = CountTable.subsets("s", rows(rows), keys, counts, disjoint);
        if (kind == 2) {
          long[] totals = new long[columns];
          for (int c = 0; c < columns; c++) {
            long need = 0;
            for (int r = 0; r < rows; r++) {
              need = Math.max(need, counts[r][c]);
            }
            if (!disjoint.isEmpty()) {
              need = Math.max(need, counts[0][c] + counts[1][c]);
            }
            totals[c] = need + choices.generate(in) % 2;
          }
          tables = LinkedTables.ofTotals(keys, totals, List.of(t));
        } else {
          tables = LinkedTables.withoutTotals(keys, List.of(t));
        }
      }
      Set<TableCell> hidden = new LinkedHashSet<>();
      for (CountTable t : tables.tables()) {
        for (String r : t.rowKeys()) {
          for (String c : t.columnKeys()) {
            if (choices.generate(in) % 5 < 2) {
              hidden.add(new TableCell(t.name(), r, c));
            }
          }
        }
      }
      return new Case(tables, hidden, choices.generate(in));
    };
  }

  private static long[][] counts(
      org.quicktheories.core.RandomnessSource in, Gen<Integer> choices, int rows, int columns, int max) {
    long[][] m = new long[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int roll = choices.generate(in) % 4;
        m[r][c] = roll == 0 ? 0 : choices.generate(in) % (max + 1);
      }
    }
    return m;
  }

  private static List<String> rows(int n) {
    List<String> keys = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      keys.add("r" + r);
    }
    return keys;
  }

  /**
   * Returns, for each hidden cell in table-row-column order, the set of values it takes over
   * every table of whole numbers that agrees with the shown cells, the column totals, each row's
   * total and how the rows relate: found by trying every value (tables are tried one by one,
   * since with their column totals fixed they constrain each other no further).
   */
  static List<Set<Long>> possibleValues(LinkedTables tables, Set<TableCell> hidden) {
    List<Set<Long>> out = new ArrayList<>();
    for (int t = 0; t < tables.tables().size(); t++) {
      CountTable ct = tables.tables().get(t);
      List<int[]> cells = new ArrayList<>();
      for (int r = 0; r < ct.rowKeys().size(); r++) {
        for (int c = 0; c < ct.columnKeys().size(); c++) {
          if (hidden.contains(new TableCell(ct.name(), ct.rowKeys().get(r), ct.columnKeys().get(c)))) {
            cells.add(new int[] {r, c});
          }
        }
      }
      List<Set<Long>> seen = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        seen.add(new TreeSet<>());
      }
      long[][] values = new long[ct.rowKeys().size()][ct.columnKeys().size()];
      for (int r = 0; r < values.length; r++) {
        for (int c = 0; c < values[r].length; c++) {
          values[r][c] = hidden.contains(new TableCell(ct.name(), ct.rowKeys().get(r), ct.columnKeys().get(c))) ? 0 : ct.count(r, c);
        }
      }
      enumerate(tables, ct, cells, 0, values, seen);
      out.addAll(seen);
    }
    return out;
  }

  private static void enumerate(
      LinkedTables tables, CountTable t, List<int[]> cells, int i, long[][] values, List<Set<Long>> seen) {
    if (i == cells.size()) {
      if (consistent(tables, t, values)) {
        for (int k = 0; k < cells.size(); k++) {
          seen.get(k).add(values[cells.get(k)[0]][cells.get(k)[1]]);
        }
      }
      return;
    }
    int row = cells.get(i)[0];
    int column = cells.get(i)[1];
    boolean lastOfRow = i + 1 == cells.size() || cells.get(i + 1)[0] != row;
    long others = 0;
    for (int c = 0; c < values[row].length; c++) {
      if (c != column) {
        others += values[row][c];
      }
    }
    long room = t.rowTotal(row) - others;
    if (room < 0) {
      return;
    }
    for (long v = lastOfRow ? room : 0; v <= room; v++) {
      values[row][column] = v;
      enumerate(tables, t, cells, i + 1, values, seen);
    }
    values[row][column] = 0;
  }

  private static boolean consistent(LinkedTables tables, CountTable ct, long[][] values) {
    int columns = ct.columnKeys().size();
    for (int r = 0; r < values.length; r++) {
      long sum = 0;
      for (int c = 0; c < columns; c++) {
        sum += values[r][c];
      }
      if (sum != ct.rowTotal(r)) {
        return false;
      }
    }
    if (tables.columnTotals().isEmpty()) {
      return true;
    }
    for (int c = 0; c < columns; c++) {
      long total = tables.columnTotals().get().get(c);
      if (ct.rows() == CountTable.Rows.PARTITION) {
        long sum = 0;
        for (long[] row : values) {
          sum += row[c];
        }
        if (sum != total) {
          return false;
        }
      } else {
        for (long[] row : values) {
          if (row[c] > total) {
            return false;
          }
        }
        for (Set<String> g : ct.disjointRows()) {
          long sum = 0;
          for (String key : g) {
            sum += values[ct.rowKeys().indexOf(key)][c];
          }
          if (sum > total) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
