package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.ClaimList;
import io.github.vigil.reporting.ReportFormat;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil claims}: the claims still to check as of a date, oldest first, each with the
 * person's id, the claimed event, its date, its source and the days it has waited (docs/cli.md).
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists every claim (an event recorded as CLAIMED, such as a release the authorities"
          + " announced) that no verified event of the same type and date confirms yet, oldest"
          + " first, with the days it has waited: the list a team verifies case by case.",
      "Ids only, never names or notes."
    })
public final class ClaimsCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ViewOptions viewOptions = new ViewOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.TextOrJson.class,
      completionCandidates = FormatConverter.TextOrJson.class,
      description = "${COMPLETION-CANDIDATES}. Default: text.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--strict", description = "Refuse to list, and exit 1, if any row is rejected.")
  boolean strict;

  @Mixin PseudonymOptions pseudonyms = new PseudonymOptions();

  ClaimsCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    ImmutableSet<Source> chosen = viewOptions.sources();
    PrintWriter out = self.commandLine().getOut();
    Function<DetaineeId, String> ids = pseudonyms.ids();
    ClaimList list;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "not listing");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      ReadResult result = read.get();
      Registry reg = result.registry();
      RegistryView view = viewOptions.view(reg, chosen);
      progress.step("listing the claims of " + reg.size() + " people as of " + view.asOf() + "…");
      list = ClaimList.of(view);
      progress.clear();
      registry.warnAboutLeftOut(result);
    }
    out.print(list.render(format, ids));
    out.flush();
    return ExitCode.OK;
  }
}
