package io.github.vigil.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Laws of the disclosure rules and their audit, over small generated tables. */
class DisclosureProperties {
  private static final int EXAMPLES = 400;

  @Test
  void theAuditAgreesWithTryingEveryTable() {
    qt().withExamples(EXAMPLES)
        .forAll(Cases.cases(2))
        .checkAssert(
            k -> {
              DisclosureAudit audit = DisclosureAudit.of(Suppression.of(k.tables(), k.hidden()));
              List<Set<Long>> possible = Cases.possibleValues(k.tables(), k.hidden());
              assertEquals(possible.size(), audit.cells().size(), k.toString());
              for (int i = 0; i < possible.size(); i++) {
                DisclosureAudit.HiddenCell cell = audit.cells().get(i);
                long value = value(k.tables(), cell.cell());
                Set<Long> values = possible.get(i);
                assertTrue(values.contains(value), k.toString());
                assertEquals(values.stream().anyMatch(v -> v < value), cell.canBeLower(), cell + "\n" + k);
                assertEquals(values.stream().anyMatch(v -> v > value), cell.canBeHigher(), cell + "\n" + k);
                assertEquals(values.size() >= 2, cell.isProtected(), cell + "\n" + k);
              }
              assertEquals(audit.cells().stream().allMatch(c -> c.isProtected()), audit.passed());
            });
  }

  @Test
  void propagatedBoundsHoldForEveryTableAndAPinnedCellIsDisclosed() {
    qt().withExamples(EXAMPLES)
        .forAll(Cases.cases(2))
        .checkAssert(
            k -> {
              DisclosureAudit audit = DisclosureAudit.of(Suppression.of(k.tables(), k.hidden()));
              List<Set<Long>> possible = Cases.possibleValues(k.tables(), k.hidden());
              for (int i = 0; i < possible.size(); i++) {
                DisclosureAudit.HiddenCell cell = audit.cells().get(i);
                for (long v : possible.get(i)) {
                  assertTrue(cell.lo() <= v, cell + "\n" + k);
                  assertTrue(cell.hi().isEmpty() || v <= cell.hi().getAsLong(), cell + "\n" + k);
                }
                if (cell.hi().isPresent() && cell.lo() == cell.hi().getAsLong()) {
                  assertFalse(cell.isProtected(), cell + "\n" + k);
                }
              }
            });
  }

  @Test
  void theRulesAlwaysPassTheAuditForEveryThresholdFromTwoToTen() {
    qt().withExamples(EXAMPLES)
        .forAll(Cases.cases(12))
        .checkAssert(
            k -> {
              for (int minCell = 2; minCell <= 10; minCell++) {
                Suppression s = Suppression.apply(k.tables(), minCell);
                DisclosureAudit audit = DisclosureAudit.of(s);
                assertTrue(audit.passed(), "minCell " + minCell + ": " + audit + "\n" + k);
                checkRules(k.tables(), s, minCell);
              }
            });
  }

  @Test
  void theAuditOfTheRulesAgreesWithTryingEveryTable() {
    qt().withExamples(EXAMPLES)
        .forAll(Cases.cases(2))
        .checkAssert(
            k -> {
              int minCell = 2 + Math.floorMod(k.seed(), 3);
              Suppression s = Suppression.apply(k.tables(), minCell);
              List<Set<Long>> possible = Cases.possibleValues(k.tables(), s.hiddenCells());
              for (Set<Long> values : possible) {
                assertTrue(values.size() >= 2, "minCell " + minCell + " " + s.hiddenCells() + "\n" + k);
              }
            });
  }

  @Test
  void withAThresholdOfOneNothingIsHidden() {
    qt().withExamples(EXAMPLES)
        .forAll(Cases.cases(12))
        .checkAssert(
            k -> {
              Suppression s = Suppression.apply(k.tables(), 1);
              assertEquals(Set.of(), s.hiddenCells());
              assertTrue(DisclosureAudit.of(s).passed());
              assertTrue(DisclosureAudit.of(s).cells().isEmpty());
            });
  }

  @Test
  void theSameTablesGiveTheSameHiddenCells() {
    qt().withExamples(EXAMPLES)
        .forAll(Cases.cases(12))
        .checkAssert(
            k -> {
              int minCell = 2 + Math.floorMod(k.seed(), 9);
              assertEquals(
                  Suppression.apply(k.tables(), minCell).hiddenCells().asList(),
                  Suppression.apply(k.tables(), minCell).hiddenCells().asList());
            });
  }

  /** Checks the rules' promises beyond the audit: what must be hidden is, what is shown is true. */
  static void checkRules(LinkedTables tables, Suppression s, int minCell) {
    Suppression everything = everything(tables);
    DisclosureAudit all = DisclosureAudit.of(everything);
    for (int t = 0; t < tables.tables().size(); t++) {
      CountTable ct = tables.tables().get(t);
      for (int r = 0; r < ct.rowKeys().size(); r++) {
        int hiddenInRow = 0;
        for (int c = 0; c < ct.columnKeys().size(); c++) {
          TableCell cell = new TableCell(ct.name(), ct.rowKeys().get(r), ct.columnKeys().get(c));
          boolean fixed =
              all.cells().stream().filter(h -> h.cell().equals(cell)).noneMatch(h -> h.isProtected());
          long n = ct.count(r, c);
          boolean small = n > 0 && n < minCell;
          boolean smallRow = ct.rowTotal(r) > 0 && ct.rowTotal(r) < minCell;
          long columnTotal = tables.columnTotals().map(x -> x.get(cell.column().equals("c0") ? 0 : ct.columnKeys().indexOf(cell.column()))).orElse(0L);
          boolean smallColumn = columnTotal > 0 && columnTotal < minCell;
          if (fixed) {
            assertFalse(s.isHidden(t, r, c), "a cell the totals determine is shown: " + cell);
          } else if (small || smallRow || smallColumn) {
            assertTrue(s.isHidden(t, r, c), cell + " must be hidden");
          }
          if (s.isHidden(t, r, c)) {
            hiddenInRow++;
            assertTrue(s.published(t, r, c).isEmpty());
          } else {
            assertEquals(n, s.published(t, r, c).getAsLong());
          }
        }
        assertTrue(hiddenInRow != 1, "row " + ct.rowKeys().get(r) + " of " + ct.name() + " hides one cell");
      }
    }
  }

  private static Suppression everything(LinkedTables tables) {
    java.util.Set<TableCell> all = new java.util.LinkedHashSet<>();
    for (CountTable t : tables.tables()) {
      for (String r : t.rowKeys()) {
        for (String c : t.columnKeys()) {
          all.add(new TableCell(t.name(), r, c));
        }
      }
    }
    return Suppression.of(tables, all);
  }

  static long value(LinkedTables tables, TableCell cell) {
    CountTable t = tables.tables().get(tables.indexOf(cell.table()));
    return t.count(t.rowKeys().indexOf(cell.row()), t.columnKeys().indexOf(cell.column()));
  }
}
