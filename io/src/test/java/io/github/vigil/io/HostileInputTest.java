package io.github.vigil.io;

import static io.github.vigil.io.Folders.DETAINEES;
import static io.github.vigil.io.Folders.EVENTS_HEADER;
import static io.github.vigil.io.Folders.FACILITIES;
import static io.github.vigil.io.Folders.SECRET_NAME;
import static io.github.vigil.io.Folders.SECRET_NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written carelessly or with hostile intent: no name or note is ever repeated, no message
 * can forge a line or drive a terminal, no file exhausts memory, and every message names the
 * right line.
 */
class HostileInputTest {
  @TempDir Path dir;

  private static final String ARREST_A = "A,2024-01-01,ARREST,helicoide,,,,,";
  private static final String DETAINEES_HEADER =
      "id,name,birth_date,gender,nationality,affiliation,serious_health_condition\n";

  private static String message(Path path) {
    return String.valueOf(
        assertThrows(RegistryFormatException.class, () -> RegistryReader.read(path, Folders.OPTIONS))
            .getMessage());
  }

  private static void assertClean(String text) {
    assertFalse(text.contains("Secretname") || text.contains("Ana"), text);
    assertFalse(text.contains(SECRET_NOTE) || text.contains("0412"), text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertTrue(c >= 0x20 && c < 0x7f, "character " + (int) c + " in: " + text);
    }
  }

  private static void assertClean(ReadResult r) {
    for (Rejection x : r.rejections()) {
      assertClean(x.toString());
    }
    r.warnings().forEach(HostileInputTest::assertClean);
  }

  // 1. A file saved without its header line

  @Test
  void aPeopleFileWithoutItsHeaderLineStopsWithoutRepeatingTheFirstRow() {
    String message =
        message(Folders.folder(dir, FACILITIES, "P1," + SECRET_NAME + ",1990-01-01,F,VE,CIVILIAN,false\n", EVENTS_HEADER));
    assertTrue(message.startsWith("detainees.csv has no column 'id'"), message);
    assertTrue(message.contains("names none of its columns and 7 other columns"), message);
    assertClean(message);
  }

  @Test
  void anEventsFileWithoutItsHeaderLineStopsWithoutRepeatingTheNote() {
    String message =
        message(
            Folders.folder(
                dir, FACILITIES, DETAINEES, "A,2024-01-01,ARREST,helicoide,,,,,call Ana on 0412-555\n"));
    assertTrue(message.startsWith("events.csv has no column 'detainee_id'"), message);
    assertClean(message);
  }

  @Test
  void aHeaderMissingARequiredColumnNamesTheFormatsOwnColumnsOnly() {
    String message =
        message(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,day,type,Ana Perez\n"));
    assertEquals(
        "events.csv has no column 'date' (required: detainee_id, date, type); the header, line 1,"
            + " names detainee_id, type and 2 other columns (not shown: if line 1 is a row of"
            + " data, the header line is missing)",
        message);
  }

  @Test
  void unknownColumnsOfARealHeaderAreNamedOnlyWhenTheyLookLikeNames() throws IOException {
    ReadResult r =
        Folders.read(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,date,type,colour,Ana Perez\n"));
    assertEquals(
        List.of(
            "events.csv: unknown column 'colour' is ignored",
            "events.csv: unknown column (9 characters, not shown) is ignored"),
        r.warnings());
  }

  // 2. A bad measures value

  @Test
  void aBadMeasuresValueIsCutSanitisedAndNeverShowsOthersText() {
    String other = "OTHER(call Ana on 0412\u001b[2J\r\nevents.csv:99: forged)";
    ReadResult r =
        Folders.readEvents(
            dir,
            ARREST_A,
            "A,2024-01-02,TRANSFER,helicoide,\"OTHER(call Ana on 0412-555);SPEECH_BAN\",,,,",
            "A,2024-01-03,RELEASE,,\"" + "X".repeat(3_900) + "\u0007\",,,,",
            "A,2024-01-04,RELEASE,,\"SPEECH_BAN;" + other + ";OTHER(x(y))\",,,,",
            "A,2024-01-05,TRANSFER,helicoide,\"" + other + "\",,,,");
    assertEquals(4, r.rejections().size(), Folders.lines(r).toString());
    assertClean(r);
    assertEquals(
        "events.csv:3: measures must be blank on TRANSFER, was 'OTHER(...);SPEECH_BAN'",
        r.rejections().get(0).toString());
    assertTrue(r.rejections().get(1).reason().length() < 300, r.rejections().get(1).reason());
    for (Rejection x : r.rejections()) {
      assertEquals(1, x.toString().lines().count(), x.toString());
      assertFalse(x.toString().contains("events.csv:99"), x.toString());
    }
  }

  // 3. Shifted rows and swapped columns

  @Test
  void aNameShiftedIntoOtherColumnsByAnUnquotedCommaIsNeverShown() {
    // P1,Perez, Ana,...: as many fields as the header when a trailing optional one is left out
    String detainees = DETAINEES_HEADER + "P1,Perez, Ana,1990-01-01,F,VE,CIVILIAN\n";
    ReadResult r = Folders.read(Folders.folder(dir, FACILITIES, detainees, EVENTS_HEADER));
    assertEquals(1, r.rejections().size());
    assertClean(r);
    assertTrue(
        r.rejections().get(0).reason().startsWith("birth_date (3 characters, not shown) is not a valid date"),
        r.rejections().get(0).reason());
  }

  @Test
  void aNameSwappedIntoTheIdColumnIsNeverShown() {
    String detainees = DETAINEES_HEADER + "Ana Perez,P1,1990-01-01,F,VE,CIVILIAN,false\n";
    ReadResult r = Folders.read(Folders.folder(dir, FACILITIES, detainees, EVENTS_HEADER));
    assertClean(r);
    assertEquals(
        "detainees.csv:2: id (9 characters, not shown) is not a valid id: use only A-Z a-z 0-9 . _ -",
        r.rejections().get(0).toString());
  }

  @Test
  void namesInCodeCountryAndBooleanColumnsAreNeverShownButCodesAre() {
    String detainees =
        DETAINEES_HEADER
            + "P1,,,Ana,Perez,Lopez,Maria\n"
            + "P2,,,Q,VZ,civilian,yes\n";
    ReadResult r = Folders.read(Folders.folder(dir, FACILITIES, detainees, EVENTS_HEADER));
    assertClean(r);
    assertEquals(
        "detainees.csv:3: gender 'Q' is not one of F, M, X; nationality 'VZ' is not an ISO 3166-1"
            + " alpha-2 code such as VE; affiliation 'civilian' is not one of CIVILIAN, MILITARY"
            + " (codes are written in upper case: CIVILIAN); serious_health_condition (3"
            + " characters, not shown) is not true, false or blank",
        r.rejections().get(1).toString());
  }

  // 6. Look-alike ids

  @Test
  void lookAlikeIdsShowTheirCodePoints() {
    ReadResult r =
        Folders.readEvents(dir, ARREST_A, "\u04201,2024-01-02,ARREST,helicoide,,,,,", "P\uFF13,2024-01-02,ARREST,helicoide,,,,,");
    assertEquals(
        List.of(
            "events.csv:3: detainee_id '<U+0420>1' is not a valid id: use only A-Z a-z 0-9 . _ -",
            "events.csv:4: detainee_id 'P<U+FF13>' is not a valid id: use only A-Z a-z 0-9 . _ -"),
        Folders.lines(r));
  }

  // 7. Files that never end, periods that overflow dates

  @Test
  void aRegistryPropertiesLinkedToAnEndlessFileIsRefusedNotRead() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      Files.createSymbolicLink(f.resolve("registry.properties"), zero);
    } else {
      Files.write(f.resolve("registry.properties"), new byte[70_000]);
    }
    assertEquals(
        "registry.properties is larger than 65536 bytes; it holds only the keys country, name and claimed_sources",
        message(f));
  }

  @Test
  void aCourtAppearancePeriodBeyondAHundredYearsIsRejectedAtReading() {
    ReadResult r =
        Folders.readEvents(
            dir,
            ARREST_A,
            "A,2024-01-02,RELEASE,,COURT_APPEARANCE(P999999999Y),,,,",
            "A,2024-01-03,RELEASE,,COURT_APPEARANCE(P100Y),,,,");
    assertEquals(
        List.of(
            "events.csv:3: measures: COURT_APPEARANCE interval must be positive and at most 100"
                + " years: P999999999Y"),
        Folders.lines(r));
  }

  // 8. Millions of bad rows, millions of keys

  @Test
  void rejectionsCanBeStreamedAndAreThenCountedNotKept() throws IOException {
    StringBuilder events = new StringBuilder(EVENTS_HEADER);
    for (int i = 0; i < 50_000; i++) {
      events.append("x\n");
    }
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, events.toString());
    long[] seen = {0};
    long[] lastLine = {0};
    ReadResult r =
        RegistryReader.read(
            f,
            Folders.OPTIONS,
            x -> {
              seen[0]++;
              assertTrue(x.origin().line() > lastLine[0], "in line order");
              lastLine[0] = x.origin().line();
            });
    assertEquals(50_000, seen[0]);
    assertEquals(50_000, r.rejectedRows());
    assertEquals(List.of(), r.rejections());
    assertEquals(50_000, r.counts("events.csv").orElseThrow().rejected());
    assertFalse(r.isClean());
  }

  @Test
  void aRecordWithTooManyKeysIsRejectedAndItsWarningsCapped() throws IOException {
    StringBuilder record = new StringBuilder("{\"detainee_id\":\"A\"");
    for (int i = 0; i < 200_000; i++) {
      record.append(",\"k").append(i).append("\":null");
    }
    record.append('}');
    Path json =
        Files.writeString(
            dir.resolve("registry.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[{\"id\":\"A\"}],\"events\":["
                + record + "]}",
            StandardCharsets.UTF_8);
    ReadResult r = Folders.read(json);
    assertEquals(
        List.of(
            "registry.json#events:2: the record has more than 100 keys (a record of events has at"
                + " most 13)"),
        Folders.lines(r));
    assertEquals(11, r.warnings().size(), r.warnings().toString());
    assertEquals(
        "registry.json#events: and 89 more unknown keys are ignored", r.warnings().get(10));
  }

  @Test
  void manyUnknownKeysGiveTenWarningsAndACount() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      events.append(i == 0 ? "" : ",").append("{\"u").append(i).append("\":\"x\"}");
    }
    Path json =
        Files.writeString(
            dir.resolve("registry.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[],\"events\":[" + events + "]}",
            StandardCharsets.UTF_8);
    ReadResult r = Folders.read(json);
    assertEquals(11, r.warnings().size());
    assertEquals("registry.json#events: and 19,990 more unknown keys are ignored", r.warnings().get(10));
    assertEquals(20_000, r.rejectedRows());
  }

  @Test
  void aKeyOfTheFormatRepeatedInARecordStopsReading() throws IOException {
    Path json =
        Files.writeString(
            dir.resolve("registry.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[{\"id\":\"A\",\n\"id\":\"B\"}],\"events\":[]}",
            StandardCharsets.UTF_8);
    assertEquals("registry.json: a record of detainees repeats the key \"id\" (line 2)", message(json));
  }

  // 12. Country codes

  @Test
  void aCountryCodeThatIsNoCountryIsRefused() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.writeString(f.resolve("registry.properties"), "country=VZ\n");
    assertEquals(
        "registry.properties: country 'VZ' is not an ISO 3166-1 alpha-2 code such as VE", message(f));
  }

  // 13. Events from the future

  @Test
  void eventsDatedOrRecordedAfterTodayAreRejected() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES,
                EVENTS_HEADER
                    + ARREST_A + "\n"
                    + "B,2025-01-01,ARREST,helicoide,,,2205-01-01,,\n"
                    + "A,2205-01-02,RELEASE,,,,,,\n"
                    + "A,2026-01-15,RELEASE,,,,2026-01-16,,\n"),
            ReadOptions.builder().today(LocalDate.of(2026, 1, 15)).build());
    assertEquals(
        List.of(
            "events.csv:3: recorded_on 2205-01-01 is after today, 2026-01-15: it has not been"
                + " recorded yet",
            "events.csv:4: date 2205-01-02 is after today, 2026-01-15: it has not happened yet",
            "events.csv:5: recorded_on 2026-01-16 is after today, 2026-01-15: it has not been"
                + " recorded yet"),
        Folders.lines(r));
    assertEquals(LocalDate.of(2024, 1, 1), r.registry().latestEventDate().orElseThrow());
  }

  @Test
  void todayIsTheDateInTheEarliestTimeZoneByDefault() {
    LocalDate before = LocalDate.now(ReadOptions.EARLIEST_ZONE);
    LocalDate today = ReadOptions.defaults().todayOrNow();
    LocalDate after = LocalDate.now(ReadOptions.EARLIEST_ZONE);
    assertTrue(!today.isBefore(before) && !today.isAfter(after), today.toString());
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir, FACILITIES, DETAINEES, EVENTS_HEADER + "A," + after.plusDays(1) + ",ARREST,helicoide,,,,,\n"),
            ReadOptions.defaults());
    assertEquals(1, r.rejectedRows());
  }

  // 14. People left out

  @Test
  void peopleLeftOutAreCountedOnceEachAndNotForDuplicatesOfPeopleWhoLoaded() {
    String detainees =
        DETAINEES_HEADER
            + "A,,,,,,\n"
            + "A,,,,,,\n" // a duplicate of someone who loaded: not a person lost
            + "B,,,Q,,,\n"
            + "B,,,,,,\n" // the same person again
            + "C D,,,,,,\n" // an id that cannot be read: one person
            + "E,,,,,\n"; // the wrong number of fields
    ReadResult r = Folders.read(Folders.folder(dir, FACILITIES, detainees, EVENTS_HEADER));
    assertEquals(5, r.rejectedRows());
    assertEquals(3, r.rejectedPeople());
    assertEquals(1, r.registry().size());
    assertTrue(r.registry().detainee(DetaineeId.of("A")).isPresent());
  }

  // 15. The right line

  @Test
  void aByteThatIsNotUtf8IsReportedAtItsOwnLine() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    byte[] head = (DETAINEES + "C,,,,,,\nD,,,,,,\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "E,Jos\u00e9,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(f.resolve("detainees.csv"), all);
    assertEquals("detainees.csv is not UTF-8 text at line 6; save it as CSV in UTF-8", message(f));
  }

  @Test
  void aByteThatIsNotUtf8AfterCarriageReturnsIsReportedAtItsOwnLine() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    byte[] head = "id\r\nA\r\nB\rC\n\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xff;
    Files.write(f.resolve("detainees.csv"), all);
    assertEquals("detainees.csv is not UTF-8 text at line 6; save it as CSV in UTF-8", message(f));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineOfItsRow() {
    StringBuilder events = new StringBuilder(EVENTS_HEADER + ARREST_A + "\n");
    events.append("A,2024-02-01,RELEASE,,,,,,\"the note starts here\n");
    for (int i = 0; i < 36; i++) {
      events.append("A,2024-02-02,MEASURE_IMPOSED,,SPEECH_BAN,,,,\n");
    }
    events.append("A,2024-02-03,CASE_CLOSED,,,,,,\"x\"y\n");
    String message = message(Folders.folder(dir, FACILITIES, DETAINEES, events.toString()));
    assertTrue(
        message.startsWith("events.csv is not well-formed CSV in the row that starts at line 3 (the parser stopped at line 40)"),
        message);
  }

  @Test
  void aLongJsonKeyIsReportedAsSuchAtItsLine() throws IOException {
    Path json =
        Files.writeString(
            dir.resolve("registry.json"),
            "{\"formatVersion\":1,\n\"facilities\":[],\n\"detainees\":[{\"" + "k".repeat(200_000) + "\":1}],\"events\":[]}",
            StandardCharsets.UTF_8);
    assertEquals("registry.json has a key longer than 100000 characters (line 3)", message(json));
  }

  @Test
  void aFileNameWithControlCharactersCannotForgeALine() throws IOException {
    Path json =
        Files.writeString(
            dir.resolve("x\nevents.csv:1: forged.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[],\"events\":[{\"detainee_id\":\"A\"}]}",
            StandardCharsets.UTF_8);
    List<Rejection> found = new ArrayList<>();
    ReadResult result = RegistryReader.read(json, Folders.OPTIONS, found::add);
    assertEquals(1, result.rejectedRows());
    assertEquals(1, found.size());
    assertEquals(1, found.get(0).toString().lines().count(), found.get(0).toString());
    assertTrue(found.get(0).toString().startsWith("x?events.csv:1: forged.json#events:2: "), found.get(0).toString());
  }
  @Test
  void aKeyRepeatedPastTheFirstColumnStopsReadingToo() throws IOException {
    Path json =
        Files.writeString(
            dir.resolve("registry.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[{\"id\":\"A\",\"gender\":\"F\",\n\"gender\":\"M\"}],\"events\":[]}",
            StandardCharsets.UTF_8);
    assertEquals("registry.json: a record of detainees repeats the key \"gender\" (line 2)", message(json));
  }
  @Test
  void unknownKeysPastTheFirstTenThousandAreNotRememberedSoEachSightingCounts() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i <= 10_000; i++) {
      events.append(i == 0 ? "" : ",").append("{\"u").append(i).append("\":\"x\"}");
    }
    events.append(",{\"u9999\":\"x\"},{\"u10000\":\"x\"}");
    Path json =
        Files.writeString(
            dir.resolve("registry.json"),
            "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[],\"events\":[" + events + "]}",
            StandardCharsets.UTF_8);
    ReadResult r = RegistryReader.read(json);
    assertEquals("registry.json#events: and 9,992 more unknown keys are ignored", r.warnings().get(10));
  }
}
