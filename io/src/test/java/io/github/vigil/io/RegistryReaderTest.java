package io.github.vigil.io;

import static io.github.vigil.io.Folders.DETAINEES;
import static io.github.vigil.io.Folders.EVENTS_HEADER;
import static io.github.vigil.io.Folders.FACILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryReaderTest {
  @TempDir Path dir;

  private static final String ARREST_A = "A,2024-01-01,ARREST,helicoide,,,,,";

  /** Reads events after A's arrest (line 2) and returns the one rejection, which must be on line 3. */
  private Rejection onlyRejection(String row) {
    ReadResult r = Folders.readEvents(dir, ARREST_A, row);
    assertEquals(1, r.rejections().size(), Folders.lines(r).toString());
    Rejection x = r.rejections().get(0);
    assertEquals("events.csv:3", x.origin().toString());
    return x;
  }

  private void assertRejected(String row, String... fragments) {
    Rejection x = onlyRejection(row);
    for (String f : fragments) {
      assertTrue(x.reason().contains(f), "'" + f + "' not in: " + x);
    }
  }

  @Test
  void aValidFolderLoadsEveryRowWithItsFields() {
    ReadResult r =
        Folders.readEvents(
            dir,
            ARREST_A,
            "A,2024-02-01,RELEASE,,COURT_APPEARANCE(P15D);SPEECH_BAN,ngo,2024-02-03,MONTH,"
                + Folders.SECRET_NOTE);
    assertEquals(List.of(), Folders.lines(r));
    Facility h = r.registry().facility(FacilityId.of("helicoide")).orElseThrow();
    assertEquals(FacilityKind.INTELLIGENCE, h.kind());
    assertEquals("Caracas", h.region().orElseThrow());
    assertEquals(FacilityKind.PRISON, r.registry().facility(FacilityId.of("rodeo-1")).orElseThrow().kind());
    assertEquals(Gender.F, r.registry().detainee(DetaineeId.of("A")).orElseThrow().gender().orElseThrow());
    var events = r.registry().history(DetaineeId.of("A")).orElseThrow().events();
    assertEquals(EventType.RELEASE, events.get(1).type());
    assertEquals(2, events.get(1).measures().size());
    assertEquals(Folders.SECRET_NOTE, events.get(1).note().orElseThrow());
    assertEquals("2024-02-03", events.get(1).recordedOn().toString());
    assertEquals(
        List.of("facilities.csv", "detainees.csv", "events.csv"),
        r.counts().stream().map(FileCounts::file).toList());
    assertEquals(List.of(2L, 2L, 2L), r.counts().stream().map(FileCounts::read).toList());
  }

  @Test
  void aBadDetaineeIdIsRejected() {
    assertRejected("A!b,2024-02-01,TRANSFER,rodeo-1,,,,,", "detainee_id 'A!b' is not a valid id");
    // with white space it may be a name (id and name swapped): only its length is shown
    assertRejected("A b,2024-02-01,TRANSFER,rodeo-1,,,,,", "detainee_id (3 characters, not shown) is not a valid id");
  }

  @Test
  void aNoBreakSpaceIsDataAndRejectsAnId() {
    // String.strip trims spaces, not U+00A0, U+2007 or U+202F: pasted after an id, they are data
    // and, as white space of another kind, they may join a name: only the length is shown
    assertRejected(
        "A\u00a0,2024-02-01,TRANSFER,rodeo-1,,,,,", "detainee_id (2 characters, not shown) is not a valid id");
    assertRejected("A,2024-02-01\u202f,TRANSFER,rodeo-1,,,,,", "date (11 characters, not shown)");
  }

  @Test
  void aQuoteAfterWhiteSpaceIsDataNotAQuotedField() {
    // the comma inside ' "ngo,x"' separates fields, so the row has one field too many
    assertRejected(
        "A,2024-02-01,TRANSFER,rodeo-1,, \"ngo,x\",,,",
        "the row has 10 fields but the header has 9 columns");
    ReadResult r = Folders.readEvents(dir, ARREST_A, "A,2024-02-01,TRANSFER,rodeo-1,, \"ngo\",,,");
    assertEquals(List.of(), Folders.lines(r));
    var events = r.registry().history(DetaineeId.of("A")).orElseThrow().events();
    assertEquals("\"ngo\"", events.get(1).source().orElseThrow().label());
  }

  @Test
  void aBadFacilityIdIsRejected() {
    ReadResult r =
        Folders.read(
            Folders.folder(dir, FACILITIES + "bad id!,x,PRISON,,\n", DETAINEES, EVENTS_HEADER));
    assertEquals(List.of("facilities.csv:4: id (7 characters, not shown) is not a valid id: use only A-Z a-z 0-9 . _ -"), Folders.lines(r));
  }

  @Test
  void anIdLongerThanSixtyFourCharactersIsRejected() {
    assertRejected("A,2024-02-01,TRANSFER," + "x".repeat(65) + ",,,,,", "facility_id is 65 characters long");
  }

  @Test
  void aDuplicateFacilityIdIsRejectedAndTheFirstKept() {
    ReadResult r =
        Folders.read(
            Folders.folder(dir, FACILITIES + "helicoide,Other,POLICE,,\n", DETAINEES, EVENTS_HEADER));
    assertEquals(
        List.of("facilities.csv:4: duplicate facility id helicoide (first at facilities.csv:2)"),
        Folders.lines(r));
    assertEquals(
        FacilityKind.INTELLIGENCE, r.registry().facility(FacilityId.of("helicoide")).orElseThrow().kind());
  }

  @Test
  void aDuplicateDetaineeIdIsRejectedAndTheFirstKept() {
    ReadResult r =
        Folders.read(Folders.folder(dir, FACILITIES, DETAINEES + "A,Other Person,,M,,,\n", EVENTS_HEADER));
    assertEquals(
        List.of("detainees.csv:4: duplicate detainee id A (first at detainees.csv:2)"), Folders.lines(r));
    assertEquals(Gender.F, r.registry().detainee(DetaineeId.of("A")).orElseThrow().gender().orElseThrow());
  }

  @Test
  void aRowAfterARejectedRowWithTheSameIdIsADuplicate() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES + "C,,1990-02-30,,,,\nC,,,,,,\n",
                EVENTS_HEADER + "C,2024-01-01,ARREST,helicoide,,,,,\n"));
    assertEquals(
        List.of(
            "detainees.csv:4: birth_date '1990-02-30' is not a valid date: ISO yyyy-mm-dd is expected",
            "detainees.csv:5: duplicate detainee id C (first at detainees.csv:4, rejected)",
            "events.csv:2: detainee C was rejected (detainees.csv:4)"),
        Folders.lines(r));
  }

  @Test
  void aFacilityAfterARejectedFacilityWithTheSameIdIsADuplicate() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES + "zona-7,,JAIL,,\nzona-7,,PRISON,,\n",
                DETAINEES,
                EVENTS_HEADER));
    assertEquals(
        List.of(
            "facilities.csv:4: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER",
            "facilities.csv:5: duplicate facility id zona-7 (first at facilities.csv:4, rejected)"),
        Folders.lines(r));
  }

  @Test
  void aMonthThirteenIsABadDate() {
    assertRejected("A,2024-13-01,TRANSFER,rodeo-1,,,,,", "date '2024-13-01' is not a valid date", "yyyy-mm-dd");
  }

  @Test
  void theThirtiethOfFebruaryIsABadBirthDate() {
    ReadResult r =
        Folders.read(Folders.folder(dir, FACILITIES, DETAINEES + "C,,1990-02-30,,,,\n", EVENTS_HEADER));
    assertEquals(
        List.of("detainees.csv:4: birth_date '1990-02-30' is not a valid date: ISO yyyy-mm-dd is expected"),
        Folders.lines(r));
  }

  @Test
  void aSlashedDateIsRejectedNotGuessed() {
    assertRejected("A,01/02/2026,TRANSFER,rodeo-1,,,,,", "date '01/02/2026' is not a valid date: ISO yyyy-mm-dd is expected");
    assertRejected("A,2024-1-5,TRANSFER,rodeo-1,,,,,", "'2024-1-5'", "yyyy-mm-dd");
  }

  @Test
  void aBlankRequiredFieldIsRejected() {
    assertRejected("A,,TRANSFER,rodeo-1,,,,,", "date is blank; it is required");
    assertRejected("A,2024-02-01,,rodeo-1,,,,,", "type is blank; it is required");
  }

  @Test
  void anUnknownTypeIsRejected() {
    assertRejected("A,2024-02-01,RELEASED_MAYBE,,,,,,", "type 'RELEASED_MAYBE' is not one of ARREST,");
  }

  @Test
  void aLowerCaseTypeIsRejectedWithAHint() {
    assertRejected("A,2024-02-01,release,,,,,,", "type 'release'", "upper case: RELEASE");
  }

  @Test
  void anUnknownDetaineeIsRejected() {
    assertRejected("NOBODY,2024-02-01,RELEASE,,,,,,", "unknown detainee NOBODY");
  }

  @Test
  void anEventOfARejectedDetaineeSaysSo() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES + "C,,,Q,,,\n",
                EVENTS_HEADER + "C,2024-01-01,ARREST,helicoide,,,,,\n"));
    assertEquals(
        List.of(
            "detainees.csv:4: gender 'Q' is not one of F, M, X",
            "events.csv:2: detainee C was rejected (detainees.csv:4)"),
        Folders.lines(r));
  }

  @Test
  void anUnknownFacilityIsRejected() {
    assertRejected("A,2024-02-01,TRANSFER,nowhere,,,,,", "unknown facility nowhere");
  }

  @Test
  void anEventAtARejectedFacilitySaysSo() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES + "zona-7,,JAIL,,\n",
                DETAINEES,
                EVENTS_HEADER + "A,2024-01-01,ARREST,zona-7,,,,,\n"));
    assertEquals(
        List.of(
            "events.csv:2: facility zona-7 was rejected (facilities.csv:4)",
            "facilities.csv:4: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER"),
        Folders.lines(r));
  }

  @Test
  void anEventRecordedBeforeItHappenedIsRejected() {
    assertRejected("A,2024-02-01,TRANSFER,rodeo-1,,,2024-01-31,,", "recorded_on 2024-01-31 is before date 2024-02-01");
  }

  @Test
  void anUnknownMeasureCodeIsRejected() {
    assertRejected("A,2024-02-01,RELEASE,,FOO_BAN,,,,", "measures: unknown measure code 'FOO_BAN'");
  }

  @Test
  void aCourtAppearanceWithoutItsPeriodIsRejected() {
    assertRejected("A,2024-02-01,RELEASE,,COURT_APPEARANCE,,,,", "COURT_APPEARANCE needs its parameter on RELEASE", "P15D");
    assertRejected("A,2024-02-01,RELEASE,,COURT_APPEARANCE(fortnightly),,,,", "ISO-8601 period");
  }

  @Test
  void otherWithoutTextIsRejected() {
    assertRejected("A,2024-02-01,RELEASE_ORDER,,OTHER,,,,", "OTHER needs its parameter on RELEASE_ORDER");
  }

  @Test
  void measuresOnATypeThatTakesNoneAreRejected() {
    assertRejected("A,2024-02-01,CONVICTION,,BAIL,,,,", "measures must be blank on CONVICTION, was 'BAIL'");
  }

  @Test
  void aMeasureImposedWithoutMeasuresIsRejected() {
    ReadResult r =
        Folders.readEvents(dir, ARREST_A, "A,2024-01-02,RELEASE,,,,,,", "A,2024-02-01,MEASURE_IMPOSED,,;,,,,");
    assertEquals(
        List.of("events.csv:4: measures is blank; MEASURE_IMPOSED needs at least one measure"),
        Folders.lines(r));
  }

  @Test
  void anArrestOrTransferWithoutAFacilityIsRejected() {
    assertRejected("A,2024-02-01,TRANSFER,,,,,,", "facility_id is blank; TRANSFER needs");
    ReadResult r = Folders.readEvents(dir, "B,2024-01-01,ARREST,,,,,,");
    assertEquals(List.of("events.csv:2: facility_id is blank; ARREST needs the facility the person was taken to"), Folders.lines(r));
  }

  @Test
  void aTransitionThatDoesNotApplyIsRejectedAndLeavesTheStateAsItWas() {
    ReadResult r =
        Folders.readEvents(
            dir, ARREST_A, "A,2024-01-02,MEASURE_LIFTED,,BAIL,,,,", "A,2024-01-03,RELEASE,,,,,,");
    assertEquals(1, r.rejections().size());
    assertTrue(r.rejections().get(0).reason().contains("MEASURE_LIFTED on 2024-01-02 does not apply to A"));
    assertEquals(2, r.registry().history(DetaineeId.of("A")).orElseThrow().events().size());
  }

  @Test
  void anUnknownPrecisionIsRejected() {
    assertRejected("A,2024-02-01,TRANSFER,rodeo-1,,,,WEEK,", "date_precision 'WEEK' is not one of DAY, MONTH, YEAR");
  }

  @Test
  void badValuesOfPeopleAreRejectedEachNamingItsColumn() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES
                    + "C,,,f,,,\n"
                    + "D,,,,Venezuela,,\n"
                    + "E,,,,,POLICE,\n"
                    + "F,,,,,,yes\n"
                    + "G,,,,ve,,\n"
                    + "H,,,,,,TRUE\n",
                EVENTS_HEADER));
    assertEquals(
        List.of(
            "detainees.csv:4: gender 'f' is not one of F, M, X (codes are written in upper case: F)",
            "detainees.csv:5: nationality (9 characters, not shown) is not an ISO 3166-1 alpha-2 code such as VE",
            "detainees.csv:6: affiliation 'POLICE' is not one of CIVILIAN, MILITARY",
            "detainees.csv:7: serious_health_condition (3 characters, not shown) is not true, false or blank",
            "detainees.csv:8: nationality 've' is not an ISO 3166-1 alpha-2 code such as VE (codes are written in upper case)"),
        Folders.lines(r));
    assertTrue(r.registry().detainee(DetaineeId.of("H")).orElseThrow().seriousHealthCondition());
  }

  @Test
  void theConfidentialFlagReadsTrueOrFalseInAnyCaseAndBlankAsFalse() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                "id,name,birth_date,gender,nationality,affiliation,serious_health_condition,confidential\n"
                    + "A," + Folders.SECRET_NAME + ",,,,,,true\n"
                    + "B,,,,,,,TRUE\n"
                    + "C,,,,,,,False\n"
                    + "D,,,,,,,\n"
                    + "E,,,,,,true, \n",
                EVENTS_HEADER));
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(List.of(), r.warnings());
    assertEquals(
        List.of(true, true, false, false, false),
        r.registry().detainees().stream().map(d -> d.confidential()).toList());
  }

  @Test
  void aRegistryWithoutTheConfidentialColumnReadsAsBeforeWithNobodyConfidential() {
    ReadResult r = Folders.read(Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER));
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(List.of(), r.warnings());
    assertEquals(2, r.registry().size());
    assertTrue(r.registry().detainees().stream().noneMatch(d -> d.confidential()));
  }

  @Test
  void aBadConfidentialValueRejectsItsRowWithoutShowingTheValueOrTheName() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                "id,name,confidential\n"
                    + "A," + Folders.SECRET_NAME + ",yes\n"
                    + "B,,asked by " + Folders.SECRET_NAME + "\n"
                    + "C,,1\n"
                    + "D,,false\n",
                EVENTS_HEADER));
    assertEquals(
        List.of(
            "detainees.csv:2: confidential is not true, false or blank (a value of 3 characters, not shown)",
            "detainees.csv:3: confidential is not true, false or blank (a value of 23 characters, not shown)",
            "detainees.csv:4: confidential is not true, false or blank (a value of 1 character, not shown)"),
        Folders.lines(r));
    assertEquals(1, r.registry().size());
  }

  @Test
  void badValuesOfFacilitiesAreRejected() {
    ReadResult r =
        Folders.read(
            Folders.folder(dir, FACILITIES + "x,,JAIL,,\ny,,,,Venezuela\n,,PRISON,,\n", DETAINEES, EVENTS_HEADER));
    assertEquals(
        List.of(
            "facilities.csv:4: kind 'JAIL' is not one of PRISON, INTELLIGENCE, POLICE, MILITARY, OTHER",
            "facilities.csv:5: country (9 characters, not shown) is not an ISO 3166-1 alpha-2 code such as VE",
            "facilities.csv:6: id is blank; it is required"),
        Folders.lines(r));
  }

  @Test
  void everyBadFieldOfARowIsNamedButNoNameOrNote() {
    Rejection x =
        onlyRejection("A,2024-02-30,TRANSFER,rodeo-1,,,2024-13-13,WEEK," + Folders.SECRET_NOTE);
    assertEquals(
        "date '2024-02-30' is not a valid date: ISO yyyy-mm-dd is expected; recorded_on '2024-13-13'"
            + " is not a valid date: ISO yyyy-mm-dd is expected; date_precision 'WEEK' is not one of"
            + " DAY, MONTH, YEAR",
        x.reason());
  }

  @Test
  void physicalLinesCountQuotedLineBreaksAndBlankLines() {
    ReadResult r =
        Folders.readEvents(
            dir,
            "A,2024-01-01,ARREST,helicoide,,,,,\"a note\r\nover\nthree lines\"",
            "",
            "   ",
            ",,,,,,,,",
            "A,2024-01-02,BOGUS,,,,,,");
    assertEquals(List.of("events.csv:8: type 'BOGUS' is not one of ARREST, TRANSFER, WHEREABOUTS_UNKNOWN,"
        + " WHEREABOUTS_CONFIRMED, RELEASE_ORDER, RELEASE, MEASURE_IMPOSED, MEASURE_LIFTED,"
        + " APPEARANCE_ATTENDED, APPEARANCE_MISSED, CASE_CLOSED, CONVICTION, EXILE, DEATH"), Folders.lines(r));
    assertEquals(2, r.counts("events.csv").orElseThrow().read());
    assertEquals("a note\r\nover\nthree lines",
        r.registry().history(DetaineeId.of("A")).orElseThrow().events().get(0).note().orElseThrow());
  }

  @Test
  void columnsMayComeInAnyOrderAndUnknownOnesWarnOnce() throws IOException {
    Path f =
        Folders.folder(
            dir,
            FACILITIES,
            DETAINEES,
            "type,colour,date,detainee_id,facility_id\nARREST,red,2024-01-01,A,helicoide\nRELEASE,blue,2024-02-01,A,\n");
    ReadResult r = Folders.read(f);
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(List.of("events.csv: unknown column 'colour' is ignored"), r.warnings());
    assertEquals(2, r.registry().eventCount());
  }

  @Test
  void valuesAreTrimmedAndALeadingByteOrderMarkIsIgnored() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, "");
    Files.write(
        f.resolve("events.csv"),
        ("\uFEFF" + EVENTS_HEADER + "  A , 2024-01-01 ,ARREST, helicoide ,,,,,\n").getBytes(StandardCharsets.UTF_8));
    ReadResult r = Folders.read(f);
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(1, r.registry().eventCount());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRejected() {
    assertRejected("A,2024-02-01,TRANSFER,rodeo-1,,,,,,extra", "the row has 10 fields but the header has 9 columns");
    assertRejected("A,2024-02-01,TRANSFER,rodeo-1", "the row has 4 fields");
  }

  @Test
  void registryPropertiesGiveTheCountryAndName() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.writeString(f.resolve("registry.properties"), "country=VE\nname=Presos políticos\ncolour=red\n", StandardCharsets.UTF_8);
    ReadResult r = Folders.read(f);
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals("Presos políticos", r.registry().name().orElseThrow());
    assertEquals(List.of("registry.properties: unknown key 'colour' is ignored"), r.warnings());
  }

  @Test
  void aByteOrderMarkBeforeRegistryPropertiesIsIgnoredAndTheCountryKept() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.writeString(f.resolve("registry.properties"), "\uFEFFcountry=VE\r\nname=N\r\n", StandardCharsets.UTF_8);
    ReadResult r = Folders.read(f);
    assertEquals("VE", r.registry().country().orElseThrow());
    assertEquals(List.of(), r.warnings());
  }

  // ----------------------------------------------------------------------- structural faults

  private static String message(Throwable t) {
    return String.valueOf(t.getMessage());
  }

  private RegistryFormatException fault(Path path) {
    return assertThrows(RegistryFormatException.class, () -> RegistryReader.read(path));
  }

  @Test
  void aMissingRequiredColumnStopsLoadingNamingFileAndColumn() {
    RegistryFormatException e =
        fault(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,date,facility_id\nA,2024-01-01,helicoide\n"));
    assertEquals("events.csv", e.file());
    assertEquals(
        "events.csv has no column 'type' (required: detainee_id, date, type); the header, line 1,"
            + " names detainee_id, date, facility_id",
        message(e));
  }

  @Test
  void aMissingFileStopsLoading() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.delete(f.resolve("facilities.csv"));
    RegistryFormatException e = fault(f);
    assertEquals("facilities.csv", e.file());
    assertTrue(message(e).startsWith("facilities.csv is missing"), message(e));
  }

  @Test
  void blankLinesBeforeTheHeaderAreIgnoredAndStillCountAsLines() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, "\n \n,,\n" + EVENTS_HEADER + "NOBODY,2024-01-01,ARREST,helicoide,,,,,\n");
    ReadResult r = Folders.read(f);
    assertEquals(List.of(), r.warnings());
    assertEquals(1, r.rejections().size(), r.rejections().toString());
    assertEquals("events.csv:5: unknown detainee NOBODY", r.rejections().get(0).toString());
  }

  @Test
  void aFolderHoldingOnlyARegistryJsonPointsToTheFile() throws IOException {
    Path f = Files.createDirectories(dir.resolve("json-only"));
    Files.writeString(f.resolve("registry.json"), "{\"formatVersion\":1,\"facilities\":[],\"detainees\":[],\"events\":[]}");
    RegistryFormatException e = fault(f);
    assertEquals(
        "facilities.csv is missing: this folder holds a registry.json; give the path of that file"
            + " instead of the folder",
        message(e));
  }

  @Test
  void anEmptyFileStopsLoading() {
    RegistryFormatException e = fault(Folders.folder(dir, FACILITIES, "", EVENTS_HEADER));
    assertTrue(message(e).startsWith("detainees.csv is empty"), message(e));
  }

  @Test
  void aFileThatIsNotUtf8StopsLoading() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.write(f.resolve("detainees.csv"), (DETAINEES + "C,Jos\u00e9,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
    RegistryFormatException e = fault(f);
    assertTrue(message(e).startsWith("detainees.csv is not UTF-8 text"), message(e));
  }

  @Test
  void aBinaryFileStopsLoading() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    byte[] bytes = new byte[100_000];
    new java.util.Random(42).nextBytes(bytes);
    Files.write(f.resolve("events.csv"), bytes);
    assertEquals("events.csv", fault(f).file());
    byte[] zeros = new byte[100_000];
    Files.write(f.resolve("events.csv"), zeros);
    assertTrue(message(fault(f)).contains("does not look like CSV text"));
  }

  @Test
  void anUnclosedQuoteStopsLoadingWithTheLine() {
    RegistryFormatException e =
        fault(Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER + ARREST_A + "\nA,\"2024-02-01,TRANSFER\n"));
    assertTrue(
        message(e).startsWith("events.csv is not well-formed CSV in the row that starts at line 3"),
        message(e));
    RegistryFormatException f =
        fault(Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER + ARREST_A + "\nA,\"2024\"x,TRANSFER\n"));
    assertTrue(
        message(f).startsWith("events.csv is not well-formed CSV in the row that starts at line 3:"),
        message(f));
  }

  @Test
  void aDuplicateColumnStopsLoading() {
    RegistryFormatException e =
        fault(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,date,type,date\n"));
    assertEquals("events.csv: column 'date' appears twice in the header", message(e));
  }

  @Test
  void aPathThatIsNeitherAFolderNorJsonStopsLoading() throws IOException {
    Path txt = Files.writeString(dir.resolve("registry.txt"), "hello");
    assertTrue(message(fault(txt)).endsWith("is neither a registry folder nor a .json file"));
    assertTrue(message(fault(dir.resolve("absent"))).endsWith("does not exist"));
  }

  @Test
  void aBadCountryInRegistryPropertiesStopsLoading() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.writeString(f.resolve("registry.properties"), "country=Venezuela\n");
    assertEquals(
        "registry.properties: country (9 characters, not shown) is not an ISO 3166-1 alpha-2 code such as VE",
        message(fault(f)));
  }

  @Test
  void noRejectionEverRepeatsANameOrANote() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES + "bad id," + Folders.SECRET_NAME + ",,,,,\n",
                EVENTS_HEADER + "A,2024-01-01,BOGUS,,,,,," + Folders.SECRET_NOTE + "\n"));
    assertEquals(2, r.rejections().size());
    for (Rejection x : r.rejections()) {
      assertFalse(x.toString().contains("Secretname"));
      assertFalse(x.toString().contains("secret-note"));
    }
  }
}
