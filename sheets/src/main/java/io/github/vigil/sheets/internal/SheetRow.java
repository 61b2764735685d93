package io.github.vigil.sheets.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a sheet: its number as the spreadsheet shows it (for a text file, the line it
 * starts on) and its cells by column, {@code null} for an empty cell. A row may also carry a
 * problem that makes it unreadable as a whole (a wrong number of fields in a text file).
 */
public final class SheetRow {
  private final long number;
  private final List<@Nullable Cell> cells;
  private final @Nullable String problem;

  /** Returns the row numbered {@code number}, holding {@code cells}. */
  public SheetRow(long number, List<@Nullable Cell> cells, @Nullable String problem) {
    this.number = number;
    this.cells = cells;
    this.problem = problem;
  }

  /** Returns the row's number (the header's row is usually 1). */
  public long number() {
    return number;
  }

  /** Returns the cell of column {@code i} (from 0), or null when empty or beyond the row. */
  public @Nullable Cell cell(int i) {
    return i < cells.size() ? cells.get(i) : null;
  }

  /** Returns how many cells the row has, the empty ones included. */
  public int size() {
    return cells.size();
  }

  /** Returns what makes the row unreadable as a whole, or null. */
  public @Nullable String problem() {
    return problem;
  }

  /** Returns whether every cell is empty or white space. */
  public boolean isBlank() {
    for (Cell c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number and size only: cells may hold personal data. */
  @Override
  public String toString() {
    return "SheetRow{" + number + ", " + cells.size() + " cells}";
  }
}
