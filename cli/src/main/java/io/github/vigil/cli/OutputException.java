package io.github.vigil.cli;

/**
 * The command's output could not be written (a full disk, a closed pipe): thrown to stop a long
 * command early; the command says so and exits with {@link ExitCode#INTERNAL}.
 */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one line the command writes on standard error. */
  static final String MESSAGE =
      "the output could not be written (is the disk full, or standard output closed?)";

  OutputException() {
    super(MESSAGE);
  }
}
