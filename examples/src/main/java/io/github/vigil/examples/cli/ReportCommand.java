package io.github.vigil.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigil report}: the freedom report of a registry as of a date. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin RegistryOptions registry = new RegistryOptions();

  ReportCommand() {}

  @Override
  public Integer call() {
    return ExitCode.OK;
  }
}
