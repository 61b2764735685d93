package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Survival and competing-risks reports read back from their JSON into what they published. */
class PublishedSurvivalReportTest {
  /** A value planted in hostile documents: no message may repeat it. */
  private static final String PERSONAL = "María Pérez";

  private static final ReportOptions EVERYTHING =
      ReportOptions.builder()
          .addTimes(100.0, 1000.0)
          .addQuantiles(0.25, 0.5)
          .wholeCurve(true)
          .restrictedMeanHorizon(1500)
          .build();

  private static final double[] TIMES = {5, 8, 8, 12, 20, 21, 30, 34, 40, 41};
  private static final boolean[] EVENTS = {true, false, true, true, false, true, true, false, true, false};

  @ParameterizedTest
  @ValueSource(strings = {"rotterdam", "cgd", "gbsg", "heart", "kidney"})
  void aModelsReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes(String name) {
    SurvivalReport report = SurvivalReport.fit(ModelReferenceTest.data(name), EVERYTHING);
    String json = json(report);

    PublishedSurvivalReport read = PublishedSurvivalReport.parse(json);

    assertEquals(report.published(), read, name);
    assertEquals(json, read.toJson(), name);
    assertTrue(read.steps().isPresent() && read.atTimes().isPresent() && read.quantiles().isPresent()
        && read.restrictedMeans().isPresent(), name);
    assertTrue(read.cox().isPresent() || read.coxRefused().isPresent(), name);
  }

  @Test
  void theSectionsOfClustersStrataAndTestsAreReadBack() {
    PublishedSurvivalReport cgd = PublishedSurvivalReport.parse(
        json(SurvivalReport.fit(ModelReferenceTest.data("cgd"), ReportOptions.defaults())));
    PublishedCox cox = cgd.cox().orElseThrow();
    assertTrue(cox.clusters().isPresent() && cox.robustScore().isPresent() && cox.naiveVariance().isPresent());
    assertTrue(cox.coefficients().get(0).robustSe().isPresent());

    PublishedSurvivalReport rotterdam = PublishedSurvivalReport.parse(
        json(SurvivalReport.fit(ModelReferenceTest.data("rotterdam"), ReportOptions.defaults())));
    assertTrue(rotterdam.logRank().orElseThrow().stratified());
    assertTrue(rotterdam.cox().orElseThrow().proportionalHazards().isPresent());
    assertEquals(
        rotterdam.cox().orElseThrow().proportionalHazards().orElseThrow().terms().size(),
        rotterdam.cox().orElseThrow().coefficients().size());
  }

  @Test
  void aModelTheDataCannotSupportIsReadBackWithItsReason() {
    double[] constant = new double[TIMES.length];
    java.util.Arrays.fill(constant, 1);
    SurvivalReport report = SurvivalReport.fit(
        SurvivalData.builder(TIMES, EVENTS).covariate("x", constant).groups(
            List.of("a", "a", "a", "a", "a", "a", "a", "a", "a", "a")).build(),
        ReportOptions.defaults());
    String json = json(report);

    PublishedSurvivalReport read = PublishedSurvivalReport.parse(json);

    assertEquals(report.published(), read);
    assertEquals(json, read.toJson());
    assertTrue(read.coxRefused().isPresent(), json);
  }

  @Test
  void theKeysACommandAddsAreIgnored() throws IOException {
    SurvivalReport report = SurvivalReport.fit(SurvivalData.builder(TIMES, EVENTS).build(), ReportOptions.defaults());
    StringWriter out = new StringWriter();
    report.writeJson(out, Map.of("file", PERSONAL, "timeColumn", "t", "rows", 10L));

    PublishedSurvivalReport read = PublishedSurvivalReport.parse(out.toString());

    assertEquals(report.published(), read);
    assertEquals(json(report), read.toJson());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mgus2", "colon", "rotterdam", "spells"})
  void aCompetingRisksReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes(String name) {
    IncidenceReport report = IncidenceReport.fit(CompetingReferenceTest.data(name));
    String json = json(report);

    PublishedIncidenceReport read = PublishedIncidenceReport.parse(json);

    assertEquals(report.published(), read, name);
    assertEquals(json, read.toJson(), name);
    assertTrue(read.grayTests().isPresent(), name);
  }

  @Test
  void aCompetingRisksReportWithoutGroupsHasNoGraysTests() {
    IncidenceReport report = IncidenceReport.fit(
        SurvivalData.builder(TIMES, EVENTS).causes(new int[] {1, 0, 2, 1, 0, 1, 2, 0, 1, 0}, List.of("rearrest", "exile"))
            .build());
    String json = json(report);

    PublishedIncidenceReport read = PublishedIncidenceReport.parse(json);

    assertEquals(report.published(), read);
    assertEquals(json, read.toJson());
    assertTrue(read.grayTests().isEmpty() && read.grayTestsRefused().isEmpty());
    assertEquals(List.of("rearrest", "exile"), read.kinds().keySet().asList());
  }

  @Test
  void aMissingKeyIsNamedByItsPath() {
    String json = json(SurvivalReport.fit(ModelReferenceTest.data("rotterdam"), ReportOptions.defaults()));
    assertRefused(json.replaceFirst("\"atRisk\":", "\"was\":"), "km.#1.atRisk is missing");
    assertRefused(json.replace("\"medians\":", "\"was\":"), "medians is missing");
    assertRefused(json.replaceFirst("\"se\":", "\"was\":"), "cox.coefficients.#1.se is missing");
    assertRefused(json.replace("\"stratified\":", "\"was\":"), "logRank.stratified is missing");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedAndNotRepeated() {
    String json = json(SurvivalReport.fit(ModelReferenceTest.data("rotterdam"), ReportOptions.defaults()));
    assertRefused(json.replaceFirst("\"n\":\\d+", "\"n\":\"" + PERSONAL + "\""), "n must be a count");
    assertRefused(json.replaceFirst("\"n\":\\d+", "\"n\":null"), "n must be a count");
    assertRefused(json.replaceFirst("\"n\":\\d+", "\"n\":-3"), "n must be a count");
    assertRefused(json.replaceFirst("\"survival\":[^,]+", "\"survival\":\"" + PERSONAL + "\""),
        "km.#1.survival must be a finite number or null");
    assertRefused(json.replaceFirst("\"group\":\"[^\"]*\"", "\"group\":12"), "km.#1.group must be text");
    assertRefused(json.replace("\"ties\":\"efron\"", "\"ties\":\"" + PERSONAL + "\""), "cox.ties must be one of efron or breslow");
    assertRefused(json.replace("\"ties\":\"efron\"", "\"ties\":\"EFRON\""), "cox.ties must be one of efron or breslow");
    assertRefused(
        json.replace("\"warnings\":[", "\"warnings\":[\"a\",{\"name\":\"" + PERSONAL + "\"}],\"was\":["),
        "warnings.#2 must be text");
    assertRefused(json.replace("\"variance\":[[", "\"variance\":[\"" + PERSONAL + "\",["), "cox.variance.#1 must be an array");
    assertRefused(json.replace("\"stratified\":true", "\"stratified\":\"" + PERSONAL + "\""),
        "logRank.stratified must be true or false");
  }

  @Test
  void numbersPastTheirRangeAreRefused() {
    String json = json(SurvivalReport.fit(ModelReferenceTest.data("rotterdam"), ReportOptions.defaults()));
    assertRefused(json.replaceFirst("\"n\":\\d+", "\"n\":2147483648"), "n is past the largest count here, 2^31 - 1");
    assertRefused(json.replaceFirst("\"n\":\\d+", "\"n\":" + "9".repeat(40)), "n is past the largest count, 2^63 - 1");
    assertRefused(json.replaceFirst("\"survival\":[^,]+", "\"survival\":1e400"),
        "km.#1.survival must be a finite number or null");
    assertRefused(json.replaceFirst("\"atRisk\":\\d+", "\"atRisk\":1.5"), "km.#1.atRisk must be a count");
  }

  @Test
  void aDocumentThatIsNotOneObjectIsRefusedWithoutQuotingIt() {
    assertRefused("[1, 2]", "the survival report's JSON must be one object");
    assertRefused("\"" + PERSONAL + "\"", "must be one object");
    assertRefused("{\"n\": " + PERSONAL + "}", "the survival report's JSON is not well-formed (or repeats a key) at line 1, column");
    assertRefused("{\"n\":1,\"n\":2}", "repeats a key");
    assertRefused("{} {}", "not well-formed");
  }

  @Test
  void aCompetingRisksDocumentIsCheckedTheSameWay() {
    String json = json(IncidenceReport.fit(CompetingReferenceTest.data("mgus2")));
    assertRefusedIncidence(json.replaceFirst("\"grayVariance\":", "\"was\":"), "incidence.#1.grayVariance is missing");
    assertRefusedIncidence(json.replaceFirst("\"kind\":\"kind 1\"", "\"kind\":\"kind 2\""), "kinds.#2.kind repeats a kind of event");
    assertRefusedIncidence(json.replace("\"grayTests\":", "\"was\":"), "grayTestsRefused is given without grayTests");
    assertRefusedIncidence(json.replaceFirst("\"events\":\\d+", "\"events\":\"" + PERSONAL + "\""), "kinds.#1.events must be a count");
    assertRefusedIncidence(json.replaceFirst("\"n\":\\d+", "\"n\":null"), "n must be a count");
    assertRefusedIncidence(json.replaceFirst("\"atRisk\":\\d+", "\"atRisk\":99999999999"),
        "incidence.#1.atRisk is past the largest count here, 2^31 - 1");
    assertRefusedIncidence(json.replaceFirst("\"incidence\":[0-9][^,]*", "\"incidence\":1e400"),
        "incidence.#1.incidence must be a finite number or null");
    assertRefusedIncidence("[]", "the competing-risks report's JSON must be one object");
  }

  private static void assertRefused(String json, String message) {
    check(json, message, PublishedSurvivalReport::parse);
  }

  private static void assertRefusedIncidence(String json, String message) {
    check(json, message, PublishedIncidenceReport::parse);
  }

  private static void check(String json, String message, java.util.function.Function<String, ?> parse) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse.apply(json));
    String m = String.valueOf(e.getMessage());
    assertTrue(m.contains(message), m);
    assertFalse(m.contains(PERSONAL) || m.contains("María"), m);
  }

  static String json(SurvivalReport report) {
    return write(out -> report.writeJson(out, Map.of()));
  }

  static String json(IncidenceReport report) {
    return write(out -> report.writeJson(out, Map.of()));
  }

  /** Writes to a string. */
  interface Writing {
    void to(StringWriter out) throws IOException;
  }

  private static String write(Writing writing) {
    StringWriter out = new StringWriter();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
