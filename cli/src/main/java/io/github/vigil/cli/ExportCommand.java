package io.github.vigil.cli;

import io.github.vigil.core.Registry;
import io.github.vigil.io.ReadResult;
import io.github.vigil.sheets.WorkbookWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil export}: writes a registry as an {@code .xlsx} or {@code .ods} workbook that a
 * keeper can open, edit and import again with {@code vigil import}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a registry as a workbook (.xlsx or .ods) of four sheets: registry, facilities,"
          + " detainees and events, headed by the format's column names. 'vigil import' reads it"
          + " back into the same registry.",
      "Rejected rows of the registry are left out (and counted); with --strict nothing is"
          + " written."
    },
    footer = {
      "",
      "Exit codes: 0 written, 1 rejected rows with --strict, a registry that cannot be read or"
          + " a value a workbook cannot hold, 2 usage error, 3 unexpected failure."
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE",
      description = "The workbook to write: a name ending in .xlsx or .ods (replaced if it exists).")
  @Nullable Path to;

  @Option(names = "--strict", description = "Write nothing, and exit 1, if any row is rejected.")
  boolean strict;

  ExportCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    Path file = Objects.requireNonNull(to, "to");
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx") && !name.endsWith(".ods")) {
      throw new ParameterException(
          self.commandLine(), "'" + file + "' does not end in .xlsx or .ods");
    }
    if (Files.isDirectory(file)) {
      throw new ParameterException(self.commandLine(), "'" + file + "' is a folder");
    }
    PrintWriter out = self.commandLine().getOut();
    Registry reg;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "nothing written");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      reg = read.get().registry();
      progress.step("writing " + file + "…");
      try {
        WorkbookWriter.write(reg, file);
      } catch (IllegalArgumentException e) {
        throw new DataException(file + " was not written: " + e.getMessage(), e);
      } catch (IOException | UncheckedIOException e) {
        throw new DataException(
            "'" + file + "' could not be written (" + e.getClass().getSimpleName() + ")", e);
      }
      progress.clear();
      registry.warnAboutLeftOut(read.get());
    }
    out.println(
        "wrote " + file + ": " + reg.facilities().size() + " facilities, " + reg.size()
            + " people, " + reg.eventCount() + " events");
    out.flush();
    return ExitCode.OK;
  }
}
