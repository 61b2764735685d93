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
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.PublishedReport;
import io.github.vigil.reporting.ReportOptions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reading a freedom report's JSON back, and reading hostile JSON. */
class PublishedReportReadingTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new VigilModule());
  /** A value planted in hostile documents: no message may repeat it. */
  private static final String PERSONAL = "María Pérez";

  private static final FreedomReport SAMPLE =
      FreedomReport.of(
          BundledSample.read().registry().asOf(DAY).includingClaims(),
          ReportOptions.builder().since(DAY.minusDays(14)).build());

  @Test
  void theSampleReportIsReadBackIntoWhatItPublishedAndWrittenInTheSameBytes() throws IOException {
    String json = MAPPER.writeValueAsString(SAMPLE);

    PublishedReport read = MAPPER.readValue(json, PublishedReport.class);

    assertEquals(SAMPLE.published(), read);
    assertEquals(json, MAPPER.writeValueAsString(read));
    // the sample has every section: flows, claims with flows, hidden cells
    assertTrue(read.flows().isPresent() && read.claims().orElseThrow().verifiedFlows().isPresent());
    assertTrue(read.breakdown("byFacility").rows().values().stream()
        .anyMatch(row -> row.values().stream().anyMatch(n -> n.isEmpty())));
    assertEquals(SAMPLE.categories().get(FreedomCategory.DETAINED), read.categories().get(FreedomCategory.DETAINED));
  }

  @Test
  void anIndentedDocumentReadsTheSame() throws IOException {
    String indented = new ObjectMapper().registerModule(new VigilModule())
        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SAMPLE);

    assertEquals(SAMPLE.published(), MAPPER.readValue(indented, PublishedReport.class));
  }

  @Test
  void keysThisVersionDoesNotKnowAreIgnored() throws IOException {
    String json = edit(root -> {
      root.put("aKeyAddedLater", PERSONAL);
      ((ObjectNode) root.get("byFacility").get("helicoide")).put("A_NEW_CATEGORY", 3);
      ((ObjectNode) root.get("durations")).putObject("aNewKind").put("people", 1);
    });

    assertEquals(SAMPLE.published(), MAPPER.readValue(json, PublishedReport.class));
  }

  @Test
  void aMissingKeyIsNamed() {
    assertRefused(root -> root.remove("population"), "population is missing");
    assertRefused(root -> ((ObjectNode) root.get("releaseOrderWaits")).remove("over30Days"),
        "releaseOrderWaits.over30Days is missing");
    assertRefused(root -> ((ObjectNode) root.get("durations").get("releasePending")).remove("buckets"),
        "durations.releasePending.buckets is missing");
    assertRefused(root -> root.remove("byProfile"), "byProfile is missing");
    assertRefused(root -> ((ObjectNode) root.get("byFacility").get("helicoide")).remove("FULL"),
        "byFacility.#2.FULL is missing");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedAndNotRepeated() {
    assertRefused(root -> root.put("population", PERSONAL), "population must be a count");
    assertRefused(root -> root.put("population", 12.5), "population must be a count");
    assertRefused(root -> root.putNull("population"), "population must be a count");
    assertRefused(root -> root.put("asOf", PERSONAL), "asOf must be an ISO date");
    assertRefused(root -> root.put("asOf", "2026-02-30"), "asOf must be an ISO date");
    assertRefused(root -> root.put("policy", 3), "policy must be text");
    assertRefused(root -> root.put("groups", PERSONAL), "groups must be an object");
    assertRefused(root -> ((ObjectNode) root.get("claims")).put("headline", PERSONAL),
        "claims.headline must be \"all\" or \"verified\"");
    assertRefused(root -> ((ObjectNode) root.get("byFacility")).put(PERSONAL, PERSONAL),
        "byFacility.#9 must be an object");
    assertRefused(root -> ((ObjectNode) root.get("claims").get("bySource")).put(PERSONAL, PERSONAL),
        "claims.bySource.#");
    assertRefused(root -> root.putArray("sources").add(" "), "sources.#1 is not a source label");
    assertRefused(root -> root.putArray("sources").add("a").add("a"), "sources.#2 repeats a source");
  }

  @Test
  void negativeCountsAndCountsPastTheLargestAreRefused() {
    assertRefused(root -> root.put("rearrests", -1), "rearrests must be a count: a whole number, not negative");
    assertRefused(root -> ((ObjectNode) root.get("byAffiliation").get("MILITARY")).put("DETAINED", -4),
        "byAffiliation.#2.DETAINED must be a count");
    assertRefused(root -> root.put("population", new java.math.BigInteger("9223372036854775808")),
        "population is past the largest count, 2^63 - 1");
    assertRefused(root -> ((ObjectNode) root.get("caseOutcomes")).put("ACQUITTED", new java.math.BigInteger("1" + "0".repeat(40))),
        "caseOutcomes.#");
    assertRefused(root -> ((ObjectNode) root.get("releaseOrderWaits")).put("medianDays", -1.5),
        "releaseOrderWaits.medianDays must be a number of days");
    assertRefused(root -> root.put("minCell", 2_147_483_648L), "minCell must be a whole number from 1 to 2147483647");
    assertRefused(root -> root.put("formatVersion", 2), "formatVersion must be 1, the version this reader reads");
    assertRefused(root -> ((ObjectNode) root.get("groups")).put("free", 8), "groups.free must equal categories.FULL");
  }

  @Test
  void aCountPastTwoToTheThirtyFirstIsRead() throws IOException {
    String json = edit(root -> root.put("rejectedRows", 2_147_483_648L));

    assertEquals(2_147_483_648L, MAPPER.readValue(json, PublishedReport.class).rejectedRows());
  }

  @Test
  void aNumberPastEveryDoubleIsRefusedAsADuration() {
    String json = SAMPLE.toJson().replace("\"medianDays\":", "\"medianDays\":1e400,\"was\":");

    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, PublishedReport.class));
    assertTrue(msg(e).contains("releaseOrderWaits.medianDays must be a number of days"), msg(e));
  }

  @Test
  void malformedJsonSaysWhereWithoutQuotingIt() {
    String json = SAMPLE.toJson().replace("\"population\":", "\"population\":Maria,\"was\":");

    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, PublishedReport.class));
    assertTrue(msg(e).contains("not well-formed at line 1, column"), msg(e));
    assertFalse(msg(e).contains("Maria"), msg(e));
  }

  @Test
  void notAnObjectIsRefused() {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("[1, 2]", PublishedReport.class));
    assertTrue(msg(e).contains("must be an object, not ARRAY"), msg(e));
    e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"" + PERSONAL + "\"", PublishedReport.class));
    assertFalse(msg(e).contains(PERSONAL), msg(e));
  }

  @Test
  void aFreedomReportIsNotRebuiltFromItsJsonAndTheMessageSaysWhatToRead() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(SAMPLE.toJson(), FreedomReport.class));

    assertTrue(msg(e).contains("read a PublishedReport"), msg(e));
  }

  @Test
  void aPublishedReportInsideAnApplicationsOwnObjectIsReadAndTheMessageNamesThePath() throws IOException {
    String json = "{\"week\":12,\"report\":" + SAMPLE.toJson().strip() + "}";
    Weekly w = MAPPER.readValue(json, Weekly.class);
    assertEquals(SAMPLE.published(), w.report);

    String bad = json.replace("\"rearrests\":", "\"rearrests\":-1,\"was\":");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(bad, Weekly.class));
    assertTrue(msg(e).contains("rearrests must be a count"), msg(e));
    assertEquals("report", e.getPath().get(0).getFieldName());
  }

  /** An application's own type holding a report. */
  static final class Weekly {
    public int week;
    public @org.jspecify.annotations.Nullable PublishedReport report;
  }

  private static String msg(Exception e) {
    return Documents.msg(e);
  }

  private static String edit(Consumer<ObjectNode> change) throws IOException {
    return Documents.edit(SAMPLE.toJson(), change);
  }

  private static void assertRefused(Consumer<ObjectNode> change, String message) {
    Documents.assertRefused(SAMPLE.toJson(), PublishedReport.class, change, message);
  }
}
