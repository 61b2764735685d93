package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The survival estimates of a table, as the {@code vigil survival} command reports them:
 * Kaplan–Meier curves (one overall, or one per group) with what R derives from them, the
 * (stratified) log-rank test between groups, and a Cox model on covariates. The curves are always
 * given; a test or model the data cannot support is refused with its reason, as R gives the
 * curves of data it cannot test. Written as JSON (from what it publishes, {@link #published()},
 * streamed: no JSON tree is built) or as text tables, where every label from the data is passed
 * through {@link SafeText}.
 * Immutable and thread-safe.
 */
public final class SurvivalReport {
  static final JsonFactory JSON = JsonFactory.builder().build();

  private final SurvivalData data;
  private final ReportOptions options;
  private final ImmutableList<SurvivalCurve> curves;
  private final @Nullable LogRankTest logRank;
  private final @Nullable String logRankRefused;
  private final @Nullable CoxModel cox;
  private final @Nullable String coxRefused;
  private final @Nullable ProportionalHazardsTest zph;
  private final @Nullable String zphRefused;
  private final ImmutableList<String> warnings;

  private SurvivalReport(
      SurvivalData data,
      ReportOptions options,
      ImmutableList<SurvivalCurve> curves,
      @Nullable LogRankTest logRank,
      @Nullable String logRankRefused,
      @Nullable CoxModel cox,
      @Nullable String coxRefused,
      @Nullable ProportionalHazardsTest zph,
      @Nullable String zphRefused) {
    this.data = data;
    this.zph = zph;
    this.zphRefused = zphRefused;
    this.options = options;
    this.curves = curves;
    this.logRank = logRank;
    this.logRankRefused = logRankRefused;
    this.cox = cox;
    this.coxRefused = coxRefused;
    ImmutableList.Builder<String> w = ImmutableList.builder();
    for (SurvivalCurve c : curves) {
      if (c.events() < ReportOptions.FEW_EVENTS) {
        w.add(
            c.group().map(g -> "group '" + g + "'").orElse("the table")
                + " has "
                + c.events()
                + (c.events() == 1 ? " event" : " events")
                + ", fewer than "
                + ReportOptions.FEW_EVENTS
                + ": its median and any test that uses it are not reliable");
      }
    }
    this.warnings = w.build();
  }

  /**
   * Fits what the table asks for: Kaplan–Meier always, the log-rank test when it has groups, a
   * Cox model when it has covariates.
   *
   * <p>Case weights are the Cox model's only: the curves and the log-rank test (R's {@code
   * survdiff}, which takes none) count each row once, and the report says so.
   *
   * @throws SurvivalException if the table has no rows ({@code TOO_FEW_ROWS}): there is no curve
   */
  public static SurvivalReport fit(SurvivalData data, ReportOptions options) {
    checkNotNull(data, "data");
    checkNotNull(options, "options");
    if (data.n() == 0) {
      throw new SurvivalException(SurvivalException.Problem.TOO_FEW_ROWS, "there are no rows");
    }
    ImmutableList<SurvivalCurve> curves = KaplanMeier.fit(data.isWeighted() ? unweighted(data) : data);
    LogRankTest logRank = null;
    String logRankRefused = null;
    if (data.groupLabels().isPresent()) {
      if (data.hasEntryTimes()) {
        logRankRefused = "the log-rank test takes rows without entry times (R's survdiff)";
      } else {
        try {
          logRank = LogRank.test(data.isWeighted() ? unweighted(data) : data);
        } catch (SurvivalException e) {
          logRankRefused = e.getMessage() + " (" + e.problem() + ")";
        }
      }
    }
    CoxModel cox = null;
    String coxRefused = null;
    ProportionalHazardsTest zph = null;
    String zphRefused = null;
    if (!data.covariateNames().isEmpty()) {
      try {
        cox = CoxRegression.fit(data, options.ties());
      } catch (SurvivalException e) {
        coxRefused = e.getMessage() + " (" + e.problem() + ")";
      }
      if (cox != null) {
        try {
          zph = ProportionalHazards.test(data, cox);
        } catch (SurvivalException e) {
          zphRefused = e.getMessage() + " (" + e.problem() + ")";
        }
      }
    }
    return new SurvivalReport(
        data, options, curves, logRank, logRankRefused, cox, coxRefused, zph, zphRefused);
  }

  /** The curves of a weighted table are those of its rows unweighted (weights are the Cox model's). */
  private static SurvivalData unweighted(SurvivalData data) {
    return data.withoutWeights();
  }

  /** Returns the curves, one per group in label order, or one over every row. */
  public ImmutableList<SurvivalCurve> curves() {
    return curves;
  }

  /** Returns the log-rank test, when the table has groups and the test could be made. */
  public Optional<LogRankTest> logRank() {
    return Optional.ofNullable(logRank);
  }

  /** Returns why the log-rank test was not made, when the table has groups and it could not be. */
  public Optional<String> logRankRefused() {
    return Optional.ofNullable(logRankRefused);
  }

  /** Returns the Cox model, when the table has covariates and the model could be fitted. */
  public Optional<CoxModel> cox() {
    return Optional.ofNullable(cox);
  }

  /**
   * Returns the Cox model's proportional-hazards test (R's {@code cox.zph(fit)}), when the model
   * was fitted and the test could be made.
   */
  public Optional<ProportionalHazardsTest> proportionalHazards() {
    return Optional.ofNullable(zph);
  }

  /** Returns why the proportional-hazards test was not made, when the model was fitted. */
  public Optional<String> proportionalHazardsRefused() {
    return Optional.ofNullable(zphRefused);
  }

  /** Returns why the Cox model was not fitted, when the table has covariates and it could not be. */
  public Optional<String> coxRefused() {
    return Optional.ofNullable(coxRefused);
  }

  /**
   * Returns the warnings: each group (or the table) with fewer than {@link
   * ReportOptions#FEW_EVENTS} events, whose median and tests rest on too little.
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  /**
   * Returns what the report publishes: every figure of its JSON, without the table it was fitted
   * on. Its JSON is the report's own ({@link #writeJson}); {@link PublishedSurvivalReport#parse}
   * reads that JSON back into an equal value.
   */
  public PublishedSurvivalReport published() {
    ImmutablePublishedSurvivalReport.Builder b =
        PublishedSurvivalReport.builder()
            .n(data.n())
            .events(data.eventCount())
            .censored(data.n() - data.eventCount())
            .droppedRows(data.droppedRows())
            .warnings(warnings);
    ImmutableList.Builder<PublishedSurvivalRow> km = ImmutableList.builder();
    ImmutableList.Builder<PublishedSurvivalRow> steps = ImmutableList.builder();
    ImmutableList.Builder<PublishedSurvivalRow> atTimes = ImmutableList.builder();
    ImmutableList.Builder<PublishedQuantile> quantiles = ImmutableList.builder();
    ImmutableList.Builder<PublishedRestrictedMean> means = ImmutableList.builder();
    for (SurvivalCurve curve : curves) {
      for (SurvivalRow r : curve.rows()) {
        km.add(row(curve, r));
      }
      if (options.wholeCurve()) {
        for (SurvivalRow r : curve.steps()) {
          steps.add(row(curve, r));
        }
      }
      b.addMedians(
          PublishedMedian.builder()
              .group(curve.group())
              .n(curve.n())
              .events(curve.events())
              .censored(curve.censored())
              .median(finite(curve.median()))
              .lower(finite(curve.medianLower()))
              .upper(finite(curve.medianUpper()))
              .build());
      if (!options.times().isEmpty()) {
        for (SurvivalRow r : curve.at(times())) {
          atTimes.add(row(curve, r));
        }
      }
      for (double p : options.quantiles()) {
        Quantile q = curve.quantile(p);
        quantiles.add(
            PublishedQuantile.builder()
                .group(curve.group())
                .p(p)
                .time(finite(q.estimate()))
                .lower(finite(q.lower()))
                .upper(finite(q.upper()))
                .build());
      }
      if (options.restrictedMeanHorizon().isPresent()) {
        double tau = options.restrictedMeanHorizon().getAsDouble();
        RestrictedMean m = curve.restrictedMean(tau);
        means.add(
            PublishedRestrictedMean.builder()
                .group(curve.group())
                .tau(finite(tau))
                .mean(finite(m.estimate()))
                .stdErr(finite(m.stdErr()))
                .build());
      }
    }
    b.km(km.build());
    if (options.wholeCurve()) {
      b.steps(steps.build());
    }
    if (!options.times().isEmpty()) {
      b.atTimes(atTimes.build());
    }
    if (!options.quantiles().isEmpty()) {
      b.quantiles(quantiles.build());
    }
    if (options.restrictedMeanHorizon().isPresent()) {
      b.restrictedMeans(means.build());
    }
    LogRankTest lr = logRank;
    if (lr != null) {
      ImmutablePublishedLogRank.Builder test =
          PublishedLogRank.builder()
              .chiSquare(finite(lr.chiSquare()))
              .df(lr.df())
              .p(finite(lr.p()))
              .stratified(data.strataLabels().isPresent())
              .groups(lr.groups())
              .observed(lr.observed());
      lr.expected().forEach(e -> test.addExpected(finite(e)));
      b.logRank(test.build());
    }
    b.logRankRefused(Optional.ofNullable(logRankRefused));
    CoxModel model = cox;
    if (model != null) {
      b.cox(cox(model, zph, zphRefused));
    }
    return b.coxRefused(Optional.ofNullable(coxRefused)).build();
  }

  /**
   * Writes the JSON object of docs/format.md's survival section, streamed: {@code n}, {@code
   * events}, {@code censored}, {@code droppedRows}, the {@code extra} keys, {@code warnings},
   * {@code km} (event rows), {@code medians}, then what the options and the table ask for. It is
   * the JSON of {@link #published()}, written by {@link PublishedSurvivalReport#writeJson}.
   *
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out, Map<String, Object> extra) throws IOException {
    published().writeJson(out, extra);
  }

  private double[] times() {
    return options.times().stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static PublishedSurvivalRow row(SurvivalCurve curve, SurvivalRow r) {
    return PublishedSurvivalRow.builder()
        .group(curve.group())
        .time(finite(r.time()))
        .atRisk(r.atRisk())
        .events(r.events())
        .censored(r.censored())
        .survival(finite(r.survival()))
        .stdErr(finite(r.stdErr()))
        .lower(finite(r.lower()))
        .upper(finite(r.upper()))
        .build();
  }

  private static PublishedCox cox(
      CoxModel model, @Nullable ProportionalHazardsTest zph, @Nullable String zphRefused) {
    ImmutablePublishedCox.Builder b =
        PublishedCox.builder()
            .ties(model.ties())
            .n(model.n())
            .events(model.events())
            .strata(model.strata())
            .clusters(model.clusters())
            .logLikelihoodNull(finite(model.logLikelihoodNull()))
            .logLikelihood(finite(model.logLikelihood()))
            .likelihoodRatio(finite(model.likelihoodRatio()))
            .likelihoodRatioDf(model.likelihoodRatioDf())
            .likelihoodRatioP(finite(model.likelihoodRatioP()))
            .wald(test(model.wald()))
            .score(test(model.score()))
            .robustScore(model.robustScore().map(SurvivalReport::test))
            .concordance(finite(model.concordance()))
            .concordanceStdErr(finite(model.concordanceStdErr()))
            .iterations(model.iterations())
            .variance(matrix(model.variance()))
            .naiveVariance(model.naiveVariance().map(SurvivalReport::matrix))
            .proportionalHazardsRefused(Optional.ofNullable(zphRefused));
    for (CoxCoefficient c : model.coefficients()) {
      b.addCoefficients(
          PublishedCoxCoefficient.builder()
              .term(c.term())
              .coef(finite(c.coef()))
              .se(finite(c.se()))
              .robustSe(finite(c.robustSe()))
              .hazardRatio(finite(c.hazardRatio()))
              .lower(finite(c.lower()))
              .upper(finite(c.upper()))
              .z(finite(c.z()))
              .p(finite(c.p()))
              .build());
    }
    if (zph != null) {
      ImmutablePublishedProportionalHazards.Builder ph =
          PublishedProportionalHazards.builder().terms(zph.terms()).global(test(zph.global()));
      zph.tests().forEach(t -> ph.addTests(test(t)));
      b.proportionalHazards(ph.build());
    }
    return b.build();
  }

  static PublishedChiSquareTest test(ChiSquareTest t) {
    return PublishedChiSquareTest.builder()
        .chiSquare(finite(t.statistic()))
        .df(t.df())
        .p(finite(t.p()))
        .build();
  }

  private static ImmutableList<ImmutableList<OptionalDouble>> matrix(List<ImmutableList<Double>> m) {
    ImmutableList.Builder<ImmutableList<OptionalDouble>> rows = ImmutableList.builder();
    for (List<Double> row : m) {
      rows.add(row.stream().map(v -> finite(v)).collect(ImmutableList.toImmutableList()));
    }
    return rows.build();
  }

  /** Returns {@code value}, or empty where it is not finite (its JSON then holds {@code null}). */
  static OptionalDouble finite(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  static OptionalDouble finite(OptionalDouble value) {
    return value.isPresent() ? finite(value.getAsDouble()) : value;
  }

  /** Writes the members of one JSON object. */
  @FunctionalInterface
  interface Members {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one JSON object to {@code out}, streamed, with its members, then a line break. */
  static void object(Writer out, Members members) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      members.write(g);
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** Writes a document to a writer. */
  @FunctionalInterface
  interface Document {
    void writeTo(Writer out) throws IOException;
  }

  /** Returns what {@code document} writes, as text. */
  static String text(Document document) {
    StringWriter out = new StringWriter();
    try {
      document.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the caller's extra keys: whole numbers as numbers, booleans as booleans, anything else
   * as its text.
   */
  static void extra(JsonGenerator g, Map<String, Object> extra) throws IOException {
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      if (e.getValue() instanceof Integer || e.getValue() instanceof Long) {
        g.writeNumberField(e.getKey(), ((Number) e.getValue()).longValue());
      } else if (e.getValue() instanceof Boolean b) {
        g.writeBooleanField(e.getKey(), b);
      } else {
        g.writeStringField(e.getKey(), e.getValue().toString());
      }
    }
  }

  static void group(JsonGenerator g, Optional<String> group) throws IOException {
    if (group.isPresent()) {
      g.writeStringField("group", group.get());
    } else {
      g.writeNullField("group");
    }
  }

  /** Writes a number, or null where it is not finite (no NaN ever reaches the output). */
  static void number(JsonGenerator g, String key, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(key, value);
    } else {
      g.writeNullField(key);
    }
  }

  static void number(JsonGenerator g, String key, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      number(g, key, value.getAsDouble());
    } else {
      g.writeNullField(key);
    }
  }

  /**
   * Writes the text report: the heading lines, the warnings, then each curve as a table, the
   * curves at the chosen times, quantiles and restricted means, the log-rank test and the Cox
   * model. Labels from the data pass through {@link SafeText}.
   *
   * @param heading the lines above the tables (what was estimated, on what data)
   * @param overall how the curve over every row is named, such as "All rows"
   * @param row what a row is, such as "row" or "release spell"
   * @param event what an event is, such as "event" or "rearrest"
   * @throws IOException if writing fails
   */
  public void writeText(Writer out, List<String> heading, String overall, String row, String event)
      throws IOException {
    for (String line : heading) {
      out.append(line).append('\n');
    }
    for (String w : warnings) {
      out.append("Warning: ").append(SafeText.message(w)).append('\n');
    }
    if (data.isWeighted()) {
      out.append("Case weights apply to the Cox model only; the curves count each row once.\n");
    }
    for (SurvivalCurve curve : curves) {
      out.append('\n')
          .append(label(curve, overall))
          .append(": ")
          .append(count(curve.n(), row))
          .append(", ")
          .append(count(curve.events(), event))
          .append(", median ")
          .append(median(curve))
          .append('\n');
      List<SurvivalRow> rows = options.wholeCurve() ? curve.steps() : curve.rows();
      if (rows.isEmpty()) {
        continue;
      }
      Table table =
          options.wholeCurve()
              ? new Table(false, "time", "at risk", "events", "censored", "survival", "std err", "lower 95%", "upper 95%")
              : new Table(false, "time", "at risk", "events", "survival", "std err", "lower 95%", "upper 95%");
      // Two passes, widths then lines, so a curve of a million rows needs no table in memory.
      for (SurvivalRow r : rows) {
        table.widen(stepCells(r, options.wholeCurve()));
      }
      table.appendTo(out);
      for (SurvivalRow r : rows) {
        table.write(out, stepCells(r, options.wholeCurve()));
      }
    }
    if (!options.times().isEmpty()) {
      out.append("\nSurvival at chosen times:\n");
      Table table = new Table(true, "group", "time", "at risk", "events", "censored", "survival", "std err", "lower 95%", "upper 95%");
      for (SurvivalCurve curve : curves) {
        for (SurvivalRow r : curve.at(times())) {
          List<String> cells = new ArrayList<>();
          cells.add(label(curve, overall));
          cells.addAll(List.of(stepCells(r, true)));
          table.add(cells.toArray(String[]::new));
        }
      }
      table.appendTo(out);
    }
    if (!options.quantiles().isEmpty()) {
      out.append("\nQuantiles (time by which a share p has had the ").append(event).append("):\n");
      Table table = new Table(true, "group", "p", "time", "lower 95%", "upper 95%");
      for (SurvivalCurve curve : curves) {
        for (double p : options.quantiles()) {
          Quantile q = curve.quantile(p);
          table.add(label(curve, overall), plain(p), plain(q.estimate()), plain(q.lower()), plain(q.upper()));
        }
      }
      table.appendTo(out);
    }
    if (options.restrictedMeanHorizon().isPresent()) {
      double tau = options.restrictedMeanHorizon().getAsDouble();
      out.append("\nRestricted mean up to ").append(plain(tau)).append(":\n");
      Table table = new Table(true, "group", "mean", "std err");
      for (SurvivalCurve curve : curves) {
        RestrictedMean m = curve.restrictedMean(tau);
        table.add(label(curve, overall), significant(m.estimate(), 6), significant(m.stdErr(), 4));
      }
      table.appendTo(out);
    }
    if (logRank != null) {
      LogRankTest test = logRank;
      out.append(data.strataLabels().isPresent() ? "\nStratified log-rank test" : "\nLog-rank test")
          .append(": chi-square ")
          .append(significant(test.chiSquare(), 4))
          .append(" on ")
          .append(Integer.toString(test.df()))
          .append(test.df() == 1 ? " degree" : " degrees")
          .append(" of freedom, p = ")
          .append(significant(test.p(), 3))
          .append('\n');
      Table table = new Table(true, "group", "observed", "expected");
      for (int g = 0; g < test.groups().size(); g++) {
        table.add(
            SafeText.of(test.groups().get(g)),
            Integer.toString(test.observed().get(g)),
            significant(test.expected().get(g), 4));
      }
      table.appendTo(out);
    }
    if (logRankRefused != null) {
      out.append("\nLog-rank test not made: ").append(SafeText.message(logRankRefused)).append('\n');
    }
    if (cox != null) {
      coxText(out, cox, row, event);
    }
    if (coxRefused != null) {
      out.append("\nCox model not fitted: ").append(SafeText.message(coxRefused)).append('\n');
    }
  }

  private void coxText(Writer out, CoxModel model, String row, String event) throws IOException {
    out.append("\nCox model (")
        .append(model.ties().name().toLowerCase(Locale.ROOT))
        .append(" ties")
        .append(model.strata() > 1 ? ", " + model.strata() + " strata" : "")
        .append(model.clusters().map(c -> ", robust variance over " + c + " clusters").orElse(""))
        .append("): ")
        .append(count(model.n(), row))
        .append(", ")
        .append(count(model.events(), event))
        .append('\n');
    boolean robust = model.clusters().isPresent();
    Table table =
        robust
            ? new Table(true, "term", "coef", "exp(coef)", "se(coef)", "robust se", "z", "p", "lower 95%", "upper 95%")
            : new Table(true, "term", "coef", "exp(coef)", "se(coef)", "z", "p", "lower 95%", "upper 95%");
    for (CoxCoefficient c : model.coefficients()) {
      List<String> cells = new ArrayList<>();
      cells.add(SafeText.of(c.term()));
      cells.add(significant(c.coef(), 4));
      cells.add(significant(c.hazardRatio(), 4));
      cells.add(significant(c.se(), 4));
      if (robust) {
        cells.add(c.robustSe().isPresent() ? significant(c.robustSe().getAsDouble(), 4) : "NA");
      }
      cells.add(significant(c.z(), 4));
      cells.add(significant(c.p(), 3));
      cells.add(significant(c.lower(), 4));
      cells.add(significant(c.upper(), 4));
      table.add(cells.toArray(String[]::new));
    }
    table.appendTo(out);
    out.append("log likelihood ")
        .append(fixed(model.logLikelihood(), 2))
        .append(" (null model ")
        .append(fixed(model.logLikelihoodNull(), 2))
        .append("); likelihood ratio ")
        .append(significant(model.likelihoodRatio(), 4))
        .append(" on ")
        .append(Integer.toString(model.likelihoodRatioDf()))
        .append(" df, p = ")
        .append(significant(model.likelihoodRatioP(), 3))
        .append("; concordance ")
        .append(fixed(model.concordance()))
        .append(" (se ")
        .append(fixed(model.concordanceStdErr()))
        .append(")")
        .append('\n');
    out.append("Wald test ")
        .append(significant(model.wald().statistic(), 4))
        .append(", p = ")
        .append(significant(model.wald().p(), 3))
        .append("; score (log-rank) test ")
        .append(significant(model.score().statistic(), 4))
        .append(", p = ")
        .append(significant(model.score().p(), 3));
    if (model.robustScore().isPresent()) {
      out.append("; robust score test ")
          .append(significant(model.robustScore().get().statistic(), 4))
          .append(", p = ")
          .append(significant(model.robustScore().get().p(), 3));
    }
    out.append('\n');
    if (zph != null) {
      out.append("Proportional hazards (R's cox.zph, km transform):\n");
      Table phTable = new Table(true, "term", "chi-square", "df", "p");
      for (int k = 0; k < zph.terms().size(); k++) {
        ChiSquareTest t = zph.tests().get(k);
        phTable.add(SafeText.of(zph.terms().get(k)), significant(t.statistic(), 4), Integer.toString(t.df()),
            significant(t.p(), 3));
      }
      phTable.add("GLOBAL", significant(zph.global().statistic(), 4), Integer.toString(zph.global().df()),
          significant(zph.global().p(), 3));
      phTable.appendTo(out);
    }
    if (zphRefused != null) {
      out.append("Proportional-hazards test not made: ").append(SafeText.message(zphRefused)).append('\n');
    }
  }

  private static String[] stepCells(SurvivalRow r, boolean censored) {
    List<String> cells = new ArrayList<>();
    cells.add(plain(r.time()));
    cells.add(Integer.toString(r.atRisk()));
    cells.add(Integer.toString(r.events()));
    if (censored) {
      cells.add(Integer.toString(r.censored()));
    }
    cells.add(fixed(r.survival()));
    cells.add(fixed(r.stdErr()));
    cells.add(fixed(r.lower()));
    cells.add(fixed(r.upper()));
    return cells.toArray(String[]::new);
  }

  private static String label(SurvivalCurve curve, String overall) {
    return curve.group().map(SafeText::of).orElse(overall);
  }

  private static String median(SurvivalCurve curve) {
    if (curve.median().isEmpty()) {
      return "not reached";
    }
    return plain(curve.median().getAsDouble())
        + " (95% CI "
        + plain(curve.medianLower())
        + " to "
        + plain(curve.medianUpper())
        + ")";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A time as written: 455, 5.5. */
  static String plain(double value) {
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : "NA";
  }

  static String plain(OptionalDouble value) {
    return value.isPresent() ? plain(value.getAsDouble()) : "NA";
  }

  static String fixed(double value) {
    return fixed(value, 4);
  }

  private static String fixed(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "NA";
  }

  static String fixed(OptionalDouble value) {
    return value.isPresent() ? fixed(value.getAsDouble()) : "NA";
  }

  static String significant(double value, int digits) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "g", value) : "NA";
  }

  /**
   * A text table, columns two spaces apart and right-aligned, but for a first column of labels,
   * left-aligned. Widths come from the header, the rows held and the rows announced with {@link
   * #widen}, so a long table can be written row by row.
   */
  static final class Table {
    private final boolean labelled;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int[] width;
    private boolean headerWritten;

    Table(boolean labelled, String... header) {
      this.labelled = labelled;
      this.header = List.of(header);
      this.width = new int[header.length];
      for (int c = 0; c < header.length; c++) {
        width[c] = header[c].length();
      }
    }

    void add(String... row) {
      rows.add(List.of(row));
      widen(row);
    }

    /** Makes room for a row that will be written later with {@link #write}. */
    void widen(String... row) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }

    /** Writes one row now (after the header and the rows held). */
    void write(Writer out, String... row) throws IOException {
      line(out, List.of(row));
    }

    void appendTo(Writer out) throws IOException {
      if (!headerWritten) {
        line(out, header);
        headerWritten = true;
      }
      for (List<String> row : rows) {
        line(out, row);
      }
    }

    private void line(Writer out, List<String> row) throws IOException {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < width.length; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(Math.max(0, width[c] - cell.length()));
        if (c > 0) {
          line.append("  ");
        }
        line.append(c == 0 && labelled ? cell + pad : pad + cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
