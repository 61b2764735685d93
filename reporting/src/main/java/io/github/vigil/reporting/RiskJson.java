package io.github.vigil.reporting;

import com.google.common.collect.ImmutableList;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.risk.LevelCalibration;
import io.github.vigil.conditions.risk.ObservedRate;
import io.github.vigil.conditions.risk.RiskAssessment;
import io.github.vigil.conditions.risk.RiskCalibration;
import io.github.vigil.conditions.risk.RiskFactor;
import io.github.vigil.conditions.risk.RiskLevel;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.conditions.risk.ScoredFactor;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.survival.internal.JsonFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the JSON that {@link RiskRenderer#json(RiskReport)} writes back into the {@link RiskReport}
 * that wrote it. Every value is taken out of the document by {@link JsonFields}: a failure is an
 * {@link IllegalArgumentException} naming the key by its path, never repeating a value.
 */
final class RiskJson {
  private static final String LEVELS = "LOW, MODERATE or HIGH";

  private RiskJson() {}

  static RiskReport read(String json) {
    JsonFields r = JsonFields.root(json, "the risk report's JSON");
    if (r.count("formatVersion") != RiskRenderer.FORMAT_VERSION) {
      throw r.fail(
          "formatVersion", "must be " + RiskRenderer.FORMAT_VERSION + ", the version this reader reads");
    }
    LocalDate asOf = r.date("asOf");
    String model = r.text("model");
    List<RiskAssessment> assessments = new ArrayList<>();
    for (JsonFields a : r.objects("assessments")) {
      RiskAssessment assessment = assessment(a);
      if (!assessments.isEmpty()
          && assessments.get(assessments.size() - 1).id().compareTo(assessment.id()) >= 0) {
        throw a.fail(
            "id", "must come after the id before it: assessments are in increasing order of id");
      }
      assessments.add(assessment);
    }
    RiskCalibration calibration = calibration(r.object("calibration"), model, asOf);
    return r.built(() -> RiskReport.of(asOf, model, assessments, calibration));
  }

  private static RiskAssessment assessment(JsonFields a) {
    DetaineeId id = a.code("id", DetaineeId::of, "the ids of the format (1 to 64 of A-Z a-z 0-9 . _ -)");
    FreedomCategory category =
        a.code(
            "category",
            code -> {
              FreedomCategory c = FreedomCategory.valueOf(code);
              if (!RiskReport.ASSESSED.contains(c)) {
                throw new IllegalArgumentException("not assessed");
              }
              return c;
            },
            "HOUSE_ARREST, CONDITIONAL or FULL");
    RiskAssessment.Builder b = RiskAssessment.builder().id(id).category(category);
    long sum = 0;
    for (JsonFields f : a.objects("factors")) {
      RiskFactor factor = f.code("factor", RiskFactor::valueOf, Arrays.toString(RiskFactor.values()));
      int points = f.smallCount("points");
      if (points == 0) {
        throw f.fail("points", "must be positive");
      }
      String detail = f.text("detail");
      if (detail.isBlank()) {
        throw f.fail("detail", "must not be blank");
      }
      sum += points;
      b.addFactors(ScoredFactor.of(factor, points, detail));
    }
    if (a.smallCount("score") != sum) {
      throw a.fail("score", "must be the sum of its factors' points");
    }
    return b.level(a.code("level", RiskLevel::valueOf, LEVELS)).build();
  }

  private static RiskCalibration calibration(JsonFields c, String model, LocalDate asOf) {
    if (!c.text("method").equals(RiskRenderer.CALIBRATION_METHOD)) {
      throw c.fail("method", "is not the method this version computes");
    }
    int minimumSpells = c.smallCount("minimumSpells");
    ImmutableList<JsonFields> levelsRead = c.objects("levels");
    if (levelsRead.size() != RiskLevel.values().length) {
      throw c.fail("levels", "must be LOW, MODERATE and HIGH, in that order");
    }
    List<LevelCalibration> levels = new ArrayList<>();
    List<Integer> horizons = new ArrayList<>();
    Iterator<JsonFields> read = levelsRead.iterator();
    for (RiskLevel expected : RiskLevel.values()) {
      JsonFields l = read.next(); // as many as the levels
      if (l.code("level", RiskLevel::valueOf, LEVELS) != expected) {
        throw l.fail(
            "level", "must be " + expected + ": the levels are LOW, MODERATE and HIGH, in that order");
      }
      int spells = l.smallCount("spells");
      List<ObservedRate> rates = new ArrayList<>();
      for (JsonFields rate : l.objects("rates")) {
        rates.add(rate(rate));
      }
      List<Integer> days = rates.stream().map(ObservedRate::days).toList();
      if (levels.isEmpty()) {
        horizons.addAll(days);
      } else if (!days.equals(horizons)) {
        throw l.fail("rates", "must be at the same days as the rates of the first level");
      }
      Optional<String> warning = l.optionalText("warning");
      if (warning.isPresent() != (spells < minimumSpells)) {
        throw l.fail("warning", "must be given exactly when spells are fewer than minimumSpells");
      }
      int people = l.smallCount("people");
      int rearrests = l.smallCount("rearrests");
      levels.add(
          l.built(() -> LevelCalibration.of(expected, spells, people, rearrests, rates, warning)));
    }
    return c.built(() -> RiskCalibration.of(model, asOf, horizons, minimumSpells, levels));
  }

  private static ObservedRate rate(JsonFields r) {
    OptionalDouble rate = r.number("rate");
    if (rate.isPresent() && !(rate.getAsDouble() >= 0 && rate.getAsDouble() <= 1)) {
      throw r.fail("rate", "must be a share from 0 to 1, or null");
    }
    int days = r.smallCount("days");
    int atRisk = r.smallCount("atRisk");
    int rearrested = r.smallCount("rearrested");
    Optional<Double> share = rate.isPresent() ? Optional.of(rate.getAsDouble()) : Optional.empty();
    return r.built(() -> ObservedRate.of(days, atRisk, rearrested, share));
  }
}
