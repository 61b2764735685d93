package io.github.vigil.sheets.internal;

/**
 * A file that cannot be imported at all: unreadable, of an unknown kind, in an encoding other
 * than the one given, not well-formed, or without a sheet that can be imported. The message
 * names the file (and the line or sheet, where there is one) and never quotes a cell.
 */
public final class SheetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message must not hold personal data. */
  public SheetFormatException(String message) {
    super(message);
  }

  /** Creates the exception with its cause; the message must not hold personal data. */
  public SheetFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
