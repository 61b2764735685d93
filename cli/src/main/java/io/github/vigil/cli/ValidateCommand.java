package io.github.vigil.cli;

import io.github.vigil.io.FileCounts;
import io.github.vigil.io.ReadResult;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil validate}: prints every rejected row of a registry as {@code file:line: reason}
 * (sorted by file and line, or as found when there are too many to hold: {@link RejectionList}),
 * then the warnings and the counts of each file; exits 1 when any row is rejected. A file of
 * millions of bad rows is checked in bounded memory.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a registry: prints every rejected row as file:line: reason, then the counts of"
          + " each file.",
      "Exits 0 when every row loads, 1 when any row is rejected or the registry cannot be read."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  /** Accepted so that {@code --strict} works on every command; validate is always strict. */
  @Option(
      names = "--strict",
      description = "Accepted for symmetry with the other commands: validate always exits 1 on a"
          + " rejected row.")
  boolean strict;

  ValidateCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    PrintWriter out = self.commandLine().getOut();
    ReadResult result;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      PrintWriter err = self.commandLine().getErr();
      RejectionList list =
          new RejectionList(
              out,
              () -> {
                progress.clear();
                err.println(
                    self.qualifiedName() + ": more than " + RejectionList.SORTED + " rows rejected:"
                        + " they are listed as they are found, not sorted");
                err.flush();
              });
      result = registry.read(progress, list);
      progress.clear();
      list.finish();
    }
    for (String w : result.warnings()) {
      out.println("warning: " + w);
    }
    long read = 0;
    long rejected = 0;
    for (FileCounts c : result.counts()) {
      out.println(c);
      read += c.read();
      rejected += c.rejected();
    }
    out.println(
        "total: read " + read + ", accepted " + (read - rejected) + ", rejected " + rejected);
    long people = result.rejectedPeople();
    if (people > 0) {
      out.println(
          "people left out: " + people + " (their row was rejected, and with it their events)");
    }
    out.flush();
    return result.isClean() ? ExitCode.OK : ExitCode.REJECTED;
  }
}
