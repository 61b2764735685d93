package io.github.vigil.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.survival.Ties;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.io.ReadResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
 * {@code vigil survival}: Kaplan–Meier curves, the log-rank test and a Cox model (docs/format.md
 * section 5), either of the time from release to rearrest in a registry ({@code --registry},
 * censored at exile, death or the as-of date) or of any table ({@code --data FILE.csv}).
 */
@Command(
    name = "survival",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Estimates how long people stay at liberty after a release before they are arrested"
          + " again (censored at exile, death or the as-of date): Kaplan-Meier curves, by a"
          + " measure imposed at release with the log-rank test between the groups, and a Cox"
          + " model on measures.",
      "With --data, the same estimators on the columns of any CSV table; rows with a blank or NA"
          + " in a used column are dropped and counted."
    },
    footer = {
      "",
      "Event values (--event): 1 or true for an event, 0 or false for a censoring; a column whose"
          + " largest value is 2 is read in R's coding, 1 censored and 2 event.",
      "Exit codes: 0 done, 1 data that cannot be read or fitted (no events, one group, a"
          + " constant covariate, ...), 2 usage error, 3 unexpected failure."
    })
public final class SurvivalCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ViewOptions viewOptions = new ViewOptions();

  @Option(
      names = "--data",
      paramLabel = "FILE.csv",
      description = "A CSV table (UTF-8, a header row) to estimate instead of a registry.")
  @Nullable Path data;

  @Option(
      names = "--time",
      paramLabel = "COL",
      description = "With --data: the column of times (numbers, not negative).")
  @Nullable String time;

  @Option(
      names = "--event",
      paramLabel = "COL",
      description = "With --data: the column saying whether the time is an event (1) or a censoring (0).")
  @Nullable String event;

  @Option(
      names = "--group",
      paramLabel = "MEASURE_CODE|COL",
      description =
          "Compare groups: with --registry, spells with and without a measure active at release"
              + " (such as COURT_APPEARANCE); with --data, the values of a column.")
  @Nullable String group;

  @Option(
      names = "--covariates",
      paramLabel = "A,B",
      split = ",",
      description =
          "Fit a Cox model: with --registry, on 0/1 indicators of measure codes active at release;"
              + " with --data, on numeric columns.")
  List<String> covariates = new ArrayList<>();

  @Option(
      names = "--ties",
      paramLabel = "TIES",
      converter = TiesConverter.class,
      description = "Tied event times in the Cox model: efron or breslow. Default: efron.")
  Ties ties = Ties.EFRON;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "text or json. Default: text.")
  Format format = Format.TEXT;

  @Option(
      names = "--strict",
      description = "With --registry: refuse to estimate, and exit 1, if any row is rejected.")
  boolean strict;

  SurvivalCommand() {}

  /** The output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    Path table = data;
    return table == null ? registry(self) : table(self, table);
  }

  private int registry(CommandSpec self) {
    if (time != null || event != null) {
      throw usage("--time and --event choose the columns of a --data table");
    }
    Optional<MeasureType> by = group == null ? Optional.empty() : Optional.of(measure("--group", group));
    ImmutableList.Builder<MeasureType> measures = ImmutableList.builder();
    Set<MeasureType> seen = EnumSet.noneOf(MeasureType.class);
    for (String c : covariates) {
      MeasureType type = measure("--covariates", c);
      if (!seen.add(type)) {
        throw usage("--covariates names " + type.name() + " twice");
      }
      measures.add(type);
    }
    ImmutableSet<Source> chosen = viewOptions.sources();
    SurvivalReport report;
    Map<String, Object> extra = new LinkedHashMap<>();
    List<String> heading = new ArrayList<>();
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "not estimating");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      ReadResult result = read.get();
      Registry reg = result.registry();
      RegistryView view = viewOptions.view(reg, chosen);
      LocalDate d = view.asOf();
      LocalDate k = view.knownOn();
      progress.step("finding release spells as of " + d + "…");
      List<ReleaseSpell> spells = ReleaseSpells.from(view);
      ImmutableList<MeasureType> types = measures.build();
      SurvivalData rows =
          new SurvivalData(
              ReleaseSpells.times(spells),
              ReleaseSpells.rearrests(spells),
              by.map(type -> ReleaseSpells.groups(spells, type)),
              ReleaseSpells.indicators(spells, types),
              types.stream().map(MeasureType::name).collect(ImmutableList.toImmutableList()),
              0);
      progress.step("estimating…");
      report = SurvivalReport.fit(rows, ties);
      progress.clear();
      extra.put("asOf", d);
      extra.put("knownAsOf", k);
      extra.put("rejectedRows", result.rejections().size());
      heading.add(
          "Time at liberty from release to rearrest, in days: " + registry.describe() + " as of "
              + d + (k.equals(d) ? "" : ", as known on " + k)
              + (chosen.isEmpty() ? "" : ", from " + sourceList(chosen))
              + by.map(m -> ", with and without " + m.name()).orElse(""));
      heading.add(
          count(rows.n(), "release spell") + ", " + count(rows.eventCount(), "rearrest")
              + "; the others are censored at exile, death or " + d + ".");
      registry.warnAboutLeftOut(result);
    }
    return write(self, report, extra, heading, "All spells", "spell", "rearrest");
  }

  private int table(CommandSpec self, Path table) {
    if (registry.path != null) {
      throw usage("give either --registry or --data, not both");
    }
    if (viewOptions.isGiven()) {
      throw usage("--as-of, --known-as-of and --source apply to a --registry, not to --data");
    }
    String t = time;
    String e = event;
    if (t == null || e == null) {
      throw usage("--data needs --time COL and --event COL");
    }
    if (!Files.exists(table)) {
      throw usage("no file at '" + table + "'");
    }
    if (Files.isDirectory(table)) {
      throw usage("'" + table + "' is a folder; --data takes a CSV file");
    }
    List<String> columns = covariates.stream().map(String::strip).toList();
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!seen.add(c)) {
        throw usage("--covariates names '" + c + "' twice");
      }
    }
    SurvivalData rows;
    SurvivalReport report;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      progress.step("reading " + table + "…");
      rows = SurvivalTable.read(table, t.strip(), e.strip(), group == null ? null : group.strip(), columns, this::usage);
      progress.step("estimating…");
      report = SurvivalReport.fit(rows, ties);
    }
    List<String> heading = new ArrayList<>();
    heading.add(
        "Survival of '" + t.strip() + "' (event '" + e.strip() + "') in " + table
            + (group == null ? "" : ", by '" + group.strip() + "'"));
    heading.add(
        count(rows.n(), "row") + ", " + count(rows.eventCount(), "event") + "; "
            + count(rows.droppedRows(), "row") + " dropped (a blank or NA in a used column).");
    return write(self, report, Map.of(), heading, "All rows", "row", "event");
  }

  private int write(
      CommandSpec self,
      SurvivalReport report,
      Map<String, Object> extra,
      List<String> heading,
      String overall,
      String row,
      String event) {
    PrintWriter out = self.commandLine().getOut();
    String text =
        format == Format.JSON ? report.json(extra) : report.text(heading, overall, row, event);
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return ExitCode.OK;
  }

  private MeasureType measure(String option, String code) {
    try {
      return MeasureType.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage(
          option + ": '" + code.strip() + "' is not a measure code (one of "
              + Arrays.stream(MeasureType.values()).map(MeasureType::name).collect(Collectors.joining(", "))
              + ")");
    }
  }

  private static String sourceList(Set<Source> sources) {
    return sources.stream().map(Source::label).sorted().collect(Collectors.joining(", "));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private ParameterException usage(String message) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), message);
  }

  /** Reads {@code efron} or {@code breslow}. */
  static final class TiesConverter implements ITypeConverter<Ties> {
    @Override
    public Ties convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "efron" -> Ties.EFRON;
        case "breslow" -> Ties.BRESLOW;
        default -> throw new TypeConversionException("'" + value + "' is not a ties method: use efron or breslow");
      };
    }
  }

  /** Reads {@code text} or {@code json}. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "text" -> Format.TEXT;
        case "json" -> Format.JSON;
        default -> throw new TypeConversionException("'" + value + "' is not a format: use text or json");
      };
    }
  }
}
