package io.github.vigil.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.cli.sample.BundledSample;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.reporting.RiskRenderer;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reading a risk report's JSON back into the report, and reading hostile JSON. */
class RiskReportReadingTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private static final ObjectMapper MAPPER = Documents.MAPPER;
  private static final String PERSONAL = Documents.PERSONAL;

  private static final RiskReport SAMPLE = RiskReport.of(BundledSample.read().registry().asOf(DAY));

  @Test
  void theSampleRiskReportIsReadBackWholeAndWrittenInTheSameBytes() throws IOException {
    RiskReport read = Documents.assertReadBack(SAMPLE, RiskReport.class, SAMPLE);

    assertTrue(read.assessments().size() > 1, "the sample has people to assess");
    assertTrue(read.calibration().levels().stream().anyMatch(l -> l.warning().isPresent()));
  }

  @Test
  void whatTheCommandLinePrintsIsReadBackIntoTheSameReport() throws IOException {
    String printed = Documents.vigil("risk", "--as-of", DAY.toString(), "--format", "json");

    assertEquals(SAMPLE, MAPPER.readValue(printed, RiskReport.class));
    assertEquals(SAMPLE, RiskRenderer.parse(printed));
  }

  @Test
  void anIndentedDocumentReadsTheSame() throws IOException {
    String indented = new ObjectMapper().registerModule(new VigilModule())
        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SAMPLE);

    assertEquals(SAMPLE, MAPPER.readValue(indented, RiskReport.class));
  }

  @Test
  void keysThisVersionDoesNotKnowAreIgnored() throws IOException {
    String json = edit(root -> {
      root.put("aKeyAddedLater", PERSONAL);
      assessment(root, 0).put("note", PERSONAL);
      ((ObjectNode) root.get("calibration")).putArray("horizons").add(30);
    });

    assertEquals(SAMPLE, MAPPER.readValue(json, RiskReport.class));
  }

  @Test
  void aMissingKeyIsNamed() {
    assertRefused(root -> root.remove("model"), "model is missing");
    assertRefused(root -> assessment(root, 1).remove("score"), "assessments.#2.score is missing");
    assertRefused(root -> ((ObjectNode) root.get("calibration")).remove("minimumSpells"),
        "calibration.minimumSpells is missing");
    assertRefused(root -> ((ObjectNode) level(root, 1).get("rates").get(0)).remove("atRisk"),
        "calibration.levels.#2.rates.#1.atRisk is missing");
    assertRefused(root -> level(root, 2).remove("warning"), "calibration.levels.#3.warning is missing");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedAndNotRepeated() {
    assertRefused(root -> root.put("asOf", PERSONAL), "asOf must be an ISO date");
    assertRefused(root -> root.put("model", 3), "model must be text");
    assertRefused(root -> root.put("assessments", PERSONAL), "assessments must be an array");
    assertRefused(root -> ((ArrayNode) root.get("assessments")).insert(0, PERSONAL), "assessments.#1 must be an object");
    assertRefused(root -> assessment(root, 0).put("id", PERSONAL), "assessments.#1.id must be one of the ids of the format");
    assertRefused(root -> assessment(root, 0).put("category", "DETAINED"),
        "assessments.#1.category must be one of HOUSE_ARREST, CONDITIONAL or FULL");
    assertRefused(root -> assessment(root, 0).put("level", PERSONAL), "assessments.#1.level must be one of LOW, MODERATE or HIGH");
    assertRefused(root -> assessment(root, 0).putNull("level"), "assessments.#1.level must be text");
    assertRefused(root -> assessment(root, 0).putNull("score"), "assessments.#1.score must be a count");
    assertRefused(root -> ((ObjectNode) assessment(root, 0).get("factors").get(0)).put("factor", PERSONAL),
        "assessments.#1.factors.#1.factor must be one of");
    assertRefused(root -> ((ObjectNode) assessment(root, 0).get("factors").get(0)).put("detail", " "),
        "assessments.#1.factors.#1.detail must not be blank");
    assertRefused(root -> ((ObjectNode) level(root, 0).get("rates").get(0)).put("rate", PERSONAL),
        "calibration.levels.#1.rates.#1.rate must be a finite number or null");
    assertRefused(root -> ((ObjectNode) root.get("calibration")).put("method", PERSONAL),
        "calibration.method is not the method this version computes");
  }

  @Test
  void partsThatDisagreeAreRefused() {
    assertRefused(root -> assessment(root, 0).put("score", assessment(root, 0).get("score").asInt() + 1),
        "assessments.#1.score must be the sum of its factors' points");
    assertRefused(root -> {
      ArrayNode a = (ArrayNode) root.get("assessments");
      a.insert(0, a.get(1).deepCopy());
    }, "assessments.#2.id must come after the id before it");
    assertRefused(root -> ((ObjectNode) level(root, 0).get("rates").get(0)).put("rate", 1.5),
        "calibration.levels.#1.rates.#1.rate must be a share from 0 to 1, or null");
    assertRefused(root -> level(root, 0).put("level", "HIGH"), "calibration.levels.#1.level must be LOW");
    assertRefused(root -> ((ArrayNode) root.get("calibration").get("levels")).remove(2),
        "calibration.levels must be LOW, MODERATE and HIGH, in that order");
    assertRefused(root -> ((ObjectNode) level(root, 1).get("rates").get(0)).put("days", 31),
        "calibration.levels.#2.rates must be at the same days as the rates of the first level");
    assertRefused(root -> level(root, 0).put("people", level(root, 0).get("spells").asInt() + 1),
        "calibration.levels.#1 is not consistent: people must not be more than spells");
    assertRefused(root -> ((ObjectNode) root.get("calibration")).put("minimumSpells", 0),
        "must be given exactly when spells are fewer than minimumSpells");
    assertRefused(root -> root.put("formatVersion", 2), "formatVersion must be 1, the version this reader reads");
  }

  @Test
  void numbersPastTheirRangeAreRefused() {
    assertRefused(root -> assessment(root, 0).put("score", 2_147_483_648L), "assessments.#1.score is past the largest count here");
    assertRefused(root -> ((ObjectNode) root.get("calibration")).put("minimumSpells", new BigInteger("1" + "0".repeat(30))),
        "calibration.minimumSpells is past the largest count, 2^63 - 1");
    assertRefused(root -> ((ObjectNode) assessment(root, 0).get("factors").get(0)).put("points", -2),
        "assessments.#1.factors.#1.points must be a count");
    String json = SAMPLE_JSON.replaceFirst("\"rate\":[0-9.E-]+", "\"rate\":1e400");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, RiskReport.class));
    assertTrue(msg(e).contains("rate must be a finite number or null"), msg(e));
  }

  @Test
  void aDocumentThatIsNotAnObjectOrNotWellFormedIsRefusedWithoutQuotingIt() {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("[1, 2]", RiskReport.class));
    assertTrue(msg(e).contains("a risk report's JSON must be an object, not ARRAY"), msg(e));
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"" + PERSONAL + "\"", RiskReport.class));
    assertFalse(msg(e).contains(PERSONAL), msg(e));
    String bad = SAMPLE_JSON.replace("\"model\":", "\"model\":Maria,\"was\":");
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(bad, RiskReport.class));
    assertTrue(msg(e).contains("a risk report's JSON is not well-formed at line 1, column"), msg(e));
    assertFalse(msg(e).contains("Maria"), msg(e));
    assertNull(readOrNull("null"));
  }

  @Test
  void aRiskReportInsideAnApplicationsOwnObjectIsReadAndTheMessageNamesThePath() throws IOException {
    String json = "{\"week\":12,\"risk\":" + SAMPLE_JSON.strip() + "}";
    assertEquals(SAMPLE, MAPPER.readValue(json, Weekly.class).risk);

    String bad = json.replace("\"minimumSpells\":", "\"minimumSpells\":-1,\"was\":");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(bad, Weekly.class));
    assertTrue(msg(e).contains("calibration.minimumSpells must be a count"), msg(e));
    assertEquals("risk", e.getPath().get(0).getFieldName());
  }

  /** An application's own type holding a risk report. */
  static final class Weekly {
    public int week;
    public @org.jspecify.annotations.Nullable RiskReport risk;
  }

  private static final String SAMPLE_JSON = RiskRenderer.json(SAMPLE);

  private static @org.jspecify.annotations.Nullable RiskReport readOrNull(String json) {
    try {
      return MAPPER.readValue(json, RiskReport.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode assessment(ObjectNode root, int i) {
    return (ObjectNode) root.get("assessments").get(i);
  }

  private static ObjectNode level(ObjectNode root, int i) {
    return (ObjectNode) root.get("calibration").get("levels").get(i);
  }

  private static String msg(Exception e) {
    return Documents.msg(e);
  }

  private static String edit(Consumer<ObjectNode> change) throws IOException {
    return Documents.edit(SAMPLE_JSON, change);
  }

  private static void assertRefused(Consumer<ObjectNode> change, String message) {
    Documents.assertRefused(SAMPLE_JSON, RiskReport.class, change, message);
  }
}
