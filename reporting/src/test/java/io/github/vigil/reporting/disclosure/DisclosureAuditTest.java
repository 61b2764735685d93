package io.github.vigil.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Examples of the rules and the audit, among them tables that leaked before the rules. */
class DisclosureAuditTest {
  static final List<String> CATEGORIES =
      List.of(
          "DETAINED", "WHEREABOUTS_UNKNOWN", "RELEASE_PENDING", "HOUSE_ARREST", "CONDITIONAL",
          "FULL", "EXILED", "DECEASED");
  /** The category totals of the bundled sample report as of 2026-01-15. */
  static final long[] SAMPLE_TOTALS = {897, 49, 48, 18, 74, 11, 2, 1};

  static CountTable sampleAffiliation() {
    return CountTable.partition(
        "byAffiliation",
        List.of("CIVILIAN", "MILITARY", "UNKNOWN"),
        CATEGORIES,
        new long[][] {
          {734, 41, 41, 13, 59, 5, 2, 1}, {136, 6, 6, 4, 15, 5, 0, 0}, {27, 2, 1, 1, 0, 1, 0, 0}
        });
  }

  static CountTable sampleGroups() {
    return CountTable.subsets(
        "byVulnerableGroup",
        List.of("MINOR", "WOMAN", "ELDERLY", "SERIOUS_HEALTH_CONDITION", "FOREIGN_NATIONAL"),
        CATEGORIES,
        new long[][] {
          {0, 0, 1, 0, 0, 0, 0, 0},
          {106, 5, 5, 4, 9, 0, 0, 1},
          {57, 1, 5, 2, 5, 2, 0, 0},
          {38, 1, 2, 1, 3, 0, 0, 1},
          {34, 1, 1, 0, 1, 0, 0, 0}
        },
        List.of(Set.of("MINOR", "ELDERLY")));
  }

  static LinkedTables sample() {
    return LinkedTables.ofTotals(CATEGORIES, SAMPLE_TOTALS, List.of(sampleAffiliation(), sampleGroups()));
  }

  /** The cells the report hid before these rules: those of 1 to 4 people. */
  static Set<TableCell> smallCellsOnly(LinkedTables tables) {
    Set<TableCell> hidden = new LinkedHashSet<>();
    for (CountTable t : tables.tables()) {
      for (int r = 0; r < t.rowKeys().size(); r++) {
        for (int c = 0; c < t.columnKeys().size(); c++) {
          if (t.count(r, c) > 0 && t.count(r, c) < 5) {
            hidden.add(new TableCell(t.name(), t.rowKeys().get(r), t.columnKeys().get(c)));
          }
        }
      }
    }
    return hidden;
  }

  private static DisclosureAudit.HiddenCell audited(DisclosureAudit audit, String table, String row, String column) {
    TableCell cell = new TableCell(table, row, column);
    return audit.cells().stream().filter(c -> c.cell().equals(cell)).findFirst().orElseThrow();
  }

  @Test
  void theSampleAsPublishedBeforeTheseRulesLeaksAndTheAuditSaysWhere() {
    DisclosureAudit before = DisclosureAudit.of(Suppression.of(sample(), smallCellsOnly(sample())));
    assertFalse(before.passed());
    Set<String> failures =
        before.failures().stream().map(c -> c.cell().toString()).collect(Collectors.toSet());
    // FULL: civilians 5 and military 5 shown, 11 in all: the one person of unknown affiliation
    // who is fully free is worked out
    DisclosureAudit.HiddenCell full = audited(before, "byAffiliation", "UNKNOWN", "FULL");
    assertFalse(full.isProtected());
    assertEquals(1, full.lo());
    assertEquals(OptionalLong.of(1), full.hi());
    // the only hidden cell of its column: the two exiles and the one death were civilians
    assertTrue(failures.contains("byAffiliation/CIVILIAN/EXILED"), failures.toString());
    assertTrue(failures.contains("byAffiliation/CIVILIAN/DECEASED"), failures.toString());
    // the minor's row: 0 0 <5 0 0 0 0 0
    DisclosureAudit.HiddenCell minor = audited(before, "byVulnerableGroup", "MINOR", "RELEASE_PENDING");
    assertFalse(minor.isProtected());
    assertEquals(1, minor.lo());
    assertEquals(OptionalLong.of(1), minor.hi());
    assertEquals(
        "failed: " + before.failures().size() + " of " + before.cells().size() + " hidden cells disclosed: "
            + before.failures(),
        before.toString());
    assertTrue(before.toString().contains("byAffiliation/UNKNOWN/FULL in [1, 1]: disclosed"), before.toString());
  }

  @Test
  void theSampleUnderTheRulesPassesTheAudit() {
    Suppression s = Suppression.apply(sample(), 5);
    DisclosureAudit audit = DisclosureAudit.of(s);
    assertTrue(audit.passed(), audit.toString());
    assertEquals(
        "passed: " + s.hiddenCount() + " hidden cells, each with at least two possible values",
        audit.toString());
    int groups = sample().indexOf("byVulnerableGroup");
    for (int c = 0; c < CATEGORIES.size(); c++) {
      assertTrue(s.isHidden(groups, 0, c), "the minors' row is hidden whole, zeros too: " + c);
      assertEquals(
          Optional.of(c == 2 ? Suppression.Reason.SMALL_CELL : Suppression.Reason.SMALL_GROUP),
          s.reason(groups, 0, c));
    }
    assertTrue(audited(audit, "byVulnerableGroup", "MINOR", "RELEASE_PENDING").canBeLower());
    // the exiled and deceased columns (2 and 1 people) are hidden in every table
    for (CountTable t : sample().tables()) {
      int ti = sample().indexOf(t.name());
      for (int r = 0; r < t.rowKeys().size(); r++) {
        assertTrue(s.isHidden(ti, r, 6));
        assertTrue(s.isHidden(ti, r, 7));
      }
    }
    // FULL: the unknown's 1 is hidden, and with it the smallest other cell of its column
    int aff = sample().indexOf("byAffiliation");
    assertEquals(Optional.of(Suppression.Reason.SMALL_CELL), s.reason(aff, 2, 5));
    assertEquals(Optional.of(Suppression.Reason.COMPLEMENTARY), s.reason(aff, 0, 5));
    assertEquals(OptionalLong.empty(), s.published(aff, 0, 5));
    assertEquals(OptionalLong.of(5), s.published(aff, 1, 5));
    assertEquals(OptionalLong.of(734), s.published(aff, 0, 0));
    assertEquals(Optional.empty(), s.reason(new TableCell("byAffiliation", "CIVILIAN", "DETAINED")));
  }

  @Test
  void aPatternWithoutALoneHiddenCellCanStillLeakThroughZeros() {
    // every row and column hides two cells or none, yet row b's hidden cells add up to 0, so
    // column x gives a/x = 2
    LinkedTables tables =
        LinkedTables.ofTotals(
            List.of("x", "y", "z"),
            new long[] {2, 5, 8},
            List.of(
                CountTable.partition(
                    "t", List.of("a", "b", "c"), List.of("x", "y", "z"),
                    new long[][] {{2, 0, 3}, {0, 0, 4}, {0, 5, 1}})));
    Set<TableCell> hidden =
        Set.of(
            new TableCell("t", "a", "x"),
            new TableCell("t", "a", "y"),
            new TableCell("t", "b", "x"),
            new TableCell("t", "b", "y"));
    DisclosureAudit audit = DisclosureAudit.of(Suppression.of(tables, hidden));
    assertFalse(audit.passed());
    assertEquals(4, audit.failures().size());
    DisclosureAudit.HiddenCell a = audited(audit, "t", "a", "x");
    assertEquals(2, a.lo());
    assertEquals(OptionalLong.of(2), a.hi());
    assertFalse(a.canBeLower());
    assertFalse(a.canBeHigher());
    // the rules hide the 3 and the 4 of column z as well, which lets every hidden cell move
    Suppression s = Suppression.apply(tables, 5);
    assertTrue(DisclosureAudit.of(s).passed(), DisclosureAudit.of(s).toString());
  }

  @Test
  void aCycleOfHiddenCellsWithRoomToMoveIsProtected() {
    LinkedTables tables =
        LinkedTables.ofTotals(
            List.of("x", "y"),
            new long[] {5, 9},
            List.of(CountTable.partition("t", List.of("a", "b"), List.of("x", "y"), new long[][] {{2, 3}, {3, 6}})));
    DisclosureAudit audit =
        DisclosureAudit.of(
            Suppression.of(tables, Set.of(new TableCell("t", "a", "x"), new TableCell("t", "a", "y"),
                new TableCell("t", "b", "x"), new TableCell("t", "b", "y"))));
    assertTrue(audit.passed(), audit.toString());
    DisclosureAudit.HiddenCell a = audited(audit, "t", "a", "x");
    assertTrue(a.canBeLower());
    assertTrue(a.canBeHigher());
    assertEquals(0, a.lo());
    assertEquals(OptionalLong.of(5), a.hi());
    assertEquals("t/a/x in [0, 5]", a.toString());
  }

  @Test
  void aComplementIsTheSmallestCellWithSomeoneInItBeforeAZero() {
    // row a: 2 is small; its row's other cells are 0, 9 and 7 in a table whose other row is
    // large, so the complement in row a is 7 (not the zero, not the 9), and the columns then
    // need complements in row b
    LinkedTables tables =
        LinkedTables.ofTotals(
            List.of("w", "x", "y", "z"),
            new long[] {12, 10, 19, 27},
            List.of(
                CountTable.partition(
                    "t", List.of("a", "b"), List.of("w", "x", "y", "z"),
                    new long[][] {{2, 0, 9, 7}, {10, 10, 10, 20}})));
    Suppression s = Suppression.apply(tables, 5);
    assertEquals(
        List.of(
            new TableCell("t", "a", "w"),
            new TableCell("t", "a", "z"),
            new TableCell("t", "b", "w"),
            new TableCell("t", "b", "z")),
        s.hiddenCells().asList());
    assertEquals(Optional.of(Suppression.Reason.SMALL_CELL), s.reason(0, 0, 0));
    assertEquals(Optional.of(Suppression.Reason.COMPLEMENTARY), s.reason(0, 0, 3));
    assertEquals(Optional.of(Suppression.Reason.COMPLEMENTARY), s.reason(0, 1, 0));
    assertTrue(DisclosureAudit.of(s).passed());
    assertEquals(5, s.minCell());
    assertEquals(4, s.hiddenCount());
    assertEquals("Suppression{minCell=5, hidden=4}", s.toString());
  }

  @Test
  void aZeroIsChosenOnlyWhenNoCellWithSomeoneInItIsLeft() {
    // subsets without column totals: each row stands alone; in row a the only other cells are
    // zeros, and a zero that can rise lets the 3 fall
    LinkedTables tables =
        LinkedTables.withoutTotals(
            List.of("x", "y", "z"),
            List.of(CountTable.subsets("t", List.of("a"), List.of("x", "y", "z"), new long[][] {{3, 0, 0}}, List.of())));
    Suppression s = Suppression.apply(tables, 5);
    // row total 3 < 5: the whole row is hidden, zeros too
    assertEquals(3, s.hiddenCount());
    assertTrue(DisclosureAudit.of(s).passed());
    LinkedTables big =
        LinkedTables.withoutTotals(
            List.of("x", "y", "z"),
            List.of(CountTable.subsets("t", List.of("a"), List.of("x", "y", "z"), new long[][] {{3, 0, 40}}, List.of())));
    Suppression t = Suppression.apply(big, 5);
    assertEquals(
        List.of(new TableCell("t", "a", "x"), new TableCell("t", "a", "z")), t.hiddenCells().asList());
  }

  @Test
  void cellsTheTotalsAloneDetermineAreNeverHidden() {
    // everyone is in row a: row b counts nobody, so row a repeats the published totals
    LinkedTables tables =
        LinkedTables.ofTotals(
            List.of("x", "y"),
            new long[] {1, 30},
            List.of(CountTable.partition("t", List.of("a", "b"), List.of("x", "y"), new long[][] {{1, 30}, {0, 0}})));
    Suppression s = Suppression.apply(tables, 5);
    assertEquals(Set.of(), s.hiddenCells());
    assertTrue(DisclosureAudit.of(s).passed());
  }

  @Test
  void withAThresholdOfOneNothingIsHiddenAndTheAuditHasNothingToProve() {
    Suppression s = Suppression.apply(sample(), 1);
    assertEquals(0, s.hiddenCount());
    assertEquals(1, s.minCell());
    assertEquals("passed: 0 hidden cells, each with at least two possible values", DisclosureAudit.of(s).toString());
  }

  @Test
  void aBoundIsUnknownWhereNothingConstrainsACell() {
    // without totals, a row of subsets with one hidden cell: the row's total pins it
    LinkedTables tables =
        LinkedTables.withoutTotals(
            List.of("x", "y"),
            List.of(CountTable.subsets("t", List.of("a"), List.of("x", "y"), new long[][] {{2, 8}}, List.of())));
    DisclosureAudit audit = DisclosureAudit.of(Suppression.of(tables, Set.of(new TableCell("t", "a", "x"))));
    assertFalse(audit.passed());
    assertEquals(OptionalLong.of(2), audit.cells().get(0).hi());
    assertEquals(0, Suppression.of(tables, Set.of()).minCell());
    assertEquals(Optional.of(Suppression.Reason.GIVEN), Suppression.of(tables, Set.of(new TableCell("t", "a", "x"))).reason(0, 0, 0));
  }

  @Test
  void disjointRowsShareTheirColumnsTotal() {
    // minors and the elderly cannot overlap: with 3 people in the column, 2 elderly shown and
    // a hidden minor cell, the minors are at most 1
    LinkedTables tables =
        LinkedTables.ofTotals(
            List.of("x", "y"),
            new long[] {3, 50},
            List.of(
                CountTable.subsets(
                    "g", List.of("minor", "old"), List.of("x", "y"), new long[][] {{1, 9}, {2, 20}},
                    List.of(Set.of("minor", "old")))));
    DisclosureAudit audit =
        DisclosureAudit.of(Suppression.of(tables, Set.of(new TableCell("g", "minor", "x"), new TableCell("g", "minor", "y"))));
    DisclosureAudit.HiddenCell minor = audit.cells().get(0);
    assertEquals(OptionalLong.of(1), minor.hi());
    assertTrue(minor.canBeLower());
    assertFalse(minor.canBeHigher());
    LinkedTables overlapping =
        LinkedTables.ofTotals(
            List.of("x", "y"),
            new long[] {3, 50},
            List.of(
                CountTable.subsets(
                    "g", List.of("minor", "old"), List.of("x", "y"), new long[][] {{1, 9}, {2, 20}}, List.of())));
    DisclosureAudit.HiddenCell free =
        DisclosureAudit.of(
                Suppression.of(overlapping, Set.of(new TableCell("g", "minor", "x"), new TableCell("g", "minor", "y"))))
            .cells()
            .get(0);
    assertEquals(OptionalLong.of(3), free.hi());
    assertTrue(free.canBeHigher());
  }

  @Test
  void aNegativeColumnTotalIsRefusedEvenBeforeAnyTableIsCheckedAgainstIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LinkedTables.ofTotals(List.of("x", "y"), new long[] {3, -1}, List.of()));
    assertEquals("a column total must not be negative: -1", e.getMessage());
  }

  @Test
  void badTablesAreRefusedWithAClearMessage() {
    List<String> xy = List.of("x", "y");
    assertThrows(IllegalArgumentException.class, () -> CountTable.partition("t", List.of("a"), xy, new long[][] {{-1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> CountTable.partition("t", List.of("a", "a"), xy, new long[][] {{1, 2}, {1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> CountTable.partition("t", List.of("a"), List.of("x", "x"), new long[][] {{1, 2}}));
    assertThrows(IllegalArgumentException.class, () -> CountTable.partition("t", List.of("a"), xy, new long[][] {{1}}));
    assertThrows(IllegalArgumentException.class, () -> CountTable.partition("t", List.of("a", "b"), xy, new long[][] {{1, 2}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CountTable.subsets("t", List.of("a"), xy, new long[][] {{1, 2}}, List.of(Set.of("b"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> CountTable.subsets("t", List.of("a", "b"), xy, new long[][] {{1, 2}, {1, 2}}, List.of(Set.of("a"), Set.of("a", "b"))));
    CountTable t = CountTable.partition("t", List.of("a"), xy, new long[][] {{1, 2}});
    IllegalArgumentException sum =
        assertThrows(IllegalArgumentException.class, () -> LinkedTables.ofTotals(xy, new long[] {1, 3}, List.of(t)));
    assertEquals("column y of t adds up to 2, not its total 3", sum.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LinkedTables.ofTotals(xy, new long[] {1}, List.of(t)));
    assertThrows(IllegalArgumentException.class, () -> LinkedTables.ofTotals(xy, new long[] {-1, 2}, List.of(t)));
    assertThrows(IllegalArgumentException.class, () -> LinkedTables.ofTotals(List.of("x", "z"), new long[] {1, 2}, List.of(t)));
    assertThrows(IllegalArgumentException.class, () -> LinkedTables.ofTotals(xy, new long[] {1, 2}, List.of(t, t)));
    assertThrows(IllegalArgumentException.class, () -> LinkedTables.withoutTotals(xy, List.of(t)));
    CountTable s = CountTable.subsets("s", List.of("a"), xy, new long[][] {{1, 2}}, List.of());
    assertThrows(IllegalArgumentException.class, () -> LinkedTables.ofTotals(xy, new long[] {1, 1}, List.of(s)));
    LinkedTables ok = LinkedTables.ofTotals(xy, new long[] {1, 2}, List.of(t));
    assertThrows(IllegalArgumentException.class, () -> ok.indexOf("u"));
    assertThrows(IllegalArgumentException.class, () -> Suppression.apply(ok, 0));
    assertThrows(IllegalArgumentException.class, () -> Suppression.of(ok, Set.of(new TableCell("t", "b", "x"))));
    assertThrows(IllegalArgumentException.class, () -> Suppression.of(ok, Set.of(new TableCell("t", "a", "z"))));
    Suppression none = Suppression.apply(ok, 5);
    assertThrows(IndexOutOfBoundsException.class, () -> none.isHidden(0, 1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> none.isHidden(0, 0, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> none.isHidden(0, -1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> none.isHidden(0, 0, -1));
    assertEquals("t(PARTITION, 1x2)", t.toString());
    assertEquals(3, t.rowTotal(0));
    assertEquals(2, t.columnSum(1));
    assertEquals("LinkedTables[t(PARTITION, 1x2)]", ok.toString());
  }
}
