package io.github.vigil.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The steps inside the rules and the audit: passes of bound propagation, the order of the rules. */
class DisclosureStepsTest {
  private static final List<String> XY = List.of("x", "y");
  private static final List<String> XYZ = List.of("x", "y", "z");

  @Test
  void aRowWithOneHiddenCellPinsItInTheFirstPass() {
    // row a: [2] 8, its total 10: the hidden cell is 10 - 8 = 2, found by the row's own constraint
    LinkedTables tables =
        LinkedTables.withoutTotals(
            XY, List.of(CountTable.subsets("t", List.of("a"), XY, new long[][] {{2, 8}}, List.of())));
    Network net = new Network(tables);
    long[][] bounds = net.propagate(new boolean[] {true, false}, 1);
    assertArrayEquals(new long[] {2, 8}, bounds[0], "lo");
    assertArrayEquals(new long[] {2, 8}, bounds[1], "hi");
  }

  @Test
  void eachPassCarriesFurtherTheBoundsThePreviousOneFound() {
    // a: [2] [3] [2] (7), b: [3] 0 [1] (4), columns 5, 3, 3. The first pass goes through the rows,
    // then the columns: column y pins a/y = 3 after row a was seen, so only the second pass
    // finds a/x + a/z = 4 in row a, hence a/x at most 4 and b/x = 5 - a/x at least 1
    Network net = new Network(partition(new long[] {5, 3, 3}, new long[][] {{2, 3, 2}, {3, 0, 1}}));
    boolean[] hidden = {true, true, true, true, false, true};
    long[][] none = net.propagate(hidden, 0);
    assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0}, none[0], "lo before any pass");
    assertEquals(Long.MAX_VALUE, none[1][0], "hi before any pass");
    long[][] one = net.propagate(hidden, 1);
    assertArrayEquals(new long[] {1, 3, 0, 0, 0, 0}, one[0], "lo after one pass");
    assertArrayEquals(new long[] {5, 3, 3, 4, 0, 3}, one[1], "hi after one pass");
    long[][] settled = net.propagate(hidden, DisclosureAudit.MAX_PASSES);
    assertArrayEquals(new long[] {1, 3, 0, 1, 0, 0}, settled[0], "lo when settled");
    assertArrayEquals(new long[] {4, 3, 3, 4, 0, 3}, settled[1], "hi when settled");
    assertArrayEquals(settled[0], net.propagate(hidden, 2)[0], "two passes settle it");
  }

  @Test
  void everyLoneHiddenCellGetsItsComplementBeforeTheAuditChoosesAny() {
    // a/x (2) is small; its row's complement is a/z (10), then its column's b/x (6) and column
    // z's c/z (7). Rows b and c now hide one cell each: they get b/z (30) and c/y (8), and
    // column y then b/y (40). Asking the audit after the first round instead would hide c/x,
    // the smallest cell of a/x's row and column, and leave column y whole.
    LinkedTables tables = partition(new long[] {28, 98, 47}, new long[][] {{2, 50, 10}, {6, 40, 30}, {20, 8, 7}});
    assertEquals(List.of("t/a/x", "t/a/z", "t/b/x", "t/b/y", "t/b/z", "t/c/y", "t/c/z"), hidden(tables, 5));
    Suppression s = Suppression.apply(tables, 5);
    assertEquals(Optional.of(Suppression.Reason.SMALL_CELL), s.reason(0, 0, 0));
    assertEquals(Optional.of(Suppression.Reason.SMALL_CELL), s.reason(new TableCell("t", "a", "x")));
    assertEquals(Optional.of(Suppression.Reason.COMPLEMENTARY), s.reason(0, 2, 1));
    assertEquals(Optional.of(Suppression.Reason.COMPLEMENTARY), s.reason(new TableCell("t", "c", "y")));
    assertTrue(DisclosureAudit.of(s).passed(), DisclosureAudit.of(s).toString());
  }

  @Test
  void aComplementTheAuditAsksForComesFromTheDisclosedCellsRowOrColumnFirst() {
    // minCell 6: row b (2 people) and column y (4) are hidden whole, c/x (3) is small; the
    // singletons are filled, and the audit then finds a disclosed cell whose row and column still
    // show a/x (10): it is hidden, although c/z (7) elsewhere in the table is smaller
    LinkedTables tables = partition(new long[] {13, 4, 18}, new long[][] {{10, 0, 9}, {0, 0, 2}, {3, 4, 7}});
    Suppression s = Suppression.apply(tables, 6);
    assertEquals(8, s.hiddenCount());
    assertTrue(s.isHidden(0, 0, 0), "a/x");
    assertEquals(Optional.of(Suppression.Reason.COMPLEMENTARY), s.reason(0, 0, 0));
    assertEquals(OptionalLong.of(7), s.published(0, 2, 2), "c/z");
    assertTrue(DisclosureAudit.of(s).passed(), DisclosureAudit.of(s).toString());
  }

  @Test
  void anIndexPastTheEndOfARowOrOfATableIsRefusedNotReadFromTheNextCell() {
    // two tables of two rows: the cell after the last column of a row, or the row after the
    // last of a table, would be the first cell of the next row or table
    CountTable t = CountTable.partition("t", List.of("a", "b"), XY, new long[][] {{1, 20}, {30, 40}});
    CountTable u = CountTable.partition("u", List.of("c", "d"), XY, new long[][] {{30, 40}, {1, 20}});
    Suppression s = Suppression.apply(LinkedTables.ofTotals(XY, new long[] {31, 60}, List.of(t, u)), 5);
    assertTrue(s.isHidden(0, 0, 0));
    assertTrue(s.isHidden(1, 1, 0));
    IndexOutOfBoundsException column = assertThrows(IndexOutOfBoundsException.class, () -> s.isHidden(0, 0, 2));
    assertEquals("no cell 0,2 in t", column.getMessage());
    IndexOutOfBoundsException row = assertThrows(IndexOutOfBoundsException.class, () -> s.reason(0, 2, 0));
    assertEquals("no cell 2,0 in t", row.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> s.published(1, 1, 2));
  }

  private static List<String> hidden(LinkedTables tables, int minCell) {
    Suppression s = Suppression.apply(tables, minCell);
    assertTrue(DisclosureAudit.of(s).passed(), DisclosureAudit.of(s).toString());
    return s.hiddenCells().stream().map(TableCell::toString).toList();
  }

  /** One partition named t, rows a, b, ... and columns x, y, z. */
  private static LinkedTables partition(long[] totals, long[][] counts) {
    return LinkedTables.ofTotals(
        XYZ, totals, List.of(CountTable.partition("t", List.of("a", "b", "c").subList(0, counts.length), XYZ, counts)));
  }

  private static LinkedTables subsets(long[] totals, long[][] counts, List<Set<String>> disjoint) {
    return LinkedTables.ofTotals(
        XYZ, totals, List.of(CountTable.subsets("s", List.of("a", "b"), XYZ, counts, disjoint)));
  }

  @Test
  void aLoneHiddenCellInAColumnOfSubsetsNeedsNoComplementThere() {
    // minCell 7: a/x, a/y and b/y are small and column z (1 person) is hidden whole; a/x is
    // then the only hidden cell of column x, but a column of subsets only bounds its cells, so
    // b/x (8) stays shown
    assertEquals(
        List.of("s/a/x", "s/a/y", "s/a/z", "s/b/y", "s/b/z"),
        hidden(subsets(new long[] {14, 8, 1}, new long[][] {{5, 2, 0}, {8, 5, 0}}, List.of(Set.of("a", "b"))), 7));
  }

  @Test
  void ofCandidatesTiedInSizeTheFirstInTableOrderIsHidden() {
    // b/x and b/y are small; a/x and b/z both count 9, and a/x comes first
    assertEquals(
        List.of("s/a/x", "s/a/y", "s/b/x", "s/b/y"),
        hidden(subsets(new long[] {13, 9, 19}, new long[][] {{9, 8, 10}, {4, 1, 9}}, List.of(Set.of("a", "b"))), 6));
  }

  @Test
  void theAuditsDisclosedCellsAreProtectedOneAtATimeInTableOrder() {
    assertEquals(
        List.of("s/a/y", "s/a/z", "s/b/x", "s/b/y", "s/b/z"),
        hidden(subsets(new long[] {13, 7, 2}, new long[][] {{11, 7, 0}, {9, 7, 2}}, List.of()), 3));
  }

  @Test
  void aZeroIsTheComplementWhenItIsTheLastCellLeftInItsColumn() {
    // b/z (3) is small; row b then hides b/x (11, a person before a zero), column z hides a/z,
    // and column x has only a/x, a zero, left
    LinkedTables tables = partition(new long[] {11, 8, 14}, new long[][] {{0, 8, 11}, {11, 0, 3}});
    assertEquals(List.of("t/a/x", "t/a/z", "t/b/x", "t/b/z"), hidden(tables, 6));
  }

  @Test
  void whenARowAndColumnHaveNothingLeftToHideTheComplementComesFromTheSameTable() {
    LinkedTables first =
        LinkedTables.ofTotals(
            XYZ,
            new long[] {10, 9, 5},
            List.of(
                CountTable.partition("p", List.of("a", "b", "c"), XYZ, new long[][] {{0, 2, 0}, {10, 0, 5}, {0, 7, 0}}),
                CountTable.partition("q", List.of("d", "e"), XYZ, new long[][] {{5, 7, 4}, {5, 2, 1}})));
    assertEquals(
        List.of(
            "p/a/x", "p/a/y", "p/a/z", "p/b/x", "p/b/y", "p/b/z", "p/c/x", "p/c/y",
            "q/d/y", "q/d/z", "q/e/y", "q/e/z"),
        hidden(first, 4));
    LinkedTables second =
        LinkedTables.ofTotals(
            XYZ,
            new long[] {11, 5, 19},
            List.of(
                CountTable.partition("p", List.of("a", "b", "c"), XYZ, new long[][] {{0, 0, 2}, {0, 0, 7}, {11, 5, 10}}),
                CountTable.partition("q", List.of("d", "e"), XYZ, new long[][] {{2, 2, 11}, {9, 3, 8}})));
    assertEquals(
        List.of(
            "p/a/x", "p/a/y", "p/a/z", "p/b/x", "p/b/z", "p/c/x", "p/c/y", "p/c/z",
            "q/d/x", "q/d/y", "q/e/x", "q/e/y"),
        hidden(second, 3));
  }
}
