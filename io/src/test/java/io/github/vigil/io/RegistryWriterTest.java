package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import io.github.vigil.testkit.VigilGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryWriterTest {
  @TempDir Path dir;

  static Registry sample() {
    DetaineeId a = DetaineeId.of("A");
    DetaineeId b = DetaineeId.of("B");
    return Registry.empty()
        .withCountry("VE")
        .withName("Presos = políticos")
        .withFacility(Facility.builder().id(FacilityId.of("helicoide")).name("El Helicoide").kind(FacilityKind.INTELLIGENCE).build())
        .withDetainee(Detainee.builder().id(b).build())
        .withDetainee(Detainee.builder().id(a).name("Ana, \"la\" María").birthDate(LocalDate.of(2008, 6, 1)).nationality("VE").build())
        .withEvent(b, Event.of(EventType.ARREST, LocalDate.of(2025, 4, 1), FacilityId.of("helicoide")))
        .withEvent(a, Event.of(EventType.ARREST, LocalDate.of(2025, 3, 1), FacilityId.of("helicoide")))
        .withEvent(
            a,
            Event.builder()
                .type(EventType.RELEASE_ORDER)
                .date(LocalDate.of(2026, 1, 8))
                .addMeasures(Measure.courtAppearance(Period.ofDays(30)), Measure.of(MeasureType.SPEECH_BAN))
                .source(Source.of("foro-penal"))
                .note("two\nlines")
                .build());
  }

  @Test
  void aFolderIsWrittenInTheDocumentedLayout() throws IOException {
    RegistryWriter.writeFolder(sample(), dir);
    assertEquals("country=VE\nname=Presos \\= políticos\n", Files.readString(dir.resolve("registry.properties")));
    assertEquals(
        "id,name,kind,region,country\nhelicoide,El Helicoide,INTELLIGENCE,,\n",
        Files.readString(dir.resolve("facilities.csv")));
    assertEquals(
        """
        id,name,birth_date,gender,nationality,affiliation,serious_health_condition
        A,"Ana, ""la"" María",2008-06-01,,VE,,false
        B,,,,,,false
        """,
        Files.readString(dir.resolve("detainees.csv")));
    assertEquals(
        """
        detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note
        A,2025-03-01,ARREST,helicoide,,,2025-03-01,DAY,
        A,2026-01-08,RELEASE_ORDER,,COURT_APPEARANCE(P30D);SPEECH_BAN,foro-penal,2026-01-08,DAY,"two
        lines"
        B,2025-04-01,ARREST,helicoide,,,2025-04-01,DAY,
        """,
        Files.readString(dir.resolve("events.csv")));
  }

  @Test
  void aConfidentialPersonAddsTheColumnForEveryoneAndOtherwiseItIsLeftOut() throws IOException {
    Registry flagged =
        sample().withDetainee(Detainee.builder().id(DetaineeId.of("C")).confidential(true).build());
    RegistryWriter.writeFolder(flagged, dir);
    assertEquals(
        """
        id,name,birth_date,gender,nationality,affiliation,serious_health_condition,confidential
        A,"Ana, ""la"" María",2008-06-01,,VE,,false,false
        B,,,,,,false,false
        C,,,,,,false,true
        """,
        Files.readString(dir.resolve("detainees.csv")));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    RegistryWriter.writeJson(flagged, json);
    assertTrue(
        json.toString(StandardCharsets.UTF_8)
            .contains(
                "\"detainees\":[\n"
                    + "{\"id\":\"A\",\"name\":\"Ana, \\\"la\\\" María\",\"birth_date\":\"2008-06-01\",\"gender\":null,"
                    + "\"nationality\":\"VE\",\"affiliation\":null,\"serious_health_condition\":\"false\","
                    + "\"confidential\":\"false\"},\n"
                    + "{\"id\":\"B\",\"name\":null,\"birth_date\":null,\"gender\":null,\"nationality\":null,"
                    + "\"affiliation\":null,\"serious_health_condition\":\"false\",\"confidential\":\"false\"},\n"
                    + "{\"id\":\"C\",\"name\":null,\"birth_date\":null,\"gender\":null,\"nationality\":null,"
                    + "\"affiliation\":null,\"serious_health_condition\":\"false\",\"confidential\":\"true\"}\n"
                    + "],"),
        json.toString(StandardCharsets.UTF_8));
    assertEquals(flagged, Folders.read(dir).registry());

    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    RegistryWriter.writeJson(sample(), plain);
    assertFalse(plain.toString(StandardCharsets.UTF_8).contains("confidential"));
    RegistryWriter.writeFolder(sample(), dir);
    assertFalse(Files.readString(dir.resolve("detainees.csv")).contains("confidential"));
  }

  @Test
  void jsonIsWrittenOneRecordPerLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegistryWriter.writeJson(Registry.empty().withFacility(Facility.of(FacilityId.of("f"), FacilityKind.PRISON)), out);
    assertEquals(
        """
        {
        "formatVersion":1,
        "country":null,
        "name":null,
        "facilities":[
        {"id":"f","name":null,"kind":"PRISON","region":null,"country":null}
        ],
        "detainees":[],
        "events":[]
        }
        """,
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSameRegistryGivesTheSameBytes() {
    qt().withExamples(100)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              byte[][] first = bytes(registry, dir.resolve("one"));
              byte[][] second = bytes(registry, dir.resolve("two"));
              for (int i = 0; i < first.length; i++) {
                assertArrayEquals(first[i], second[i]);
                assertFalse(new String(first[i], StandardCharsets.UTF_8).startsWith("\uFEFF"));
              }
              return true;
            });
  }

  private static byte[][] bytes(Registry registry, Path folder) {
    try {
      RegistryWriter.writeFolder(registry, folder);
      Path json = folder.resolve("registry.json");
      RegistryWriter.writeJson(registry, json);
      return new byte[][] {
        Files.readAllBytes(folder.resolve("registry.properties")),
        Files.readAllBytes(folder.resolve("facilities.csv")),
        Files.readAllBytes(folder.resolve("detainees.csv")),
        Files.readAllBytes(folder.resolve("events.csv")),
        Files.readAllBytes(json)
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writingReplacesAnEarlierRegistry() throws IOException {
    RegistryWriter.writeFolder(sample(), dir);
    RegistryWriter.writeFolder(Registry.empty(), dir);
    assertEquals("", Files.readString(dir.resolve("registry.properties")));
    assertEquals(Registry.empty(), RegistryReader.read(dir).registry());
    try (var files = Files.list(dir)) {
      assertEquals(4, files.count());
    }
  }

  @Test
  void textWithSpaceAroundItIsRefusedWithoutRepeatingIt() {
    Registry r = Registry.empty().withDetainee(Detainee.builder().id(DetaineeId.of("A")).name(" Ana").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeFolder(r, dir));
    assertEquals(
        "detainee A: name is blank or has white space around it, which the format cannot hold"
            + " (values are trimmed on reading)",
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("detainees.csv")));
  }

  @Test
  void aRegistryNameWithSpecialCharactersSurvivesTheProperties() throws IOException {
    for (String name : VigilGen.HARD_TEXTS) {
      RegistryWriter.writeFolder(Registry.empty().withName(name), dir);
      assertEquals(name, RegistryReader.read(dir).registry().name().orElseThrow());
    }
  }

  @Test
  void theGeneratorCoversEveryEventTypeAndHardText() {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    int[] multiline = {0};
    qt().withExamples(300)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              for (Detainee d : registry.detainees()) {
                d.name().filter(n -> n.contains("\n")).ifPresent(n -> multiline[0]++);
                for (Event e : registry.history(d.id()).orElseThrow().events()) {
                  types.add(e.type());
                }
              }
              return true;
            });
    assertEquals(EnumSet.allOf(EventType.class), types);
    assertTrue(multiline[0] > 0);
  }

  @Test
  void writtenSampleReadsBackEqual() throws IOException {
    RegistryWriter.writeFolder(sample(), dir);
    ReadResult r = Folders.read(dir);
    assertEquals(sample(), r.registry());
    assertEquals(List.of(), r.rejections());
  }

  private static Registry arrestedWithNote(String note) {
    DetaineeId a = DetaineeId.of("A");
    return Registry.empty()
        .withFacility(Facility.builder().id(FacilityId.of("F1")).kind(FacilityKind.PRISON).build())
        .withDetainee(Detainee.builder().id(a).build())
        .withEvent(
            a,
            Event.builder()
                .type(EventType.ARREST)
                .date(LocalDate.of(2025, 3, 1))
                .facility(FacilityId.of("F1"))
                .note(note)
                .build());
  }

  @Test
  void textWithALoneSurrogateIsRefusedAndAPairIsWritten() throws IOException {
    for (String note : List.of("a\uD800", "\uDC00b", "a\uD800b", "\uDC00\uD800")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeFolder(arrestedWithNote(note), dir));
      assertEquals(
          "ARREST on 2025-03-01 of detainee A: note is not valid Unicode text (a lone surrogate)", e.getMessage());
    }
    RegistryWriter.writeFolder(arrestedWithNote("a\uD83D\uDE00b\uD83D\uDE00"), dir);
    assertEquals(
        "a\uD83D\uDE00b\uD83D\uDE00",
        RegistryReader.read(dir).registry().history(DetaineeId.of("A")).orElseThrow().events().get(0).note().orElseThrow());
  }

  @Test
  void aDateIsWrittenOnlyBetweenTheYearsZeroAndNineThousandNineHundredNinetyNine() throws IOException {
    for (int year : List.of(0, 9999)) {
      Registry r = Registry.empty().withDetainee(Detainee.builder().id(DetaineeId.of("A")).birthDate(LocalDate.of(year, 1, 1)).build());
      RegistryWriter.writeFolder(r, dir);
      assertTrue(Files.readString(dir.resolve("detainees.csv")).contains(LocalDate.of(year, 1, 1).toString()), "year " + year);
    }
    for (int year : List.of(-1, 10000)) {
      Registry r = Registry.empty().withDetainee(Detainee.builder().id(DetaineeId.of("A")).birthDate(LocalDate.of(year, 1, 1)).build());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeFolder(r, dir));
      assertEquals(
          "detainee A: birth_date " + LocalDate.of(year, 1, 1) + " cannot be written as yyyy-mm-dd", e.getMessage());
    }
  }

  @Test
  void propertiesEscapeWhatTheirFormatReadsAsSyntax() {
    assertEquals(
        "\\u0020a b\\\\\\n\\r\\t\\f\\=\\:\\#\\!\\u0001\\u001f\\u007f~\u00e9 ",
        RegistryWriter.escape(" a b\\\n\r\t\f=:#!\u0001\u001f\u007f~\u00e9 "));
  }

  @Test
  void aRegistryWithoutCountryOrNameWritesEmptyProperties() throws IOException {
    RegistryWriter.writeFolder(Registry.empty(), dir);
    assertEquals("", Files.readString(dir.resolve("registry.properties")));
    RegistryWriter.writeFolder(Registry.empty().withCountry("VE"), dir);
    assertEquals("country=VE\n", Files.readString(dir.resolve("registry.properties")));
  }

  @Test
  void profilesAgencyOutcomeAndEventIdsAddTheirColumnsOnlyWhenSomeoneHasThem() throws IOException {
    DetaineeId a = DetaineeId.of("A");
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(FacilityId.of("F1"), FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(a).addProfiles(Profile.of("JOURNALIST"), Profile.of("LAWYER")).build())
            .withDetainee(Detainee.builder().id(DetaineeId.of("B")).build())
            .withEvent(
                a,
                Event.builder()
                    .type(EventType.ARREST)
                    .date(LocalDate.of(2025, 3, 1))
                    .facility(FacilityId.of("F1"))
                    .agency("SEBIN")
                    .id("ev1")
                    .build())
            .withEvent(
                a,
                Event.builder()
                    .type(EventType.CASE_CLOSED)
                    .date(LocalDate.of(2025, 6, 1))
                    .outcome(CaseOutcome.DISMISSED)
                    .build());
    RegistryWriter.writeFolder(r, dir);
    assertEquals(
        """
        id,name,birth_date,gender,nationality,affiliation,serious_health_condition,profiles
        A,,,,,,false,JOURNALIST;LAWYER
        B,,,,,,false,
        """,
        Files.readString(dir.resolve("detainees.csv")));
    assertEquals(
        """
        detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note,agency,outcome,id
        A,2025-03-01,ARREST,F1,,,2025-03-01,DAY,,SEBIN,,ev1
        A,2025-06-01,CASE_CLOSED,,,,2025-06-01,DAY,,,DISMISSED,
        """,
        Files.readString(dir.resolve("events.csv")));
    assertEquals(r, Folders.read(dir).registry());
  }

  @Test
  void aDocumentIsWrittenIntoFoldersThatDoNotExistYet() throws IOException {
    Path file = dir.resolve("a").resolve("b").resolve("registry.json");
    RegistryWriter.writeJson(sample(), file);
    assertEquals(sample(), Folders.read(file).registry());
  }
  /** A registry whose note on A's arrest has white space around it, which the format cannot hold. */
  private static Registry withUnwritableNote() {
    return arrestedWithNote(" a note");
  }

  @Test
  void aRegistryWithAnEventThatCannotBeWrittenWritesNoFileOfTheFolder() {
    Path folder = dir.resolve("out");
    assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeFolder(withUnwritableNote(), folder));
    assertFalse(Files.exists(folder));
  }

  @Test
  void aRegistryNameWithSpaceAroundItIsRefusedBeforeAnythingIsWritten() {
    Path folder = dir.resolve("out");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RegistryWriter.writeFolder(Registry.empty().withName(" Presos"), folder));
    assertEquals(
        "the registry: name is blank or has white space around it, which the format cannot hold"
            + " (values are trimmed on reading)",
        e.getMessage());
    assertFalse(Files.exists(folder));
  }

  @Test
  void aCorrectionThatCannotBeWrittenIsRefusedBeforeAnythingIsWritten() {
    DetaineeId a = DetaineeId.of("A");
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(FacilityId.of("F1"), FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(a).build())
            .withEvent(a, Event.builder().type(EventType.ARREST).date(LocalDate.of(2025, 3, 1)).facility(FacilityId.of("F1")).id("e1").build())
            .withCorrection(a, "e1", Correction.retraction(LocalDate.of(2025, 4, 1), "wrong person "));
    Path folder = dir.resolve("out");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeFolder(r, folder));
    assertEquals(
        "correction of event e1: reason is blank or has white space around it, which the format"
            + " cannot hold (values are trimmed on reading)",
        e.getMessage());
    assertFalse(Files.exists(folder));
  }

  @Test
  void aDocumentThatCannotBeWrittenCreatesNoFolder() {
    Path file = dir.resolve("out").resolve("registry.json");
    assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeJson(withUnwritableNote(), file));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aDocumentThatCannotBeWrittenPutsNoByteIntoTheStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(IllegalArgumentException.class, () -> RegistryWriter.writeJson(withUnwritableNote(), out));
    assertEquals(0, out.size());
  }

  @Test
  void correctionsAreWrittenInTheOrderTheyWereRecordedNotInTheOrderOfPeople() throws IOException {
    DetaineeId a = DetaineeId.of("A");
    DetaineeId b = DetaineeId.of("B");
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(FacilityId.of("F1"), FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(a).build())
            .withDetainee(Detainee.builder().id(b).build())
            .withEvent(a, Event.builder().type(EventType.ARREST).date(LocalDate.of(2025, 3, 1)).facility(FacilityId.of("F1")).id("a1").build())
            .withEvent(b, Event.builder().type(EventType.ARREST).date(LocalDate.of(2025, 3, 1)).facility(FacilityId.of("F1")).id("b1").build())
            .withCorrection(a, "a1", Correction.retraction(LocalDate.of(2025, 5, 1), "later"))
            .withCorrection(b, "b1", Correction.retraction(LocalDate.of(2025, 4, 1), "earlier"));
    RegistryWriter.writeFolder(r, dir);
    assertEquals(
        "event_id,recorded_on,reason,replaced_by\nb1,2025-04-01,earlier,\na1,2025-05-01,later,\n",
        Files.readString(dir.resolve("corrections.csv")));
  }
  @Test
  void anEventWithoutACorrectionHasNoCorrectionToWrite() {
    Event e = Event.of(EventType.ARREST, LocalDate.of(2025, 3, 1), FacilityId.of("F1"));
    assertEquals(
        "the event has no correction",
        assertThrows(IllegalArgumentException.class, () -> io.github.vigil.io.internal.Records.correctionValues(e)).getMessage());
  }

  @Test
  void aPersonWithoutProfilesHasNullProfilesInJsonWhenOthersHaveSome() throws IOException {
    Registry r =
        Registry.empty()
            .withDetainee(Detainee.builder().id(DetaineeId.of("A")).addProfiles(Profile.of("JOURNALIST")).build())
            .withDetainee(Detainee.builder().id(DetaineeId.of("B")).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegistryWriter.writeJson(r, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"profiles\":\"JOURNALIST\"}"), json);
    assertTrue(json.contains("{\"id\":\"B\",\"name\":null,\"birth_date\":null,\"gender\":null,\"nationality\":null,"), json);
    assertTrue(json.contains("\"serious_health_condition\":\"false\",\"profiles\":null}"), json);
  }
}
