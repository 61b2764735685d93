package io.github.vigil.survival;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a {@link SurvivalReport} publishes, and nothing more: every figure of its JSON
 * (docs/format.md, {@code vigil survival --format json}). A report holds the table it was fitted
 * on, which its JSON does not, so it is never rebuilt from its JSON; this is what its JSON is read
 * back into. A figure the report could not give (not finite) is written {@code null} and held
 * empty.
 *
 * <p>{@link SurvivalReport#published()} makes it, and the report's JSON is written from it: {@code
 * report.writeJson(out, extra)} and {@code report.published().writeJson(out, extra)} write the
 * same characters. {@link #parse(String)} reads that JSON back, so that {@code
 * PublishedSurvivalReport.parse(json).equals(report.published())}, and writing what it read gives
 * the same characters again. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedSurvivalReport {
  PublishedSurvivalReport() {}

  static ImmutablePublishedSurvivalReport.Builder builder() {
    return ImmutablePublishedSurvivalReport.builder();
  }

  /** Returns the rows of the table. */
  public abstract int n();

  /** Returns the events. */
  public abstract int events();

  /** Returns the rows censored. */
  public abstract int censored();

  /** Returns the rows dropped for a blank or {@code NA} in a used column. */
  public abstract int droppedRows();

  /** Returns the warnings: each group (or the table) with too few events. */
  public abstract ImmutableList<String> warnings();

  /** Returns the rows of the curves at their event times, curve after curve. */
  public abstract ImmutableList<PublishedSurvivalRow> km();

  /** Returns every step of the curves, when the whole curve was asked for. */
  public abstract Optional<ImmutableList<PublishedSurvivalRow>> steps();

  /** Returns the median of each curve. */
  public abstract ImmutableList<PublishedMedian> medians();

  /** Returns the curves at the times asked for, when times were asked for. */
  public abstract Optional<ImmutableList<PublishedSurvivalRow>> atTimes();

  /** Returns the quantiles asked for of each curve, when quantiles were asked for. */
  public abstract Optional<ImmutableList<PublishedQuantile>> quantiles();

  /** Returns the restricted mean of each curve, when a horizon was asked for. */
  public abstract Optional<ImmutableList<PublishedRestrictedMean>> restrictedMeans();

  /** Returns the log-rank test, when the table has groups and the test could be made. */
  public abstract Optional<PublishedLogRank> logRank();

  /** Returns why the log-rank test was not made, when it could not be. */
  public abstract Optional<String> logRankRefused();

  /** Returns the Cox model, when the table has covariates and the model could be fitted. */
  public abstract Optional<PublishedCox> cox();

  /** Returns why the Cox model was not fitted, when it could not be. */
  public abstract Optional<String> coxRefused();

  @Value.Check
  final void check() {
    checkArgument(
        n() >= 0 && events() >= 0 && censored() >= 0 && droppedRows() >= 0,
        "a count must not be negative");
  }

  /**
   * Returns the published survival report that {@code json}, the JSON a report writes ({@link
   * SurvivalReport#writeJson}, {@code vigil survival --format json}), describes. Every key a report
   * writes must be present (the optional sections when they are there); keys it does not know are
   * ignored, such as those the command adds about its input file. Error messages name the key by
   * its path ({@code cox.coefficients.#2.se}), the elements of arrays by their position from 1, and
   * no message repeats a value of the document.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON object, lacks a key, or holds a
   *     value of the wrong type, a negative count, a number past the range of its kind, or sections
   *     that disagree (a test of proportional hazards with more terms than tests)
   */
  public static PublishedSurvivalReport parse(String json) {
    return SurvivalJson.survival(checkNotNull(json, "json"));
  }

  /** Returns the JSON object of docs/format.md's survival section, on one line ending with a newline. */
  public String toJson() {
    return SurvivalReport.text(out -> writeJson(out, Map.of()));
  }

  /**
   * Writes the JSON object of docs/format.md's survival section, streamed: {@code n}, {@code
   * events}, {@code censored}, {@code droppedRows}, the {@code extra} keys, {@code warnings}, {@code
   * km} (event rows), {@code medians}, then the sections the report has; a line break ends it.
   *
   * @param extra keys to add after the counts: whole numbers, booleans, or anything else as its text
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out, Map<String, Object> extra) throws IOException {
    SurvivalReport.object(
        out,
        g -> {
          g.writeNumberField("n", n());
          g.writeNumberField("events", events());
          g.writeNumberField("censored", censored());
          g.writeNumberField("droppedRows", droppedRows());
          SurvivalReport.extra(g, extra);
          texts(g, "warnings", warnings());
          rows(g, "km", km());
          if (steps().isPresent()) {
            rows(g, "steps", steps().get());
          }
          g.writeArrayFieldStart("medians");
          for (PublishedMedian m : medians()) {
            g.writeStartObject();
            SurvivalReport.group(g, m.group());
            g.writeNumberField("n", m.n());
            g.writeNumberField("events", m.events());
            g.writeNumberField("censored", m.censored());
            SurvivalReport.number(g, "median", m.median());
            SurvivalReport.number(g, "lower", m.lower());
            SurvivalReport.number(g, "upper", m.upper());
            g.writeEndObject();
          }
          g.writeEndArray();
          if (atTimes().isPresent()) {
            rows(g, "atTimes", atTimes().get());
          }
          if (quantiles().isPresent()) {
            g.writeArrayFieldStart("quantiles");
            for (PublishedQuantile q : quantiles().get()) {
              g.writeStartObject();
              SurvivalReport.group(g, q.group());
              g.writeNumberField("p", q.p());
              SurvivalReport.number(g, "time", q.time());
              SurvivalReport.number(g, "lower", q.lower());
              SurvivalReport.number(g, "upper", q.upper());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          if (restrictedMeans().isPresent()) {
            g.writeArrayFieldStart("restrictedMeans");
            for (PublishedRestrictedMean m : restrictedMeans().get()) {
              g.writeStartObject();
              SurvivalReport.group(g, m.group());
              SurvivalReport.number(g, "tau", m.tau());
              SurvivalReport.number(g, "mean", m.mean());
              SurvivalReport.number(g, "stdErr", m.stdErr());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          if (logRank().isPresent()) {
            PublishedLogRank test = logRank().get();
            g.writeObjectFieldStart("logRank");
            SurvivalReport.number(g, "chiSquare", test.chiSquare());
            g.writeNumberField("df", test.df());
            SurvivalReport.number(g, "p", test.p());
            g.writeBooleanField("stratified", test.stratified());
            g.writeArrayFieldStart("groups");
            for (int k = 0; k < test.groups().size(); k++) {
              g.writeStartObject();
              g.writeStringField("group", test.groups().get(k));
              g.writeNumberField("observed", test.observed().get(k));
              SurvivalReport.number(g, "expected", test.expected().get(k));
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          if (logRankRefused().isPresent()) {
            g.writeStringField("logRankRefused", logRankRefused().get());
          }
          if (cox().isPresent()) {
            cox(g, cox().get());
          }
          if (coxRefused().isPresent()) {
            g.writeStringField("coxRefused", coxRefused().get());
          }
        });
  }

  static void texts(JsonGenerator g, String key, List<String> texts) throws IOException {
    g.writeArrayFieldStart(key);
    for (String t : texts) {
      g.writeString(t);
    }
    g.writeEndArray();
  }

  private static void rows(JsonGenerator g, String key, List<PublishedSurvivalRow> rows)
      throws IOException {
    g.writeArrayFieldStart(key);
    for (PublishedSurvivalRow r : rows) {
      g.writeStartObject();
      SurvivalReport.group(g, r.group());
      SurvivalReport.number(g, "time", r.time());
      g.writeNumberField("atRisk", r.atRisk());
      g.writeNumberField("events", r.events());
      g.writeNumberField("censored", r.censored());
      SurvivalReport.number(g, "survival", r.survival());
      SurvivalReport.number(g, "stdErr", r.stdErr());
      SurvivalReport.number(g, "lower", r.lower());
      SurvivalReport.number(g, "upper", r.upper());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void cox(JsonGenerator g, PublishedCox model) throws IOException {
    g.writeObjectFieldStart("cox");
    g.writeStringField("ties", model.ties().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("n", model.n());
    g.writeNumberField("events", model.events());
    g.writeNumberField("strata", model.strata());
    if (model.clusters().isPresent()) {
      g.writeNumberField("clusters", model.clusters().get());
    }
    SurvivalReport.number(g, "logLikelihoodNull", model.logLikelihoodNull());
    SurvivalReport.number(g, "logLikelihood", model.logLikelihood());
    SurvivalReport.number(g, "likelihoodRatio", model.likelihoodRatio());
    g.writeNumberField("likelihoodRatioDf", model.likelihoodRatioDf());
    SurvivalReport.number(g, "likelihoodRatioP", model.likelihoodRatioP());
    test(g, "wald", model.wald());
    test(g, "score", model.score());
    if (model.robustScore().isPresent()) {
      test(g, "robustScore", model.robustScore().get());
    }
    SurvivalReport.number(g, "concordance", model.concordance());
    SurvivalReport.number(g, "concordanceStdErr", model.concordanceStdErr());
    g.writeNumberField("iterations", model.iterations());
    g.writeArrayFieldStart("coefficients");
    for (PublishedCoxCoefficient c : model.coefficients()) {
      g.writeStartObject();
      g.writeStringField("term", c.term());
      SurvivalReport.number(g, "coef", c.coef());
      SurvivalReport.number(g, "se", c.se());
      SurvivalReport.number(g, "robustSe", c.robustSe());
      SurvivalReport.number(g, "hazardRatio", c.hazardRatio());
      SurvivalReport.number(g, "lower", c.lower());
      SurvivalReport.number(g, "upper", c.upper());
      SurvivalReport.number(g, "z", c.z());
      SurvivalReport.number(g, "p", c.p());
      g.writeEndObject();
    }
    g.writeEndArray();
    matrix(g, "variance", model.variance());
    if (model.naiveVariance().isPresent()) {
      matrix(g, "naiveVariance", model.naiveVariance().get());
    }
    if (model.proportionalHazards().isPresent()) {
      PublishedProportionalHazards zph = model.proportionalHazards().get();
      g.writeObjectFieldStart("proportionalHazards");
      g.writeArrayFieldStart("terms");
      for (int k = 0; k < zph.terms().size(); k++) {
        PublishedChiSquareTest t = zph.tests().get(k);
        g.writeStartObject();
        g.writeStringField("term", zph.terms().get(k));
        SurvivalReport.number(g, "chiSquare", t.chiSquare());
        g.writeNumberField("df", t.df());
        SurvivalReport.number(g, "p", t.p());
        g.writeEndObject();
      }
      g.writeEndArray();
      test(g, "global", zph.global());
      g.writeEndObject();
    }
    if (model.proportionalHazardsRefused().isPresent()) {
      g.writeStringField("proportionalHazardsRefused", model.proportionalHazardsRefused().get());
    }
    g.writeEndObject();
  }

  /** Writes a chi-square test as an object under {@code name}. */
  static void test(JsonGenerator g, String name, PublishedChiSquareTest t) throws IOException {
    g.writeObjectFieldStart(name);
    SurvivalReport.number(g, "chiSquare", t.chiSquare());
    g.writeNumberField("df", t.df());
    SurvivalReport.number(g, "p", t.p());
    g.writeEndObject();
  }

  private static void matrix(JsonGenerator g, String name, List<ImmutableList<OptionalDouble>> m)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (List<OptionalDouble> row : m) {
      g.writeStartArray();
      for (OptionalDouble v : row) {
        if (v.isPresent()) {
          g.writeNumber(v.getAsDouble());
        } else {
          g.writeNull();
        }
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
