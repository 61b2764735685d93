package io.github.vigil.survival;

import com.google.common.collect.ImmutableList;
import io.github.vigil.survival.internal.JsonFields;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the JSON that {@link PublishedSurvivalReport#writeJson} and {@link
 * PublishedIncidenceReport#writeJson} write back into what they were written from. Every value is
 * taken out of the document by {@link JsonFields}: a failure is an {@link
 * IllegalArgumentException} naming the key by its path, never repeating a value.
 */
final class SurvivalJson {
  private SurvivalJson() {}

  static PublishedSurvivalReport survival(String json) {
    JsonFields r = JsonFields.root(json, "the survival report's JSON");
    ImmutablePublishedSurvivalReport.Builder b =
        PublishedSurvivalReport.builder()
            .n(r.smallCount("n"))
            .events(r.smallCount("events"))
            .censored(r.smallCount("censored"))
            .droppedRows(r.smallCount("droppedRows"))
            .warnings(r.texts("warnings"))
            .km(list(r.objects("km"), SurvivalJson::row))
            .steps(r.optionalObjects("steps").map(rows -> list(rows, SurvivalJson::row)))
            .medians(list(r.objects("medians"), SurvivalJson::median))
            .atTimes(r.optionalObjects("atTimes").map(rows -> list(rows, SurvivalJson::row)))
            .quantiles(r.optionalObjects("quantiles").map(rows -> list(rows, SurvivalJson::quantile)))
            .restrictedMeans(
                r.optionalObjects("restrictedMeans")
                    .map(rows -> list(rows, SurvivalJson::restrictedMean)))
            .logRank(r.optionalObject("logRank").map(SurvivalJson::logRank))
            .logRankRefused(r.textIfPresent("logRankRefused"))
            .cox(r.optionalObject("cox").map(SurvivalJson::cox))
            .coxRefused(r.textIfPresent("coxRefused"));
    return r.built(b::build);
  }

  static PublishedIncidenceReport incidence(String json) {
    JsonFields r = JsonFields.root(json, "the competing-risks report's JSON");
    ImmutablePublishedIncidenceReport.Builder b =
        PublishedIncidenceReport.builder()
            .n(r.smallCount("n"))
            .censored(r.smallCount("censored"))
            .droppedRows(r.smallCount("droppedRows"));
    Set<String> kinds = new HashSet<>();
    for (JsonFields kind : r.objects("kinds")) {
      String name = kind.text("kind");
      if (!kinds.add(name)) {
        throw kind.fail("kind", "repeats a kind of event");
      }
      b.putKinds(name, kind.smallCount("events"));
    }
    b.warnings(r.texts("warnings")).incidence(list(r.objects("incidence"), SurvivalJson::incidenceRow));
    if (r.has("grayTests")) {
      b.grayTests(list(r.objects("grayTests"), SurvivalJson::grayTest));
      Set<String> refused = new HashSet<>();
      for (JsonFields reason : r.objects("grayTestsRefused")) {
        String kind = reason.text("kind");
        if (!refused.add(kind)) {
          throw reason.fail("kind", "repeats a kind of event");
        }
        b.putGrayTestsRefused(kind, reason.text("reason"));
      }
    } else if (r.has("grayTestsRefused")) {
      throw r.fail("grayTestsRefused", "is given without grayTests");
    }
    return r.built(b::build);
  }

  private static <T> ImmutableList<T> list(
      ImmutableList<JsonFields> objects, Function<JsonFields, T> read) {
    return objects.stream().map(read).collect(ImmutableList.toImmutableList());
  }

  private static PublishedSurvivalRow row(JsonFields r) {
    return PublishedSurvivalRow.builder()
        .group(r.optionalText("group"))
        .time(r.number("time"))
        .atRisk(r.smallCount("atRisk"))
        .events(r.smallCount("events"))
        .censored(r.smallCount("censored"))
        .survival(r.number("survival"))
        .stdErr(r.number("stdErr"))
        .lower(r.number("lower"))
        .upper(r.number("upper"))
        .build();
  }

  private static PublishedMedian median(JsonFields m) {
    return PublishedMedian.builder()
        .group(m.optionalText("group"))
        .n(m.smallCount("n"))
        .events(m.smallCount("events"))
        .censored(m.smallCount("censored"))
        .median(m.number("median"))
        .lower(m.number("lower"))
        .upper(m.number("upper"))
        .build();
  }

  private static PublishedQuantile quantile(JsonFields q) {
    OptionalDouble p = q.number("p");
    if (p.isEmpty()) {
      throw q.fail("p", "must be a number");
    }
    return PublishedQuantile.builder()
        .group(q.optionalText("group"))
        .p(p.getAsDouble())
        .time(q.number("time"))
        .lower(q.number("lower"))
        .upper(q.number("upper"))
        .build();
  }

  private static PublishedRestrictedMean restrictedMean(JsonFields m) {
    return PublishedRestrictedMean.builder()
        .group(m.optionalText("group"))
        .tau(m.number("tau"))
        .mean(m.number("mean"))
        .stdErr(m.number("stdErr"))
        .build();
  }

  private static PublishedLogRank logRank(JsonFields t) {
    ImmutablePublishedLogRank.Builder b =
        PublishedLogRank.builder()
            .chiSquare(t.number("chiSquare"))
            .df(t.smallCount("df"))
            .p(t.number("p"))
            .stratified(t.bool("stratified"));
    for (JsonFields g : t.objects("groups")) {
      b.addGroups(g.text("group"))
          .addObserved(g.smallCount("observed"))
          .addExpected(g.number("expected"));
    }
    return b.build();
  }

  private static PublishedChiSquareTest test(JsonFields t) {
    return PublishedChiSquareTest.builder()
        .chiSquare(t.number("chiSquare"))
        .df(t.smallCount("df"))
        .p(t.number("p"))
        .build();
  }

  private static PublishedCox cox(JsonFields c) {
    Optional<Integer> clusters =
        c.has("clusters") ? Optional.of(c.smallCount("clusters")) : Optional.empty();
    Optional<ImmutableList<ImmutableList<OptionalDouble>>> naiveVariance =
        c.has("naiveVariance")
            ? Optional.of(c.rows("naiveVariance", JsonFields::numberOf))
            : Optional.empty();
    ImmutablePublishedCox.Builder b =
        PublishedCox.builder()
            .ties(
                c.code(
                    "ties",
                    ties -> {
                      if (!ties.equals(ties.toLowerCase(Locale.ROOT))) {
                        throw new IllegalArgumentException("not lower case");
                      }
                      return Ties.valueOf(ties.toUpperCase(Locale.ROOT));
                    },
                    "efron or breslow"))
            .n(c.smallCount("n"))
            .events(c.smallCount("events"))
            .strata(c.smallCount("strata"))
            .clusters(clusters)
            .logLikelihoodNull(c.number("logLikelihoodNull"))
            .logLikelihood(c.number("logLikelihood"))
            .likelihoodRatio(c.number("likelihoodRatio"))
            .likelihoodRatioDf(c.smallCount("likelihoodRatioDf"))
            .likelihoodRatioP(c.number("likelihoodRatioP"))
            .wald(test(c.object("wald")))
            .score(test(c.object("score")))
            .robustScore(c.optionalObject("robustScore").map(SurvivalJson::test))
            .concordance(c.number("concordance"))
            .concordanceStdErr(c.number("concordanceStdErr"))
            .iterations(c.smallCount("iterations"))
            .coefficients(list(c.objects("coefficients"), SurvivalJson::coefficient))
            .variance(c.rows("variance", JsonFields::numberOf))
            .naiveVariance(naiveVariance)
            .proportionalHazardsRefused(c.textIfPresent("proportionalHazardsRefused"));
    Optional<JsonFields> ph = c.optionalObject("proportionalHazards");
    if (ph.isPresent()) {
      ImmutablePublishedProportionalHazards.Builder zph =
          PublishedProportionalHazards.builder().global(test(ph.get().object("global")));
      for (JsonFields term : ph.get().objects("terms")) {
        zph.addTerms(term.text("term")).addTests(test(term));
      }
      b.proportionalHazards(zph.build());
    }
    return c.built(b::build);
  }

  private static PublishedCoxCoefficient coefficient(JsonFields c) {
    return PublishedCoxCoefficient.builder()
        .term(c.text("term"))
        .coef(c.number("coef"))
        .se(c.number("se"))
        .robustSe(c.number("robustSe"))
        .hazardRatio(c.number("hazardRatio"))
        .lower(c.number("lower"))
        .upper(c.number("upper"))
        .z(c.number("z"))
        .p(c.number("p"))
        .build();
  }

  private static PublishedIncidenceRow incidenceRow(JsonFields r) {
    return PublishedIncidenceRow.builder()
        .group(r.optionalText("group"))
        .kind(r.text("kind"))
        .time(r.number("time"))
        .atRisk(r.smallCount("atRisk"))
        .events(r.smallCount("events"))
        .incidence(r.number("incidence"))
        .stdErr(r.number("stdErr"))
        .lower(r.number("lower"))
        .upper(r.number("upper"))
        .grayVariance(r.number("grayVariance"))
        .build();
  }

  private static PublishedGrayTest grayTest(JsonFields t) {
    return PublishedGrayTest.builder()
        .kind(t.text("kind"))
        .test(test(t))
        .stratified(t.bool("stratified"))
        .build();
  }
}
