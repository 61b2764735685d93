package io.github.vigil.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The one check of {@code --min-cell}, the disclosure threshold of report, chart and serve. */
final class MinCell {
  private MinCell() {}

  /**
   * Checks {@code minCell}.
   *
   * @throws ParameterException (a usage error) if it is below 1
   */
  static void check(CommandSpec self, int minCell) {
    if (minCell < 1) {
      throw new ParameterException(self.commandLine(), "--min-cell must be 1 or more, was " + minCell);
    }
  }
}
