package io.github.vigil.cli;

/** The exit codes of the {@code vigil} command (docs/format.md section 5, and docs/cli.md). */
public final class ExitCode {
  /** The command did its job. */
  public static final int OK = 0;

  /**
   * Rejected data: {@code validate} found a rejected row, {@code --strict} met one, or the
   * registry has a structural fault (a missing required column, an unreadable file).
   */
  public static final int REJECTED = 1;

  /** A usage error: an unknown option, a bad value, a registry path that does not exist. */
  public static final int USAGE = 2;

  /** Something failed that is not the user's doing, such as a bug; run with --debug. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
