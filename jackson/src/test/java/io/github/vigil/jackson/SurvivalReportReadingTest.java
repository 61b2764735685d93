package io.github.vigil.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.cli.sample.BundledSample;
import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.survival.IncidenceReport;
import io.github.vigil.survival.PublishedIncidenceReport;
import io.github.vigil.survival.PublishedSurvivalReport;
import io.github.vigil.survival.ReportOptions;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.survival.SurvivalReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reading survival and competing-risks reports back into what they published, and hostile JSON. */
class SurvivalReportReadingTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private static final ObjectMapper MAPPER = Documents.MAPPER;
  private static final String PERSONAL = Documents.PERSONAL;

  /** The release spells of the bundled sample, as of the day. */
  private static final List<ReleaseSpell> SPELLS = ReleaseSpells.from(BundledSample.read().registry().asOf(DAY));

  private static final SurvivalReport SURVIVAL =
      SurvivalReport.fit(
          SurvivalData.builder(ReleaseSpells.times(SPELLS), ReleaseSpells.rearrests(SPELLS))
              .groups(SPELLS.stream().map(s -> s.rearrested() ? "again" : "not yet").toList())
              .build(),
          ReportOptions.builder().addTimes(7.0, 30.0).addQuantiles(0.5).wholeCurve(true).restrictedMeanHorizon(60).build());

  private static final IncidenceReport INCIDENCE =
      IncidenceReport.fit(
          SurvivalData.builder(ReleaseSpells.times(SPELLS), ReleaseSpells.ended(SPELLS))
              .causes(ReleaseSpells.endings(SPELLS), ReleaseSpells.ENDINGS)
              .build());

  @Test
  void theSamplesSurvivalReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes() throws IOException {
    PublishedSurvivalReport read = Documents.assertReadBack(SURVIVAL, PublishedSurvivalReport.class, SURVIVAL.published());

    assertTrue(read.km().size() > 0 && read.steps().isPresent() && read.restrictedMeans().isPresent());
    assertTrue(read.logRank().isPresent() || read.logRankRefused().isPresent());
  }

  @Test
  void theSamplesCompetingRisksReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes() throws IOException {
    PublishedIncidenceReport read =
        Documents.assertReadBack(INCIDENCE, PublishedIncidenceReport.class, INCIDENCE.published());

    assertEquals(ReleaseSpells.ENDINGS, read.kinds().keySet().asList());
  }

  @Test
  void whatTheCommandLinePrintsIsReadAndItsOwnKeysIgnored() throws IOException {
    String printed = Documents.vigil("survival", "--as-of", DAY.toString(), "--format", "json");

    PublishedSurvivalReport read = MAPPER.readValue(printed, PublishedSurvivalReport.class);

    assertTrue(read.n() > 0);
    assertEquals(MAPPER.readTree(printed).get("km"), MAPPER.readTree(MAPPER.writeValueAsString(read)).get("km"));
  }

  @Test
  void anIndentedDocumentReadsTheSame() throws IOException {
    ObjectMapper indenting = new ObjectMapper().registerModule(new VigilModule()).enable(SerializationFeature.INDENT_OUTPUT);

    assertEquals(SURVIVAL.published(), MAPPER.readValue(indenting.writeValueAsString(SURVIVAL), PublishedSurvivalReport.class));
    assertEquals(INCIDENCE.published(), MAPPER.readValue(indenting.writeValueAsString(INCIDENCE), PublishedIncidenceReport.class));
  }

  @Test
  void aReportIsNotRebuiltFromItsJsonAndTheMessageSaysWhatToRead() throws IOException {
    String survival = MAPPER.writeValueAsString(SURVIVAL);
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(survival, SurvivalReport.class));
    assertTrue(msg(e).contains("a SurvivalReport is not read back from its JSON (it holds the table it was fitted on):"
        + " read a PublishedSurvivalReport"), msg(e));
    String incidence = MAPPER.writeValueAsString(INCIDENCE);
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(incidence, IncidenceReport.class));
    assertTrue(msg(e).contains("an IncidenceReport is not read back"), msg(e));
    assertTrue(msg(e).contains("read a PublishedIncidenceReport"), msg(e));
  }

  @Test
  void keysThisVersionDoesNotKnowAreIgnored() throws IOException {
    String json = edit(root -> {
      root.put("file", PERSONAL);
      ((ObjectNode) root.get("km").get(0)).put("weightedAtRisk", 3.5);
    });

    assertEquals(SURVIVAL.published(), MAPPER.readValue(json, PublishedSurvivalReport.class));
  }

  @Test
  void hostileDocumentsAreRefusedByThePathOfTheirKeyNeverWithTheirValues() {
    assertRefused(root -> root.remove("droppedRows"), "droppedRows is missing");
    assertRefused(root -> ((ObjectNode) root.get("medians").get(1)).remove("median"), "medians.#2.median is missing");
    assertRefused(root -> root.put("events", PERSONAL), "events must be a count");
    assertRefused(root -> root.putNull("n"), "n must be a count");
    assertRefused(root -> root.put("km", PERSONAL), "km must be an array");
    assertRefused(root -> root.putArray("km").add(PERSONAL), "km.#1 must be an object");
    assertRefused(root -> ((ObjectNode) root.get("steps").get(0)).put("group", 5), "steps.#1.group must be text");
    assertRefused(root -> ((ObjectNode) root.get("quantiles").get(0)).putNull("p"), "quantiles.#1.p must be a number");
    assertRefused(root -> ((ObjectNode) root.get("atTimes").get(0)).put("atRisk", 1L << 40),
        "atTimes.#1.atRisk is past the largest count here, 2^31 - 1");
    assertRefused(root -> ((ObjectNode) root.get("km").get(0)).put("survival", PERSONAL),
        "km.#1.survival must be a finite number or null");
    assertRefused(root -> root.put("logRankRefused", 3), "logRankRefused must be text");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefusedWithoutQuotingIt() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue("[1, 2]", PublishedSurvivalReport.class));
    assertTrue(msg(e).contains("a published survival report's JSON must be an object, not ARRAY"), msg(e));
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"" + PERSONAL + "\"", PublishedIncidenceReport.class));
    assertTrue(msg(e).contains("a published competing-risks report's JSON must be an object, not STRING"), msg(e));
    assertFalse(msg(e).contains(PERSONAL), msg(e));
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"n\":" + PERSONAL + "}", PublishedSurvivalReport.class));
    assertTrue(msg(e).contains("is not well-formed at line 1, column"), msg(e));
    assertFalse(msg(e).contains("María"), msg(e));
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"n\":1}", PublishedIncidenceReport.class));
    assertTrue(msg(e).contains("cannot read a published competing-risks report: censored is missing"), msg(e));
  }

  private static String msg(Exception e) {
    return Documents.msg(e);
  }

  private static String edit(Consumer<ObjectNode> change) throws IOException {
    return Documents.edit(write(SURVIVAL), change);
  }

  private static void assertRefused(Consumer<ObjectNode> change, String message) {
    Documents.assertRefused(write(SURVIVAL), PublishedSurvivalReport.class, change, message);
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
