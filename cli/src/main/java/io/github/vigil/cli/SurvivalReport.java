package io.github.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.vigil.survival.CoxCoefficient;
import io.github.vigil.survival.CoxModel;
import io.github.vigil.survival.CoxRegression;
import io.github.vigil.survival.KaplanMeier;
import io.github.vigil.survival.LogRank;
import io.github.vigil.survival.LogRankTest;
import io.github.vigil.survival.SurvivalCurve;
import io.github.vigil.survival.SurvivalException;
import io.github.vigil.survival.SurvivalRow;
import io.github.vigil.survival.Ties;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The estimates of {@code vigil survival}: Kaplan–Meier curves (one overall, or one per group), the
 * log-rank test between groups, and a Cox model on covariates; written as docs/format.md section 5's
 * JSON or as a text table.
 */
final class SurvivalReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SurvivalData data;
  private final ImmutableList<SurvivalCurve> curves;
  private final Optional<LogRankTest> logRank;
  private final Optional<CoxModel> cox;

  private SurvivalReport(
      SurvivalData data,
      ImmutableList<SurvivalCurve> curves,
      Optional<LogRankTest> logRank,
      Optional<CoxModel> cox) {
    this.data = data;
    this.curves = curves;
    this.logRank = logRank;
    this.cox = cox;
  }

  /**
   * Fits the estimators the data ask for: Kaplan–Meier always, the log-rank test with groups, a
   * Cox model with covariates.
   *
   * @throws DataException naming the estimator and the cause when one cannot be fitted (a {@link
   *     SurvivalException}: no rows, no events, one group, a constant or collinear covariate, no
   *     convergence, an infinite coefficient)
   */
  static SurvivalReport fit(SurvivalData data, Ties ties) {
    double[] times = data.times();
    boolean[] events = data.events();
    Optional<ImmutableList<String>> groups = data.groups();
    ImmutableList<SurvivalCurve> curves =
        estimate(
            "the Kaplan-Meier estimate",
            () ->
                groups.isPresent()
                    ? KaplanMeier.fit(times, events, groups.get())
                    : ImmutableList.of(KaplanMeier.fit(times, events)));
    Optional<LogRankTest> logRank =
        groups.isPresent()
            ? Optional.of(estimate("the log-rank test", () -> LogRank.test(times, events, groups.get())))
            : Optional.empty();
    Optional<CoxModel> cox =
        data.names().isEmpty()
            ? Optional.empty()
            : Optional.of(
                estimate(
                    "the Cox model",
                    () -> CoxRegression.fit(times, events, data.covariates(), data.names(), ties)));
    return new SurvivalReport(data, curves, logRank, cox);
  }

  private static <T> T estimate(String what, Supplier<T> fit) {
    try {
      return fit.get();
    } catch (SurvivalException e) {
      throw new DataException(
          what + " cannot be made: " + VigilCommand.oneLine(e.getMessage()) + " ("
              + e.problem() + ")",
          e);
    }
  }

  /**
   * Returns the JSON object of docs/format.md section 5, with {@code extra} top-level keys after {@code
   * droppedRows} and the medians of each curve as {@code medians}.
   */
  String json(Map<String, Object> extra) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("n", data.n());
    root.put("events", data.eventCount());
    root.put("droppedRows", data.droppedRows());
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      if (e.getValue() instanceof Integer i) {
        root.put(e.getKey(), i);
      } else {
        root.put(e.getKey(), e.getValue().toString());
      }
    }
    ArrayNode km = root.putArray("km");
    ArrayNode medians = root.putArray("medians");
    for (SurvivalCurve curve : curves) {
      for (SurvivalRow r : curve.rows()) {
        ObjectNode row = km.addObject();
        group(row, curve.group());
        number(row, "time", r.time());
        row.put("atRisk", r.atRisk());
        row.put("events", r.events());
        number(row, "survival", r.survival());
        number(row, "stdErr", r.stdErr());
        number(row, "lower", r.lower());
        number(row, "upper", r.upper());
      }
      ObjectNode median = medians.addObject();
      group(median, curve.group());
      median.put("n", curve.n());
      median.put("events", curve.events());
      number(median, "median", curve.median());
      number(median, "lower", curve.medianLower());
      number(median, "upper", curve.medianUpper());
    }
    logRank.ifPresent(
        test -> {
          ObjectNode node = root.putObject("logRank");
          number(node, "chiSquare", test.chiSquare());
          node.put("df", test.df());
          number(node, "p", test.p());
          ArrayNode byGroup = node.putArray("groups");
          for (int g = 0; g < test.groups().size(); g++) {
            ObjectNode one = byGroup.addObject();
            one.put("group", test.groups().get(g));
            one.put("observed", test.observed().get(g));
            number(one, "expected", test.expected().get(g));
          }
        });
    cox.ifPresent(
        model -> {
          ObjectNode node = root.putObject("cox");
          node.put("ties", model.ties().name().toLowerCase(Locale.ROOT));
          node.put("n", model.n());
          node.put("events", model.events());
          number(node, "logLikelihoodNull", model.logLikelihoodNull());
          number(node, "logLikelihood", model.logLikelihood());
          number(node, "likelihoodRatio", model.likelihoodRatio());
          node.put("likelihoodRatioDf", model.likelihoodRatioDf());
          number(node, "likelihoodRatioP", model.likelihoodRatioP());
          number(node, "concordance", model.concordance());
          node.put("iterations", model.iterations());
          ArrayNode coefficients = node.putArray("coefficients");
          for (CoxCoefficient c : model.coefficients()) {
            ObjectNode one = coefficients.addObject();
            one.put("term", c.term());
            number(one, "coef", c.coef());
            number(one, "se", c.se());
            number(one, "hazardRatio", c.hazardRatio());
            number(one, "z", c.z());
            number(one, "p", c.p());
          }
        });
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void group(ObjectNode node, Optional<String> group) {
    if (group.isPresent()) {
      node.put("group", group.get());
    } else {
      node.putNull("group");
    }
  }

  /** Writes a number, or null where it is not finite (no NaN ever reaches the output). */
  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  private static void number(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      number(node, key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }

  /**
   * Returns the text report: the heading lines, then each curve as a table, the log-rank test and
   * the Cox model.
   *
   * @param heading the lines above the tables (what was estimated, on what data)
   * @param overall how the curve over every row is named, such as "All rows"
   * @param row what a row is, such as "row" or "release spell"
   * @param event what an event is, such as "event" or "rearrest"
   */
  String text(List<String> heading, String overall, String row, String event) {
    StringBuilder out = new StringBuilder();
    for (String line : heading) {
      out.append(line).append('\n');
    }
    for (SurvivalCurve curve : curves) {
      out.append('\n')
          .append(curve.group().orElse(overall))
          .append(": ")
          .append(count(curve.n(), row))
          .append(", ")
          .append(count(curve.events(), event))
          .append(", median ")
          .append(median(curve))
          .append('\n');
      if (curve.rows().isEmpty()) {
        continue;
      }
      Table table =
          new Table(false, "time", "at risk", "events", "survival", "std err", "lower 95%", "upper 95%");
      for (SurvivalRow r : curve.rows()) {
        table.add(
            plain(r.time()),
            Integer.toString(r.atRisk()),
            Integer.toString(r.events()),
            fixed(r.survival()),
            fixed(r.stdErr()),
            fixed(r.lower()),
            fixed(r.upper()));
      }
      table.appendTo(out);
    }
    logRank.ifPresent(
        test -> {
          out.append("\nLog-rank test: chi-square ")
              .append(significant(test.chiSquare(), 4))
              .append(" on ")
              .append(test.df())
              .append(test.df() == 1 ? " degree" : " degrees")
              .append(" of freedom, p = ")
              .append(significant(test.p(), 3))
              .append('\n');
          Table table = new Table(true, "group", "observed", "expected");
          for (int g = 0; g < test.groups().size(); g++) {
            table.add(
                test.groups().get(g),
                Integer.toString(test.observed().get(g)),
                significant(test.expected().get(g), 4));
          }
          table.appendTo(out);
        });
    cox.ifPresent(
        model -> {
          out.append("\nCox model (")
              .append(model.ties().name().toLowerCase(Locale.ROOT))
              .append(" ties): ")
              .append(count(model.n(), row))
              .append(", ")
              .append(count(model.events(), event))
              .append('\n');
          Table table = new Table(true, "term", "coef", "exp(coef)", "se(coef)", "z", "p");
          for (CoxCoefficient c : model.coefficients()) {
            table.add(
                c.term(),
                significant(c.coef(), 4),
                significant(c.hazardRatio(), 4),
                significant(c.se(), 4),
                significant(c.z(), 4),
                significant(c.p(), 3));
          }
          table.appendTo(out);
          out.append("log likelihood ")
              .append(fixed(model.logLikelihood(), 2))
              .append(" (null model ")
              .append(fixed(model.logLikelihoodNull(), 2))
              .append("); likelihood ratio ")
              .append(significant(model.likelihoodRatio(), 4))
              .append(" on ")
              .append(model.likelihoodRatioDf())
              .append(" df, p = ")
              .append(significant(model.likelihoodRatioP(), 3))
              .append("; concordance ")
              .append(fixed(model.concordance()))
              .append('\n');
        });
    return out.toString();
  }

  private static String median(SurvivalCurve curve) {
    if (curve.median().isEmpty()) {
      return "not reached";
    }
    return plain(curve.median().getAsDouble())
        + " (95% CI "
        + (curve.medianLower().isPresent() ? plain(curve.medianLower().getAsDouble()) : "NA")
        + " to "
        + (curve.medianUpper().isPresent() ? plain(curve.medianUpper().getAsDouble()) : "NA")
        + ")";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A time as written: 455, 5.5. */
  private static String plain(double value) {
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : "NA";
  }

  private static String fixed(double value) {
    return fixed(value, 4);
  }

  private static String fixed(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "NA";
  }

  private static String fixed(OptionalDouble value) {
    return value.isPresent() ? fixed(value.getAsDouble()) : "NA";
  }

  private static String significant(double value, int digits) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "g", value) : "NA";
  }

  /**
   * A text table, columns two spaces apart and right-aligned, but for a first column of labels,
   * left-aligned.
   */
  private static final class Table {
    private final boolean labelled;
    private final List<List<String>> rows = new ArrayList<>();

    Table(boolean labelled, String... header) {
      this.labelled = labelled;
      rows.add(List.of(header));
    }

    void add(String... row) {
      rows.add(List.of(row));
    }

    void appendTo(StringBuilder out) {
      int columns = rows.get(0).size();
      int[] width = new int[columns];
      for (List<String> row : rows) {
        for (int c = 0; c < columns; c++) {
          width[c] = Math.max(width[c], row.get(c).length());
        }
      }
      for (List<String> row : rows) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < columns; c++) {
          String cell = row.get(c);
          String pad = " ".repeat(width[c] - cell.length());
          if (c > 0) {
            line.append("  ");
          }
          line.append(c == 0 && labelled ? cell + pad : pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
    }
  }
}
