package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.ReportFormat;
import io.github.vigil.reporting.RiskRenderer;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil risk}: the rearrest risk of everyone in {@code CONDITIONAL}, {@code FULL} or {@code
 * HOUSE_ARREST} as of a date, each with its factors and their points, and the observed rearrest
 * rate per level (docs/format.md section 5; docs/risk-model.md).
 */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores the rearrest risk of everyone at liberty or under house arrest (CONDITIONAL, FULL,"
          + " HOUSE_ARREST) with an explainable points model, every point explained, and reports"
          + " the rearrest rate observed after past releases at each level.",
      "For advocacy and legal aid: not for deciding anyone's liberty, nor for locating anyone."
          + " Internal output, one line per person: never publish it. Ids only, never names;"
          + " --pseudonymize replaces them by keyed pseudonyms for sharing with a partner. Rejected rows are left out (and counted on stderr); with"
          + " --strict the command refuses to assess."
    })
public final class RiskCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Option(
      names = "--as-of",
      paramLabel = "D",
      converter = IsoDateConverter.class,
      description = "Assess as of this date (yyyy-mm-dd). Default: the latest event's date.")
  @Nullable LocalDate asOf;

  @Option(
      names = "--source",
      paramLabel = "A,B",
      description = "Count only the events of these sources, such as foro-penal,family.")
  List<String> sources = new ArrayList<>();

  @Mixin EvidenceOptions evidence = new EvidenceOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.TextOrJson.class,
      completionCandidates = FormatConverter.TextOrJson.class,
      description = "${COMPLETION-CANDIDATES}. Default: text.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--strict", description = "Refuse to assess, and exit 1, if any row is rejected.")
  boolean strict;

  @Mixin PseudonymOptions pseudonyms = new PseudonymOptions();

  RiskCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    PrintWriter out = self.commandLine().getOut();
    Function<DetaineeId, String> ids = pseudonyms.ids();
    RiskReport report;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "not assessing");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      ReadResult result = read.get();
      Registry reg = result.registry();
      LocalDate d = asOf != null ? asOf : RegistryOptions.defaultDate(reg);
      ImmutableSet<Source> chosen = ViewOptions.sources(self.commandLine(), sources);
      RegistryView view = evidence.apply(chosen.isEmpty() ? reg.asOf(d) : reg.asOf(d).fromSources(chosen));
      progress.step("scoring " + reg.size() + " people as of " + d + "…");
      report = RiskReport.of(view);
      progress.clear();
      registry.warnAboutLeftOut(result);
    }
    out.print(RiskRenderer.render(report, format, ids));
    out.flush();
    return ExitCode.OK;
  }
}
