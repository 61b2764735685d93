package io.github.vigil.cli;

import com.google.common.collect.ImmutableMap;

/**
 * The exit codes of the {@code vigil} command (docs/format.md section 5, and docs/cli.md), declared
 * once: each code beside its meaning, which every command's help lists ({@link #LIST}).
 */
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

  /**
   * A failure outside the data and the command line: the output could not be written (a full
   * disk, a closed pipe), or something failed that is not the user's doing, such as a bug; run
   * with {@code --debug} for its stack trace.
   */
  public static final int INTERNAL = 3;

  /** The codes and their meanings, as every command's help lists them. */
  static final ImmutableMap<String, String> LIST =
      ImmutableMap.of(
          code(OK), "done",
          code(REJECTED),
              "rejected data: validate rejected a row, --strict met one, the registry cannot be"
                  + " read, or survival cannot read or fit its data",
          code(USAGE), "usage error: an unknown option, a bad value, a path that does not exist",
          code(INTERNAL),
              "the output could not be written (a full disk, a closed pipe), or an unexpected"
                  + " failure (run with --debug)");

  private ExitCode() {}

  private static String code(int code) {
    return Integer.toString(code);
  }
}
