package io.github.vigil.cli;

import io.github.vigil.core.Rejection;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.Language;
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

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = ReportCommand.LanguageConverter.class,
      description = "Messages in en (English) or es (Spanish): every reason of a rejected row"
          + " has a Spanish text. Default: en.")
  Language language = Language.EN;

  ValidateCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    PrintWriter out = self.commandLine().getOut();
    Messages messages = new Messages(language);
    ReadResult result;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      PrintWriter err = self.commandLine().getErr();
      RejectionList list =
          new RejectionList(
              out,
              messages::rejection,
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
      out.println((messages.spanish() ? "aviso: " : "warning: ") + messages.line(w));
    }
    for (Rejection c : result.dateConflicts()) {
      out.println(messages.dateConflict(c));
    }
    long read = 0;
    long rejected = 0;
    for (FileCounts c : result.counts()) {
      out.println(messages.counts(c));
      read += c.read();
      rejected += c.rejected();
    }
    out.println(messages.total(read, rejected));
    long people = result.rejectedPeople();
    if (people > 0) {
      out.println(messages.peopleLeftOut(people));
    }
    out.flush();
    return result.isClean() ? ExitCode.OK : ExitCode.REJECTED;
  }
}
