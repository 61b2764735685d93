package io.github.vigil.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.conditions.risk.LevelCalibration;
import io.github.vigil.conditions.risk.ObservedRate;
import io.github.vigil.conditions.risk.RiskAssessment;
import io.github.vigil.conditions.risk.RiskCalibration;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.conditions.risk.ScoredFactor;
import io.github.vigil.core.DetaineeId;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a {@link RiskReport} as the JSON object of docs/format.md section 5 ({@code vigil risk
 * --format json}) or as a readable text table. Both hold ids only, never names, and are
 * deterministic: the same report gives the same characters.
 */
public final class RiskRenderer {
  /** The version of the {@code risk} JSON object. */
  public static final int FORMAT_VERSION = 1;

  /** The calibration's {@code method}: how its rates are estimated. */
  static final String CALIBRATION_METHOD =
      "Kaplan-Meier on release-to-rearrest spells; a spell's level is the level as of its release";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RiskRenderer() {}

  /**
   * Returns {@code report} in {@code format}: {@link ReportFormat#TEXT} or {@link
   * ReportFormat#JSON}.
   *
   * @throws IllegalArgumentException if {@code format} is another format
   */
  public static String render(RiskReport report, ReportFormat format) {
    return render(report, format, DetaineeId::value);
  }

  /**
   * Returns {@code report} in {@code format}, each person's id written as {@code ids} gives it
   * (such as a keyed pseudonym), people ordered by what is written.
   *
   * @throws IllegalArgumentException if {@code format} is neither text nor JSON
   */
  public static String render(
      RiskReport report, ReportFormat format, Function<? super DetaineeId, String> ids) {
    checkNotNull(report, "report");
    checkNotNull(ids, "ids");
    checkArgument(
        format == ReportFormat.TEXT || format == ReportFormat.JSON,
        "a risk report renders as text or json, not %s",
        format.name().toLowerCase(Locale.ROOT));
    return format == ReportFormat.JSON ? json(report, ids) : text(report, ids);
  }

  /** Returns the assessments with the id each is written with, ordered by it. */
  private static List<Map.Entry<String, RiskAssessment>> labelled(
      RiskReport report, Function<? super DetaineeId, String> ids) {
    List<Map.Entry<String, RiskAssessment>> out = new ArrayList<>();
    for (RiskAssessment a : report.assessments()) {
      out.add(Map.entry(checkNotNull(ids.apply(a.id()), "id"), a));
    }
    out.sort(Map.Entry.comparingByKey());
    return out;
  }

  /**
   * Returns the JSON object of docs/format.md section 5 on one line ending with a newline: {@code
   * formatVersion}, {@code asOf}, {@code model}, {@code assessments} (ordered by id, each with
   * {@code id}, {@code category}, {@code score}, {@code level} and {@code factors} of {@code
   * factor}, {@code points}, {@code detail}), and the added key {@code calibration}: {@code
   * method}, {@code minimumSpells} and, per level, {@code spells}, {@code people}, {@code
   * rearrests}, {@code rates} ({@code days}, {@code atRisk}, {@code rearrested}, {@code rate},
   * {@code null} when no spell was followed that long) and {@code warning} (or {@code null}).
   */
  public static String json(RiskReport report) {
    return json(report, DetaineeId::value);
  }

  /**
   * Returns the risk report that {@code json}, the JSON {@link #json(RiskReport)} writes ({@code
   * vigil risk --format json}), describes: equal to the report that wrote it, and written back in
   * the same characters. The JSON holds every part of a report, so it is read back whole. Every key
   * the writer writes must be present; keys it does not know are ignored, since the format grows by
   * adding keys. Error messages name the key by its path ({@code calibration.levels.#2.spells}),
   * the elements of arrays by their position from 1, and no message repeats a value of the
   * document.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON object, lacks a key, holds a
   *     value of the wrong type, a negative count, a code this version does not know, a score that
   *     is not the sum of its factors' points, assessments out of order of id, a calibration whose
   *     levels disagree, or is of a format version other than {@value #FORMAT_VERSION}
   */
  public static RiskReport parse(String json) {
    return RiskJson.read(checkNotNull(json, "json"));
  }

  private static String json(RiskReport report, Function<? super DetaineeId, String> ids) {
    try {
      return MAPPER.writeValueAsString(tree(report, ids)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the risk report as JSON", e);
    }
  }

  static ObjectNode tree(RiskReport report, Function<? super DetaineeId, String> ids) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("asOf", report.asOf().toString());
    root.put("model", report.model());
    ArrayNode assessments = root.putArray("assessments");
    for (Map.Entry<String, RiskAssessment> e : labelled(report, ids)) {
      RiskAssessment a = e.getValue();
      ObjectNode node = assessments.addObject();
      node.put("id", e.getKey());
      node.put("category", a.category().name());
      node.put("score", a.score());
      node.put("level", a.level().name());
      ArrayNode factors = node.putArray("factors");
      for (ScoredFactor f : a.factors()) {
        factors
            .addObject()
            .put("factor", f.factor().name())
            .put("points", f.points())
            .put("detail", f.detail());
      }
    }
    calibration(root.putObject("calibration"), report.calibration());
    return root;
  }

  private static void calibration(ObjectNode node, RiskCalibration c) {
    node.put("method", CALIBRATION_METHOD);
    node.put("minimumSpells", c.minimumSpells());
    ArrayNode levels = node.putArray("levels");
    for (LevelCalibration l : c.levels()) {
      ObjectNode level = levels.addObject();
      level.put("level", l.level().name());
      level.put("spells", l.spells());
      level.put("people", l.people());
      level.put("rearrests", l.rearrests());
      ArrayNode rates = level.putArray("rates");
      for (ObservedRate r : l.rates()) {
        ObjectNode rate = rates.addObject();
        rate.put("days", r.days());
        rate.put("atRisk", r.atRisk());
        rate.put("rearrested", r.rearrested());
        if (r.rate().isPresent()) {
          rate.put("rate", r.rate().get());
        } else {
          rate.putNull("rate");
        }
      }
      if (l.warning().isPresent()) {
        level.put("warning", l.warning().get());
      } else {
        level.putNull("warning");
      }
    }
  }

  /**
   * Returns a readable text table: a heading with the date and the model, one row per person (id,
   * category, score, level) with each factor's points and detail beneath it, then the calibration
   * per level and its warnings.
   */
  public static String text(RiskReport report) {
    return text(report, DetaineeId::value);
  }

  private static String text(RiskReport report, Function<? super DetaineeId, String> ids) {
    List<Map.Entry<String, RiskAssessment>> people = labelled(report, ids);
    StringBuilder s = new StringBuilder(4096);
    int n = report.assessments().size();
    s.append("Rearrest risk as of ")
        .append(report.asOf())
        .append(" (model ")
        .append(report.model())
        .append(")\n");
    s.append(n)
        .append(n == 1 ? " person" : " people")
        .append(" assessed: everyone in CONDITIONAL, FULL or HOUSE_ARREST.\n")
        .append(
            "For advocacy and legal aid; not for deciding anyone's liberty, nor for locating"
                + " anyone.\n\n");
    int idWidth = 2;
    for (Map.Entry<String, RiskAssessment> e : people) {
      idWidth = Math.max(idWidth, e.getKey().length());
    }
    String row = "%-" + idWidth + "s  %-13s %5s  %s%n";
    s.append(String.format(Locale.ROOT, row, "id", "category", "score", "level"));
    for (Map.Entry<String, RiskAssessment> e : people) {
      RiskAssessment a = e.getValue();
      s.append(String.format(Locale.ROOT, row, e.getKey(), a.category(), a.score(), a.level()));
      for (ScoredFactor f : a.factors()) {
        s.append(" ".repeat(idWidth + 2))
            .append(
                String.format(Locale.ROOT, "%+3d  %-21s %s%n", f.points(), f.factor(), f.detail()));
      }
    }
    s.append('\n').append(calibrationText(report.calibration()));
    return s.toString();
  }

  private static String calibrationText(RiskCalibration c) {
    StringBuilder s = new StringBuilder();
    s.append("Observed rearrest rate after release (Kaplan-Meier), by level as of the release;\n")
        .append("in parentheses, the spells still followed at that day:\n");
    StringBuilder header =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-8s %6s %6s %9s", "level", "spells", "people", "rearrests"));
    for (int days : c.horizons()) {
      header.append(String.format(Locale.ROOT, "  %-15s", days + " days"));
    }
    s.append(header.toString().stripTrailing()).append('\n');
    for (LevelCalibration l : c.levels()) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-8s %6d %6d %9d",
                  l.level(),
                  l.spells(),
                  l.people(),
                  l.rearrests()));
      for (ObservedRate r : l.rates()) {
        String rate =
            r.rate().map(x -> String.format(Locale.ROOT, "%5.1f%%", 100 * x)).orElse("   n/a");
        line.append(String.format(Locale.ROOT, "  %-15s", rate + " (" + r.atRisk() + ")"));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    for (LevelCalibration l : c.levels()) {
      l.warning()
          .ifPresent(
              w -> s.append("warning: ").append(l.level()).append(": ").append(w).append('\n'));
    }
    return s.toString();
  }
}
