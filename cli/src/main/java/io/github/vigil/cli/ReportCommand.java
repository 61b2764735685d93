package io.github.vigil.cli;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.CategorySeries;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.Language;
import io.github.vigil.reporting.ReportFormat;
import io.github.vigil.reporting.ReportOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vigil report}: the freedom report of a registry as of a date D, as known on a date K,
 * from chosen sources (docs/format.md sections 4 and 5).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Counts the people of a registry in each freedom category as of a date: who is held, whose"
          + " release order was not executed, who is conditionally free, who is fully free.",
      "Rejected rows are left out (and counted); with --strict the command refuses to report."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ViewOptions viewOptions = new ViewOptions();

  @Mixin EvidenceOptions evidence = new EvidenceOptions();

  @Mixin ChartOptions chart = new ChartOptions();

  @Option(
      names = "--since",
      paramLabel = "S",
      converter = IsoDateConverter.class,
      description = "Also count the flows (arrests, rearrests, releases, exiles, deaths) after S.")
  @Nullable LocalDate since;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.AnyFormat.class,
      completionCandidates = FormatConverter.AnyFormat.class,
      description = "${COMPLETION-CANDIDATES}. Default: text.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LanguageConverter.class,
      description = "Labels in en (English) or es (Spanish). Default: en.")
  Language language = Language.EN;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      description =
          "Write a breakdown cell with 0 < count < N as null (top-level counts are never"
              + " suppressed); 1 shows every cell. Default: 5.")
  int minCell = 5;

  @Option(names = "--strict", description = "Refuse to report, and exit 1, if any row is rejected.")
  boolean strict;

  ReportCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    MinCell.check(self, minCell);
    ImmutableSet<Source> chosen = viewOptions.sources();
    PrintWriter out = self.commandLine().getOut();
    FreedomReport report;
    Optional<CategorySeries> series = Optional.empty();
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "not reporting");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      ReadResult result = read.get();
      Registry reg = result.registry();
      RegistryView view = evidence.apply(viewOptions.view(reg, chosen));
      LocalDate d = view.asOf();
      if (since != null && since.isAfter(d)) {
        throw new ParameterException(
            self.commandLine(), "--since " + since + " is after the report's date " + d);
      }
      // the read registry carries its rejected rows and people into the report
      ReportOptions.Builder options = ReportOptions.builder().minCell(minCell);
      if (since != null) {
        options.since(since);
      }
      progress.step("counting " + reg.size() + " people as of " + d + "…");
      // people are counted on every core; the report equals the sequential one
      report = FreedomReport.ofParallel(view, options.build());
      if (format == ReportFormat.HTML) {
        progress.step("drawing the chart…");
        try {
          series = Optional.of(chart.series(view, minCell));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(self.commandLine(), e.getMessage());
        }
      }
      progress.clear();
      registry.warnAboutLeftOut(result);
    }
    String text = format == ReportFormat.HTML ? report.toHtml(language, series) : report.render(format, language);
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Reads {@code en} or {@code es}. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(Echo.quote(value) + " is not a language: use en or es");
      }
    }
  }
}
