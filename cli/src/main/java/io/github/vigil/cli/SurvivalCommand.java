package io.github.vigil.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.survival.IncidenceReport;
import io.github.vigil.survival.ReportOptions;
import io.github.vigil.survival.SafeText;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.survival.SurvivalException;
import io.github.vigil.survival.SurvivalReport;
import io.github.vigil.survival.SurvivalTable;
import io.github.vigil.survival.TableColumns;
import io.github.vigil.survival.TableException;
import io.github.vigil.survival.Ties;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
          + " largest value is 2 is read in R's coding, 1 censored and 2 event."
    })
public final class SurvivalCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ViewOptions viewOptions = new ViewOptions();

  @Mixin EvidenceOptions evidence = new EvidenceOptions();

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
      description =
          "Fit a Cox model: with --registry, on 0/1 indicators of measure codes active at release;"
              + " with --data, on numeric columns.")
  List<String> covariates = new ArrayList<>();

  @Option(
      names = "--start",
      paramLabel = "COL",
      description =
          "With --data: the column of entry times, for counting-process rows (start, time]:"
              + " delayed entry and time-varying covariates.")
  @Nullable String start;

  @Option(
      names = "--strata",
      paramLabel = "COL",
      description =
          "With --data: a column of strata. The log-rank test and the Cox model compare within"
              + " strata, each with its own baseline (R's strata()).")
  @Nullable String strata;

  @Option(
      names = "--cluster",
      paramLabel = "COL",
      description =
          "With --data: a column of clusters (such as a person's id). The Cox model's variance is"
              + " the robust one (R's cluster()).")
  @Nullable String cluster;

  @Option(
      names = "--weights",
      paramLabel = "COL",
      description = "With --data: a column of positive case weights, for the Cox model.")
  @Nullable String weights;

  @Option(
      names = "--times",
      paramLabel = "T1,T2",
      split = ",",
      description = "Also give each curve at these times, ascending (R's summary(fit, times =)).")
  List<Double> times = new ArrayList<>();

  @Option(
      names = "--quantiles",
      paramLabel = "P1,P2",
      split = ",",
      description =
          "Also give these quantiles of each curve, each between 0 and 1 (0.25 is the time by"
              + " which a quarter had the event; R's quantile(fit)).")
  List<Double> quantiles = new ArrayList<>();

  @Option(
      names = "--rmean",
      paramLabel = "TAU",
      description = "Also give the restricted mean time up to TAU, with its standard error.")
  @Nullable Double rmean;

  @Option(
      names = "--curve",
      description = "List every time of each curve, censorings included (for plotting).")
  boolean wholeCurve;

  @Option(
      names = "--competing",
      description =
          "Competing risks: the cumulative incidence of each kind of event, and with --group"
              + " Gray's test of each between the groups. With --registry, a spell ends in"
              + " rearrest, exile or death (not censored at exile or death); with --data, the"
              + " --event column holds 0 for a censoring and a positive whole number per kind.")
  boolean competing;

  @Option(
      names = "--by-person",
      description =
          "With --registry: the Cox model's variance is the robust one, clustered by person (a"
              + " person rearrested and released again has several spells).")
  boolean byPerson;

  @Option(
      names = "--time-varying",
      description =
          "With --registry and --covariates: cut each spell where a measure is imposed or lifted,"
              + " so the Cox model sees the measures in force at each time (rows (start, stop],"
              + " clustered by person; R's coxph(Surv(start, stop, rearrest) ~ ... +"
              + " cluster(person))).")
  boolean timeVarying;

  @Option(
      names = "--ties",
      paramLabel = "TIES",
      converter = TiesConverter.class,
      description = "Tied event times in the Cox model: efron or breslow. Default: efron.")
  Ties ties = Ties.EFRON;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.TextOrJson.class,
      completionCandidates = FormatConverter.TextOrJson.class,
      description = "${COMPLETION-CANDIDATES}. Default: text.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--strict",
      description = "With --registry: refuse to estimate, and exit 1, if any row is rejected.")
  boolean strict;

  SurvivalCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    Path table = data;
    return table == null ? registry(self) : table(self, table);
  }

  private int registry(CommandSpec self) {
    if (time != null || event != null || start != null || strata != null || cluster != null
        || weights != null) {
      throw usage("--time, --event, --start, --strata, --cluster and --weights choose the columns of a --data table");
    }
    if (timeVarying && (competing || group != null || covariates.isEmpty())) {
      throw usage(
          "--time-varying cuts the spells for a Cox model on the measures in force: it needs"
              + " --covariates, and takes neither --group nor --competing");
    }
    checkCompeting();
    Optional<MeasureType> by = group == null ? Optional.empty() : Optional.of(measure("--group", group));
    ImmutableList.Builder<MeasureType> measures = ImmutableList.builder();
    Set<MeasureType> seen = EnumSet.noneOf(MeasureType.class);
    for (String c : covariateNames()) {
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
      RegistryView view = evidence.apply(viewOptions.view(reg, chosen));
      LocalDate d = view.asOf();
      LocalDate k = view.knownOn();
      progress.step("finding release spells as of " + d + "…");
      List<ReleaseSpell> spells = ReleaseSpells.from(view);
      ImmutableList<MeasureType> types = measures.build();
      if (timeVarying) {
        progress.step("cutting the spells where a measure is imposed or lifted…");
        SurvivalData rows = ReleaseSpells.countingProcess(ReleaseSpells.periods(view), types);
        progress.step("estimating…");
        extra.put("asOf", d);
        extra.put("knownAsOf", k);
        extra.put("rejectedRows", result.rejectedRows());
        extra.put("timeVarying", true);
        extra.put("spells", spells.size());
        report = estimate(rows);
        progress.clear();
        heading.add(
            "Time at liberty from release to rearrest, in days, with the measures in force at each"
                + " time: " + registry.describe() + " as of " + d
                + (k.equals(d) ? "" : ", as known on " + k)
                + (chosen.isEmpty() ? "" : ", from " + sourceList(chosen)));
        heading.add(
            count(spells.size(), "release spell") + " cut into " + count(rows.n(), "period")
                + " where a measure was imposed or lifted, " + count(rows.eventCount(), "rearrest")
                + "; " + count(rows.droppedRows(), "spell") + " of 0 days left out (no (start, stop]"
                + " period); variance clustered by person.");
        registry.warnAboutLeftOut(result);
        return write(self, report, extra, heading, "All periods", "period", "rearrest");
      }
      SurvivalData.Builder builder =
          competing
              ? SurvivalData.builder(ReleaseSpells.times(spells), ReleaseSpells.ended(spells))
                  .causes(ReleaseSpells.endings(spells), ReleaseSpells.ENDINGS)
              : SurvivalData.builder(ReleaseSpells.times(spells), ReleaseSpells.rearrests(spells));
      by.ifPresent(type -> builder.groups(ReleaseSpells.groups(spells, type)));
      if (byPerson) {
        builder.clusters(ReleaseSpells.persons(spells));
      }
      double[][] indicators = ReleaseSpells.indicators(spells, types);
      for (int j = 0; j < types.size(); j++) {
        double[] column = new double[indicators.length];
        for (int i = 0; i < column.length; i++) {
          column[i] = indicators[i][j];
        }
        builder.covariate(types.get(j).name(), column);
      }
      SurvivalData rows = builder.build();
      progress.step("estimating…");
      extra.put("asOf", d);
      extra.put("knownAsOf", k);
      extra.put("rejectedRows", result.rejectedRows());
      if (competing) {
        IncidenceReport incidence = incidence(rows);
        progress.clear();
        heading.add(
            "Cumulative incidence of rearrest, exile and death after release, in days: "
                + registry.describe() + " as of " + d + (k.equals(d) ? "" : ", as known on " + k)
                + (chosen.isEmpty() ? "" : ", from " + sourceList(chosen))
                + by.map(m -> ", with and without " + m.name()).orElse(""));
        heading.add(
            count(rows.n(), "release spell") + "; " + count(rows.n() - rows.eventCount(), "spell")
                + " still at liberty on " + d + " (censored).");
        registry.warnAboutLeftOut(result);
        return writeIncidence(self, incidence, extra, heading, "All spells", "spell");
      }
      report = estimate(rows);
      progress.clear();
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
    if (byPerson) {
      throw usage("--by-person applies to a --registry; with --data, give --cluster COL");
    }
    if (timeVarying) {
      throw usage("--time-varying applies to a --registry; with --data, give --start COL");
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
    List<String> columns = covariateNames();
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!seen.add(c)) {
        throw usage("--covariates names '" + SafeText.of(c) + "' twice");
      }
    }
    checkCompeting();
    TableColumns.Builder spec =
        TableColumns.builder().time(t.strip()).event(e.strip()).covariates(columns).competing(competing);
    Optional.ofNullable(start).map(String::strip).ifPresent(spec::start);
    Optional.ofNullable(group).map(String::strip).ifPresent(spec::group);
    Optional.ofNullable(strata).map(String::strip).ifPresent(spec::strata);
    Optional.ofNullable(cluster).map(String::strip).ifPresent(spec::cluster);
    Optional.ofNullable(weights).map(String::strip).ifPresent(spec::weights);
    SurvivalData rows;
    SurvivalReport report = null;
    IncidenceReport incidence = null;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      progress.step("reading " + table + "…");
      try {
        rows = SurvivalTable.read(table, spec.build());
      } catch (TableException x) {
        if (x.missingColumn()) {
          throw usage("--" + x.getMessage());
        }
        throw new DataException(String.valueOf(x.getMessage()), x);
      }
      progress.step("estimating…");
      if (competing) {
        incidence = incidence(rows);
      } else {
        report = estimate(rows);
      }
    }
    List<String> heading = new ArrayList<>();
    if (incidence != null) {
      heading.add(
          "Cumulative incidence of each kind of event in '" + SafeText.of(e.strip()) + "' over '"
              + SafeText.of(t.strip()) + "' in " + table
              + (group == null ? "" : ", by '" + SafeText.of(group.strip()) + "'")
              + (strata == null ? "" : ", Gray's test within strata of '" + SafeText.of(strata.strip()) + "'"));
      heading.add(
          count(rows.n(), "row") + ", " + count(rows.n() - rows.eventCount(), "censored row") + "; "
              + count(rows.droppedRows(), "row") + " dropped (a blank or NA in a used column).");
      return writeIncidence(self, incidence, Map.of(), heading, "All rows", "row");
    }
    Objects.requireNonNull(report, "report");
    heading.add(
        "Survival of '" + SafeText.of(t.strip()) + "' (event '" + SafeText.of(e.strip()) + "') in "
            + table
            + (group == null ? "" : ", by '" + SafeText.of(group.strip()) + "'")
            + (strata == null ? "" : ", within strata of '" + SafeText.of(strata.strip()) + "'"));
    heading.add(
        count(rows.n(), "row") + ", " + count(rows.eventCount(), "event") + "; "
            + count(rows.droppedRows(), "row") + " dropped (a blank or NA in a used column).");
    return write(self, report, Map.of(), heading, "All rows", "row", "event");
  }

  /** Refuses, as a usage error, the options that competing risks do not take. */
  private void checkCompeting() {
    if (!competing) {
      return;
    }
    List<String> given = new ArrayList<>();
    if (!covariates.isEmpty()) {
      given.add("--covariates");
    }
    if (start != null) {
      given.add("--start");
    }
    if (cluster != null) {
      given.add("--cluster");
    }
    if (weights != null) {
      given.add("--weights");
    }
    if (byPerson) {
      given.add("--by-person");
    }
    if (!times.isEmpty()) {
      given.add("--times");
    }
    if (!quantiles.isEmpty()) {
      given.add("--quantiles");
    }
    if (rmean != null) {
      given.add("--rmean");
    }
    if (wholeCurve) {
      given.add("--curve");
    }
    if (!given.isEmpty()) {
      throw usage("--competing estimates the cumulative incidence of each kind of event (with"
          + " --group and --strata); it does not take " + String.join(", ", given));
    }
  }

  private static IncidenceReport incidence(SurvivalData rows) {
    if (rows.n() == 0) {
      throw new DataException(
          "the cumulative incidence cannot be estimated: there are no rows (TOO_FEW_ROWS)");
    }
    return IncidenceReport.fit(rows);
  }

  private int writeIncidence(
      CommandSpec self, IncidenceReport report, Map<String, Object> extra, List<String> heading,
      String overall, String row) {
    PrintWriter out = self.commandLine().getOut();
    try {
      if (format == ReportFormat.JSON) {
        report.writeJson(out, extra);
      } else {
        report.writeText(out, heading, overall, row);
      }
    } catch (IOException x) {
      throw new OutputException();
    }
    out.flush();
    if (out.checkError()) {
      throw new OutputException();
    }
    PrintWriter err = self.commandLine().getErr();
    for (Map.Entry<String, String> refused : report.grayTestsRefused().entrySet()) {
      err.println("vigil survival: Gray's test of '" + SafeText.of(refused.getKey()) + "' cannot be made: "
          + VigilCommand.oneLine(SafeText.message(refused.getValue())));
    }
    err.flush();
    return report.grayTestsRefused().isEmpty() ? ExitCode.OK : ExitCode.REJECTED;
  }

  /**
   * Fits the report; the curves are always given, a refused test or model is said on stderr
   * after the output and makes the exit code 1.
   */
  private SurvivalReport estimate(SurvivalData rows) {
    ReportOptions.Builder options =
        ReportOptions.builder().ties(ties).wholeCurve(wholeCurve).times(times).quantiles(quantiles);
    if (rmean != null) {
      options.restrictedMeanHorizon(rmean);
    }
    ReportOptions built;
    try {
      built = options.build();
    } catch (IllegalArgumentException x) {
      throw usage(String.valueOf(x.getMessage()));
    }
    try {
      return SurvivalReport.fit(rows, built);
    } catch (SurvivalException x) {
      throw new DataException(
          "the Kaplan-Meier estimate cannot be made: " + x.getMessage() + " (" + x.problem() + ")", x);
    }
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
    try {
      if (format == ReportFormat.JSON) {
        report.writeJson(out, extra);
      } else {
        report.writeText(out, heading, overall, row, event);
      }
    } catch (IOException x) {
      throw new OutputException(); // the checked standard output refused a write
    }
    out.flush();
    if (out.checkError()) {
      throw new OutputException();
    }
    PrintWriter err = self.commandLine().getErr();
    boolean refused = false;
    if (report.logRankRefused().isPresent()) {
      err.println("vigil survival: the log-rank test cannot be made: "
          + VigilCommand.oneLine(SafeText.message(report.logRankRefused().get())));
      refused = true;
    }
    if (report.coxRefused().isPresent()) {
      err.println("vigil survival: the Cox model cannot be made: "
          + VigilCommand.oneLine(SafeText.message(report.coxRefused().get())));
      refused = true;
    }
    err.flush();
    return refused ? ExitCode.REJECTED : ExitCode.OK;
  }

  /**
   * Returns the measure code {@code code} names, in any case, read by the core's parser of the
   * format's codes.
   */
  private MeasureType measure(String option, String code) {
    try {
      return MeasureType.parse(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage(option + ": " + e.getMessage());
    }
  }

  /**
   * Returns the names given to {@code --covariates}, each value a comma-separated list; an empty
   * name ({@code --covariates ,}, {@code a,,b}) is a usage error, never "no covariate".
   */
  private List<String> covariateNames() {
    List<String> names = new ArrayList<>();
    for (String list : covariates) {
      for (String name : list.split(",", -1)) {
        if (name.isBlank()) {
          throw usage("--covariates: an empty name in " + Echo.quote(list));
        }
        names.add(name.strip());
      }
    }
    return names;
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
        default ->
            throw new TypeConversionException(
                Echo.quote(value) + " is not a ties method: use efron or breslow");
      };
    }
  }
}
