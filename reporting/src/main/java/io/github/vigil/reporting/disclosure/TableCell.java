package io.github.vigil.reporting.disclosure;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One cell of one of {@link LinkedTables}: the table's name, the row key and the column key.
 *
 * @param table the table's name, such as {@code byFacility}
 * @param row the row key, such as {@code helicoide}
 * @param column the column key, such as {@code DETAINED}
 */
public record TableCell(String table, String row, String column) {
  /** Checks that no part is null. */
  public TableCell {
    checkNotNull(table, "table");
    checkNotNull(row, "row");
    checkNotNull(column, "column");
  }

  /** Returns {@code table/row/column}. */
  @Override
  public String toString() {
    return table + "/" + row + "/" + column;
  }
}
