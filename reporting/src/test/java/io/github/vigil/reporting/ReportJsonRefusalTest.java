package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.risk.RiskReport;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule by which {@link PublishedReport#parse} and {@link RiskRenderer#parse} refuse a
 * document that their writers could not have written, one edit of a written document at a time,
 * with the exact message; and the edits next to each rule that they must accept.
 *
 * <p>The published report is that of {@link ClaimsReportTest}'s registry (claims, flows, moves
 * between categories, named sources); the risk report is {@link RiskRendererTest}'s worked
 * example (two people assessed, LOW with one spell, the other levels with none).
 */
class ReportJsonRefusalTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The report's JSON with sources named and cells of one person shown. */
  private static String published() {
    return ClaimsReportTest.report("sources", 1).render(ReportFormat.JSON, Language.EN);
  }

  private static String risk() {
    return RiskRenderer.json(RiskRendererTest.workedExample());
  }

  /**
   * Returns {@code json} with the value at {@code pointer} replaced by {@code value} (JSON text),
   * or removed when {@code value} is {@code REMOVE}.
   */
  static String edited(String json, String pointer, String value) {
    return edited(
        json,
        root -> {
          JsonPointer p = JsonPointer.compile(pointer);
          ContainerNode<?> parent = (ContainerNode<?>) root.at(p.head());
          String last = p.last().getMatchingProperty();
          if (parent instanceof ArrayNode array) {
            int i = p.last().getMatchingIndex();
            if (value.equals("REMOVE")) {
              array.remove(i);
            } else {
              array.set(i, tree(value));
            }
          } else if (value.equals("REMOVE")) {
            ((ObjectNode) parent).remove(last);
          } else {
            ((ObjectNode) parent).set(last, tree(value));
          }
        });
  }

  private static String edited(String json, Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) tree(json);
    edit.accept(root);
    return root.toString();
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "/formatVersion | 2 | formatVersion must be 1, the version this reader reads",
        "/formatVersion | 0 | formatVersion must be 1, the version this reader reads",
        "/groups/free | 99 | groups.free must equal categories.FULL",
        "/groups/exiled | 99 | groups.exiled must equal categories.EXILED",
        "/groups/deceased | 99 | groups.deceased must equal categories.DECEASED",
        "/minCell | 0 | minCell must be a whole number from 1 to 2147483647",
        "/minCell | 2147483648 | minCell must be a whole number from 1 to 2147483647",
        "/sources/1 | '\"\\u0001\"' | sources.#2 is not a source label (blank, longer than 200"
            + " characters or with control characters)",
        "/sources/2 | '\"foro-penal\"' | sources.#3 repeats a source",
        "/claims/headline | '\"some\"' | claims.headline must be \"all\" or \"verified\"",
        "/claims/headline | '\"\"' | claims.headline must be \"all\" or \"verified\"",
      })
  void aPublishedReportThatNoWriterWritesIsRefusedByItsRule(String pointer, String value, String message) {
    assertRefused(PublishedReport::parse, edited(published(), pointer, value), message);
  }

  /** Asserts that {@code parse} refuses {@code json} with exactly {@code message}. */
  private static void assertRefused(Function<String, ?> parse, String json, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse.apply(json));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aHiddenCaseOutcomeIsRefused() {
    String json =
        edited(
            published(),
            root -> {
              ObjectNode outcomes = (ObjectNode) root.get("caseOutcomes");
              outcomes.putNull(outcomes.fieldNames().next());
            });
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublishedReport.parse(json));
    assertEquals("caseOutcomes has a null count; none is hidden", e.getMessage());
  }

  @Test
  void theMedianWaitOfReleaseOrdersIsThereExactlyWhenSomeOrderWaits() {
    String json = published();
    assertEquals("0", tree(json).at("/releaseOrdersNotExecuted").toString());
    assertFalse(tree(json).at("/releaseOrderWaits").has("medianDays"));
    // orders waiting without their median: refused by the key
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PublishedReport.parse(edited(json, "/releaseOrdersNotExecuted", "3")));
    assertEquals("releaseOrderWaits.medianDays is missing", e.getMessage());
    // nor may a median stand beside no waiting order
    IllegalArgumentException beside =
        assertThrows(
            IllegalArgumentException.class,
            () -> PublishedReport.parse(edited(json, "/releaseOrderWaits/medianDays", "4")));
    assertEquals(
        "releaseOrderWaits.medianDays is not published when no order waits", beside.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"all", "verified", "sources", "official"})
  void everyHeadlineIsReadAndWrittenBackByteForByte(String view) {
    String json = ClaimsReportTest.report(view, 1).render(ReportFormat.JSON, Language.EN);
    assertEquals(json, PublishedReport.parse(json).toJson());
  }

  @Test
  void quartilesThatAreWholeDaysAreWrittenWithoutAFractionAndTheOthersWithIt() {
    JsonNode durations = tree(published()).at("/durations/deprivedOfLiberty");
    assertEquals("12.5", durations.get("lowerQuartile").toString());
    assertEquals("13", durations.get("median").toString());
    assertEquals("136", durations.get("upperQuartile").toString());
  }

  @ParameterizedTest
  @CsvSource({"9007199254740991, 9007199254740991", "9007199254740992, 9.007199254740992E15", "1e300, 1.0E300"})
  void aQuartileOfAnyFiniteSizeIsWrittenBackAsItWasRead(String read, String written) {
    String json = edited(published(), "/durations/deprivedOfLiberty/upperQuartile", read);
    assertEquals(
        written,
        tree(PublishedReport.parse(json).toJson()).at("/durations/deprivedOfLiberty/upperQuartile").toString());
  }

  @Test
  void theLargestMinimumCellIsRead() {
    assertEquals(
        Integer.MAX_VALUE,
        PublishedReport.parse(edited(published(), "/minCell", String.valueOf(Integer.MAX_VALUE))).minCell());
  }

  @Test
  void zerosAmongTheMovesAreReadAsIfLeftOut() {
    String json = published();
    ObjectNode moves = (ObjectNode) tree(json).at("/claims/moves");
    String from = moves.fieldNames().next();
    String absentTo = absent(moves.get(from));
    String absentFrom = absent(moves);
    String withZeros =
        edited(
            json,
            root -> {
              ObjectNode m = (ObjectNode) root.at("/claims/moves");
              ((ObjectNode) m.get(from)).put(absentTo, 0); // a zero beside counts
              m.putObject(absentFrom).put(from, 0); // a row of zeros only
            });
    assertEquals(PublishedReport.parse(json), PublishedReport.parse(withZeros));
    assertEquals(json, PublishedReport.parse(withZeros).toJson());
  }

  /** Returns the first category, in report order, that is not a key of {@code row}. */
  private static String absent(JsonNode row) {
    return CategoryCounts.REPORT_ORDER.stream()
        .map(FreedomCategory::name)
        .filter(c -> !row.has(c))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "/formatVersion | 2 | formatVersion must be 1, the version this reader reads",
        "/assessments/1/id | '\"A\"' | assessments.#2.id must come after the id before it:"
            + " assessments are in increasing order of id",
        "/assessments/0/id | '\"C\"' | assessments.#2.id must come after the id before it:"
            + " assessments are in increasing order of id",
        "/assessments/0/category | '\"DETAINED\"' | assessments.#1.category must be one of HOUSE_ARREST,"
            + " CONDITIONAL or FULL",
        "/assessments/1/factors/0/points | 0 | assessments.#2.factors.#1.points must be positive",
        "/assessments/1/factors/0/detail | '\" \"' | assessments.#2.factors.#1.detail must not be"
            + " blank",
        "/assessments/1/score | 4 | assessments.#2.score must be the sum of its factors' points",
        "/assessments/1/score | 2 | assessments.#2.score must be the sum of its factors' points",
        "/calibration/method | '\"other\"' | calibration.method is not the method this version"
            + " computes",
        "/calibration/levels/2 | REMOVE | calibration.levels must be LOW, MODERATE and HIGH, in that"
            + " order",
        "/calibration/levels/0/level | '\"MODERATE\"' | calibration.levels.#1.level must be LOW: the"
            + " levels are LOW, MODERATE and HIGH, in that order",
        "/calibration/levels/1/rates/0/days | 31 | calibration.levels.#2.rates must be at the same"
            + " days as the rates of the first level",
        "/calibration/levels/0/warning | null | calibration.levels.#1.warning must be given"
            + " exactly when spells are fewer than minimumSpells",
        "/calibration/minimumSpells | 1 | calibration.levels.#1.warning must be given exactly when"
            + " spells are fewer than minimumSpells",
        "/calibration/levels/0/rates/0/rate | -0.5 | calibration.levels.#1.rates.#1.rate must be a"
            + " share from 0 to 1, or null",
        "/calibration/levels/0/rates/0/rate | 1.5 | calibration.levels.#1.rates.#1.rate must be a"
            + " share from 0 to 1, or null",
      })
  void aRiskReportThatNoWriterWritesIsRefusedByItsRule(String pointer, String value, String message) {
    assertRefused(RiskRenderer::parse, edited(risk(), pointer, value), message);
  }

  @Test
  void theWorkedExamplesRiskReportIsReadAndWrittenBackByteForByte() {
    RiskReport read = RiskRenderer.parse(risk());
    assertEquals(RiskRendererTest.workedExample(), read);
    assertEquals(risk(), RiskRenderer.json(read));
  }
}
