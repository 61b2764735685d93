package io.github.vigil.cli;

/**
 * A fault in the registry's data that stops the command, such as a missing required column or an
 * unreadable file; the command exits with {@link ExitCode#REJECTED}. The message names the file
 * and says what is wrong, never personal data.
 */
final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DataException(String message, Throwable cause) {
    super(message, cause);
  }

  DataException(String message) {
    super(message);
  }
}
