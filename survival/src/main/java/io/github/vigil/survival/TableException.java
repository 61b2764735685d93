package io.github.vigil.survival;

/**
 * Thrown when {@link SurvivalTable} cannot read a table: a column it was asked for is missing, or
 * the file is unreadable, not UTF-8, not well-formed CSV, or holds a value its column cannot
 * take. The message names the file and the line; it never quotes a cell beyond what {@link
 * SafeText} lets through, and never the header's cells (a file saved without its header would
 * show a person's row).
 */
public final class TableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean missingColumn;

  TableException(String message, boolean missingColumn) {
    super(message);
    this.missingColumn = missingColumn;
  }

  TableException(String message, Throwable cause) {
    super(message, cause);
    this.missingColumn = false;
  }

  /** Returns whether a column named by the caller is missing (a usage error), not a fault of the file. */
  public boolean missingColumn() {
    return missingColumn;
  }
}
