package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.DetaineeId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReadingTest {
  @TempDir Path dir;

  private static final String FACILITIES =
      "\"facilities\":[{\"id\":\"helicoide\",\"name\":\"El Helicoide\",\"kind\":\"INTELLIGENCE\"}]";
  private static final String DETAINEES =
      "\"detainees\":[{\"id\":\"A\",\"name\":\"" + Folders.SECRET_NAME + "\",\"gender\":\"F\"},{\"id\":\"B\"}]";

  private Path json(String body) throws IOException {
    return Files.writeString(dir.resolve("registry.json"), body, StandardCharsets.UTF_8);
  }

  private ReadResult read(String events) throws IOException {
    return Folders.read(
        json("{\"formatVersion\":1,\"country\":\"VE\"," + FACILITIES + "," + DETAINEES + ",\"events\":[" + events + "]}"));
  }

  private static String message(Path p) {
    return String.valueOf(assertThrows(RegistryFormatException.class, () -> RegistryReader.read(p)).getMessage());
  }

  @Test
  void aDocumentLoadsWithItsCountryAndRecords() throws IOException {
    ReadResult r =
        read("{\"detainee_id\":\"A\",\"date\":\"2024-01-01\",\"type\":\"ARREST\",\"facility_id\":\"helicoide\",\"note\":null}");
    assertEquals(List.of(), Folders.lines(r));
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals(1, r.registry().history(DetaineeId.of("A")).orElseThrow().events().size());
  }

  @Test
  void aRecordsLineIsItsPositionInItsArrayPlusOne() throws IOException {
    ReadResult r =
        read(
            "{\"detainee_id\":\"A\",\"date\":\"2024-01-01\",\"type\":\"ARREST\",\"facility_id\":\"helicoide\"},"
                + "{\"detainee_id\":\"A\",\"date\":\"2024-13-01\",\"type\":\"RELEASE\"}");
    assertEquals(
        List.of("registry.json#events:3: date '2024-13-01' is not a valid date: ISO yyyy-mm-dd is expected"),
        Folders.lines(r));
    assertEquals(2, r.counts("registry.json#events").orElseThrow().read());
  }

  @Test
  void keysMayComeInAnyOrderEvenEventsFirst() throws IOException {
    ReadResult r =
        Folders.read(
            json(
                "{\"events\":[{\"detainee_id\":\"A\",\"date\":\"2024-01-01\",\"type\":\"ARREST\",\"facility_id\":\"helicoide\"}],"
                    + DETAINEES + "," + FACILITIES + ",\"formatVersion\":1}"));
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(1, r.registry().eventCount());
  }

  @Test
  void aValueThatIsNotAStringRejectsItsRecord() throws IOException {
    ReadResult r =
        read(
            "{\"detainee_id\":\"A\",\"date\":\"2024-01-01\",\"type\":\"ARREST\",\"facility_id\":\"helicoide\",\"source\":7},"
                + "\"just text\"");
    assertEquals(
        List.of(
            "registry.json#events:2: source must be a JSON string or null, was a number",
            "registry.json#events:3: the record is not a JSON object"),
        Folders.lines(r));
  }

  @Test
  void theConfidentialKeyIsAStringTrueOrFalseInAnyCaseAndMissingOrNullIsFalse() throws IOException {
    ReadResult r =
        Folders.read(
            json(
                "{\"formatVersion\":1," + FACILITIES + ",\"detainees\":["
                    + "{\"id\":\"A\",\"name\":\"" + Folders.SECRET_NAME + "\",\"confidential\":\"True\"},"
                    + "{\"id\":\"B\",\"confidential\":\"false\"},"
                    + "{\"id\":\"C\",\"confidential\":null},"
                    + "{\"id\":\"D\"},"
                    + "{\"id\":\"E\",\"name\":\"" + Folders.SECRET_NAME + "\",\"confidential\":true},"
                    + "{\"id\":\"F\",\"name\":\"" + Folders.SECRET_NAME + "\",\"confidential\":\"si\"}"
                    + "],\"events\":[]}"));
    assertEquals(
        List.of(
            "registry.json#detainees:6: confidential must be a JSON string or null, was a boolean",
            "registry.json#detainees:7: confidential is not true, false or blank (a value of 2 characters, not shown)"),
        Folders.lines(r));
    assertEquals(List.of(), r.warnings());
    assertEquals(
        List.of(true, false, false, false),
        r.registry().detainees().stream().map(d -> d.confidential()).toList());
  }

  @Test
  void unknownKeysWarnOncePerArray() throws IOException {
    ReadResult r =
        Folders.read(
            json(
                "{\"formatVersion\":1,\"colour\":\"red\"," + FACILITIES + "," + DETAINEES + ",\"events\":["
                    + "{\"detainee_id\":\"A\",\"date\":\"2024-01-01\",\"type\":\"ARREST\",\"facility_id\":\"helicoide\",\"x\":\"1\"},"
                    + "{\"detainee_id\":\"A\",\"date\":\"2024-01-02\",\"type\":\"RELEASE\",\"x\":\"2\"}]}"));
    assertEquals(
        List.of("registry.json: unknown key 'colour' is ignored", "registry.json#events: unknown key 'x' is ignored"),
        r.warnings());
  }

  @Test
  void malformedJsonStopsLoadingWithItsLine() throws IOException {
    assertTrue(message(json("{\"formatVersion\":1,\n\"facilities\":[,]}")).startsWith("registry.json is not well-formed JSON at line 2"));
    assertTrue(message(json("[]")).startsWith("registry.json must hold one JSON object"));
  }

  @Test
  void aWrongOrMissingFormatVersionStopsLoading() throws IOException {
    assertEquals(
        "registry.json has formatVersion '2' (line 1); this version of Vigil reads format version 1",
        message(json("{\"formatVersion\":2,\"facilities\":[],\"detainees\":[],\"events\":[]}")));
    assertEquals(
        "registry.json has no formatVersion; write \"formatVersion\":1",
        message(json("{\"facilities\":[],\"detainees\":[],\"events\":[]}")));
  }

  @Test
  void aFormatVersionWrittenAsAStringIsNamedAsSuch() throws IOException {
    assertEquals(
        "registry.json has formatVersion '1' as a string (line 1); write it as a number:"
            + " \"formatVersion\":1",
        message(json("{\"formatVersion\":\"1\",\"facilities\":[],\"detainees\":[],\"events\":[]}")));
  }

  @Test
  void aMissingArrayStopsLoading() throws IOException {
    assertTrue(message(json("{\"formatVersion\":1,\"facilities\":[],\"detainees\":[]}")).startsWith("registry.json has no \"events\" array"));
  }

  @Test
  void aDocumentThatIsNotUtf8StopsLoading() throws IOException {
    Files.write(dir.resolve("registry.json"), "{\"formatVersion\":1,\"name\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(message(dir.resolve("registry.json")).startsWith("registry.json is not UTF-8 text"));
  }

  private static final String EMPTY_ARRAYS = "\"facilities\":[],\"detainees\":[],\"events\":[]";

  @Test
  void aFormatVersionThatIsNotTheIntegerOneIsShownOrNamed() throws IOException {
    assertEquals(
        "registry.json has formatVersion '1.0' (line 1); this version of Vigil reads format version 1",
        message(json("{\"formatVersion\":1.0," + EMPTY_ARRAYS + "}")));
    assertEquals(
        "registry.json has formatVersion '4294967297' (line 1); this version of Vigil reads format version 1",
        message(json("{\"formatVersion\":4294967297," + EMPTY_ARRAYS + "}")));
    assertEquals(
        "registry.json has formatVersion not a number (line 2); this version of Vigil reads format version 1",
        message(json("{\n\"formatVersion\":true," + EMPTY_ARRAYS + "}")));
  }

  @Test
  void aTopLevelKeyRepeatedStopsReadingAtItsLine() throws IOException {
    assertEquals(
        "registry.json repeats the key \"facilities\" (line 4)",
        message(json("{\"formatVersion\":1,\n" + EMPTY_ARRAYS + ",\n\n\"facilities\":[]}")));
    assertEquals(
        "registry.json repeats the key \"country\" (line 1)",
        message(json("{\"country\":\"VE\",\"country\":\"VE\",\"formatVersion\":1," + EMPTY_ARRAYS + "}")));
  }

  @Test
  void anArrayThatIsNotAnArrayStopsReading() throws IOException {
    assertEquals(
        "registry.json: detainees must be an array of records (line 2)",
        message(json("{\"formatVersion\":1,\"facilities\":[],\n\"detainees\":{},\"events\":[]}")));
    assertEquals(
        "registry.json has no \"facilities\" array (it is required, even if empty: []).",
        message(json("{\"formatVersion\":1,\"detainees\":[],\"events\":[]}")));
  }

  @Test
  void theCountryAndNameAreTrimmedStringsAndBlankOrNullIsNone() throws IOException {
    ReadResult r = Folders.read(json("{\"formatVersion\":1,\"country\":\" VE \",\"name\":\" Foro \"," + EMPTY_ARRAYS + "}"));
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals("Foro", r.registry().name().orElseThrow());
    r = Folders.read(json("{\"formatVersion\":1,\"country\":null,\"name\":\"  \"," + EMPTY_ARRAYS + "}"));
    assertTrue(r.registry().country().isEmpty());
    assertTrue(r.registry().name().isEmpty());
    assertEquals(
        "registry.json: country must be a string or null",
        message(json("{\"formatVersion\":1,\"country\":7," + EMPTY_ARRAYS + "}")));
    assertEquals(
        "registry.json: name must be a string or null",
        message(json("{\"formatVersion\":1,\"name\":[\"a\"]," + EMPTY_ARRAYS + "}")));
  }

  @Test
  void aSecondValueAfterTheDocumentStopsReadingAtItsLine() throws IOException {
    assertEquals(
        "registry.json holds more than one JSON value (line 2)",
        message(json("{\"formatVersion\":1," + EMPTY_ARRAYS + "}\n{}")));
  }

  @Test
  void eachKindOfValueThatIsNotAStringIsNamed() throws IOException {
    ReadResult r =
        Folders.read(
            json(
                "{\"formatVersion\":1," + FACILITIES + ",\"detainees\":["
                    + "{\"id\":\"B\",\"gender\":[\"F\"]},"
                    + "{\"id\":\"C\",\"gender\":{\"a\":1}},"
                    + "{\"id\":\"D\",\"gender\":1.5},"
                    + "{\"id\":\"E\",\"gender\":false},"
                    + "{\"id\":\"G\",\"gender\":null}"
                    + "],\"events\":[]}"));
    assertEquals(
        List.of(
            "registry.json#detainees:2: gender must be a JSON string or null, was an array",
            "registry.json#detainees:3: gender must be a JSON string or null, was an object",
            "registry.json#detainees:4: gender must be a JSON string or null, was a number",
            "registry.json#detainees:5: gender must be a JSON string or null, was a boolean"),
        Folders.lines(r));
    assertEquals(1, r.registry().detainees().size());
  }

  @Test
  void aRecordOfNullsAndBlanksIsSkippedButOneWithAnUnknownKeyIsRead() throws IOException {
    ReadResult r =
        Folders.read(
            json(
                "{\"formatVersion\":1," + FACILITIES + ",\"detainees\":["
                    + "{\"id\":\"A\"},{},{\"id\":null,\"name\":\"  \"},{\"id\":\"B\",\"gender\":\"Q\"},"
                    + "{\"colour\":\"red\"}"
                    + "],\"events\":[]}"));
    assertEquals(
        List.of(
            "registry.json#detainees:5: gender 'Q' is not one of F, M, X",
            "registry.json#detainees:6: id is blank; it is required"),
        Folders.lines(r));
    assertEquals(3, r.counts("registry.json#detainees").orElseThrow().read());
  }

  @Test
  void theParsersLimitsAreNamed() throws IOException {
    assertEquals(
        "registry.json is nested deeper than 64 levels (line 1)",
        message(json("{\"formatVersion\":1,\"x\":" + "[".repeat(70) + "]".repeat(70) + "," + EMPTY_ARRAYS + "}")));
    assertEquals(
        "registry.json has a number longer than 1000 digits (line 1)",
        message(json("{\"formatVersion\":1,\"x\":" + "7".repeat(1001) + "," + EMPTY_ARRAYS + "}")));
  }

  @Test
  void anUnknownTopLevelKeyMayBeRepeated() throws IOException {
    ReadResult r = Folders.read(json("{\"formatVersion\":1,\"x\":1,\"x\":[2]," + EMPTY_ARRAYS + "}"));
    assertTrue(r.warnings().contains("registry.json: unknown key 'x' is ignored"), r.warnings()::toString);
  }

  @Test
  void aStringOfAHundredThousandCharactersIsReadAndALongerOneRejectsItsRecord() throws IOException {
    ReadResult r =
        Folders.read(
            json(
                "{\"formatVersion\":1," + FACILITIES + ",\"detainees\":["
                    + "{\"id\":\"A\",\"name\":\"" + "n".repeat(100_000) + "\"},"
                    + "{\"id\":\"B\",\"name\":\"" + "n".repeat(100_001) + "\"}"
                    + "],\"events\":[]}"));
    assertEquals(
        List.of("registry.json#detainees:3: name holds 100001 characters; at most 100000 are allowed"),
        Folders.lines(r));
    assertEquals(100_000, r.registry().detainees().get(0).name().orElseThrow().length());
  }
  @Test
  void aCountryOfTheDocumentThatIsNoCountryIsRefused() throws IOException {
    assertEquals(
        "registry.json: country 'VZ' is not an ISO 3166-1 alpha-2 code such as VE",
        message(json("{\"formatVersion\":1,\"country\":\"VZ\"," + EMPTY_ARRAYS + "}")));
  }

  @Test
  void tenUnknownKeysGiveTenWarningsAndNoCount() throws IOException {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      keys.append(",\"u").append(i).append("\":\"x\"");
    }
    ReadResult r = read("{\"detainee_id\":\"A\",\"date\":\"2024-01-01\",\"type\":\"ARREST\",\"facility_id\":\"helicoide\"" + keys + "}");
    assertEquals(10, r.warnings().size(), r.warnings().toString());
    assertEquals("registry.json#events: unknown key 'u9' is ignored", r.warnings().get(9));
  }
}
