package io.github.vigil.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.History;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.RegistryFormatException;
import io.github.vigil.io.RegistryReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetImportTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String HEADER =
      "cédula;nombre;fecha de nacimiento;sexo;nacionalidad;militar;fecha;tipo de evento;centro de reclusión;medidas;fuente";
  private static final String SECRET = "Zoë Secreta-Nombre";

  @TempDir Path dir;

  private ImportResult read(Path file, ImportOptions options) {
    return SheetImport.read(file, options);
  }

  private static ImportOptions dayFirst() {
    return ImportOptions.builder().dateFormat("dd/MM/yyyy").referenceYear(2026).build();
  }

  private static Event event(ImportResult r, String id, int i) {
    return r.registry().history(DetaineeId.of(id)).orElseThrow().events().get(i);
  }

  @Test
  void aSpanishSemicolonSheetMakesPeopleEventsAndFacilities() {
    Path f = Sheets.write(dir, "padron.csv", UTF_8,
        HEADER,
        "V-1;" + SECRET + ";25/12/1990;Femenino;venezolana;no;01/03/2025;Detención;El Helicoide;;Foro Penal",
        "V-1;;;;;;08/01/2026;Boleta de excarcelación;;\"régimen de presentación cada 15 días; prohibición de declarar\";Foro Penal",
        "V-1;" + SECRET + ";;F;;;09/01/2026;excarcelacion;;;Foro Penal");
    ImportResult r = read(f, dayFirst());
    assertEquals(List.of(), Sheets.rejections(r));
    assertEquals("padron.csv: text, UTF-8, delimiter ';' (found in the header)", r.notes().get(0));
    Detainee d = r.registry().detainee(DetaineeId.of("V-1")).orElseThrow();
    assertEquals(LocalDate.of(1990, 12, 25), d.birthDate().orElseThrow());
    assertEquals(Gender.F, d.gender().orElseThrow());
    assertEquals("VE", d.nationality().orElseThrow());
    assertEquals(EventType.ARREST, event(r, "V-1", 0).type());
    assertEquals(FacilityId.of("el-helicoide"), event(r, "V-1", 0).facility().orElseThrow());
    assertEquals(
        List.of(Measure.parse("COURT_APPEARANCE(P15D)"), Measure.parse("SPEECH_BAN")),
        event(r, "V-1", 1).measures());
    assertEquals(EventType.RELEASE, event(r, "V-1", 2).type());
    assertEquals("El Helicoide", r.registry().facility(FacilityId.of("el-helicoide")).orElseThrow().name().orElseThrow());
    assertEquals(FacilityKind.OTHER, r.registry().facility(FacilityId.of("el-helicoide")).orElseThrow().kind());
  }

  @Test
  void theColumnsAddedSinceVersionOneAreReadUnderTheirSpanishHeadersAndWords() {
    Path f = Sheets.write(dir, "padron.csv", UTF_8,
        "cédula;perfiles;fecha;tipo de evento;centro;organismo aprehensor;resultado;verificación;fuente",
        "V-1;\"periodista; sindicalista\";01/03/2025;Detención;El Helicoide;SEBIN;;;Foro Penal",
        "V-1;;08/01/2026;cierre de causa;;;indulto;anunciado;oficial",
        "V-2;\"Periodista;;ESTUDIANTE\";02/03/2025;Detención;El Helicoide;;;verificado;Foro Penal",
        "V-2;;09/01/2026;cierre de causa;;;pena cumplida;;Foro Penal");
    ImportResult r = read(f, dayFirst());
    assertEquals(List.of(), Sheets.rejections(r));
    assertEquals(List.of(), r.warnings());
    Detainee one = r.registry().detainee(DetaineeId.of("V-1")).orElseThrow();
    assertEquals(List.of(Profile.JOURNALIST, Profile.TRADE_UNIONIST), List.copyOf(one.profiles()));
    assertEquals(
        List.of(Profile.JOURNALIST, Profile.of("ESTUDIANTE")),
        List.copyOf(r.registry().detainee(DetaineeId.of("V-2")).orElseThrow().profiles()));
    assertEquals("SEBIN", event(r, "V-1", 0).agency().orElseThrow());
    History h = r.registry().history(DetaineeId.of("V-1")).orElseThrow();
    Event claim = h.claims().get(0);
    assertEquals(Evidence.CLAIMED, claim.evidence());
    assertEquals(CaseOutcome.PARDON, claim.outcome().orElseThrow());
    assertEquals(1, h.events().size());
    assertEquals(Evidence.VERIFIED, event(r, "V-2", 0).evidence());
    assertEquals(CaseOutcome.SENTENCE_SERVED, event(r, "V-2", 1).outcome().orElseThrow());
  }

  @Test
  void anAgencyOnAnotherTypeThanArrestIsRejectedWithTheFormatsReason() {
    Path f = Sheets.write(dir, "padron.csv", UTF_8,
        "cédula;fecha;tipo de evento;centro;organismo",
        "V-1;01/03/2025;Detención;El Helicoide;DGCIM",
        "V-1;08/01/2026;excarcelación;;DGCIM");
    ImportResult r = read(f, dayFirst());
    assertEquals(1, Sheets.rejections(r).size());
    assertTrue(Sheets.rejections(r).get(0).contains("agency"), Sheets.rejections(r).get(0));
    assertEquals("DGCIM", event(r, "V-1", 0).agency().orElseThrow());
  }

  @Test
  void theBundledSampleWithClaimsAgenciesOutcomesAndProfilesComesBackEqualFromAnXlsxAndAnOds()
      throws Exception {
    Registry sample = RegistryReader.read(Sheets.resource("sample-registry")).registry();
    assertTrue(sample.detainees().stream().anyMatch(d -> sample.history(d.id()).orElseThrow().hasClaims()));
    assertTrue(sample.detainees().stream().anyMatch(d -> !d.profiles().isEmpty()));
    for (String name : List.of("sample.xlsx", "sample.ods")) {
      Path book = dir.resolve(name);
      WorkbookWriter.write(sample, book);
      ImportResult r = read(book, ImportOptions.builder().today(LocalDate.of(9999, 12, 31)).build());
      assertEquals(List.of(), Sheets.rejections(r), name);
      assertEquals(List.of(), r.warnings(), name);
      assertEquals(sample, r.registry(), name);
      for (Detainee d : sample.detainees()) {
        assertEquals(
            sample.history(d.id()).orElseThrow().eventsWithClaims(),
            r.registry().history(d.id()).orElseThrow().eventsWithClaims(),
            name + " " + d.id());
      }
    }
  }

  @Test
  void aWorkbookOfARegistryWithoutTheNewColumnsHasNoneOfThem() throws Exception {
    Registry v1 = RegistryReader.read(Sheets.resource("spanish/sample-v1")).registry();
    Path book = dir.resolve("v1.ods");
    WorkbookWriter.write(v1, book);
    ImportResult r = read(book, ImportOptions.builder().today(LocalDate.of(9999, 12, 31)).build());
    assertEquals(v1, r.registry());
    String content;
    try (ZipFile zip = new ZipFile(book.toFile())) {
      content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), UTF_8);
    }
    for (String column : List.of("verification", "agency", "outcome", "profiles")) {
      assertFalse(content.contains(">" + column + "<"), column);
    }
    assertTrue(content.contains(">confidential<"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingTheLineOfTheFirstBadByteAndTheEncodingToTry() {
    Path f = Sheets.write(dir, "padron.csv", CP1252, "id;fecha;tipo;centro", "A;2025-01-01;detención;x");
    RegistryFormatException e = assertThrows(RegistryFormatException.class, () -> read(f, ImportOptions.defaults()));
    assertEquals(
        "padron.csv is not UTF-8 text: line 2 holds the byte 0xF3, which UTF-8 does not allow; if"
            + " the file was saved by Excel or another Windows program, run again with --encoding"
            + " windows-1252 (or --encoding iso-8859-1), or save it as CSV UTF-8",
        e.getMessage());
    ImportResult r = read(f, ImportOptions.builder().encoding(CP1252).build());
    assertEquals(List.of(), Sheets.rejections(r));
    assertEquals(EventType.ARREST, event(r, "A", 0).type());
  }

  @Test
  void everyEncodingKeepersUseReadsTheSameSheet() throws Exception {
    String text = "cédula\tfecha\ttipo de evento\tcentro\r\nN-1\t2025-01-01\tdetención\tTocorón\r\n";
    record Case(Charset charset, List<Integer> bom, boolean given, String note) {}
    List<Case> cases = List.of(
        new Case(UTF_8, List.of(), false, "UTF-8"),
        new Case(UTF_8, List.of(0xef, 0xbb, 0xbf), false, "UTF-8 (byte order mark)"),
        new Case(StandardCharsets.UTF_16LE, List.of(0xff, 0xfe), false, "UTF-16 (byte order mark)"),
        new Case(StandardCharsets.UTF_16BE, List.of(0xfe, 0xff), false, "UTF-16 (byte order mark)"),
        new Case(CP1252, List.of(), true, "windows-1252 (--encoding)"),
        new Case(StandardCharsets.ISO_8859_1, List.of(), true, "ISO-8859-1 (--encoding)"));
    for (Case c : cases) {
      Path f = dir.resolve("sheet.tsv");
      byte[] bom = new byte[c.bom().size()];
      for (int i = 0; i < bom.length; i++) {
        bom[i] = (byte) (int) c.bom().get(i);
      }
      Files.write(f, concat(bom, text.getBytes(c.charset())));
      ImportResult r = read(f, c.given() ? ImportOptions.builder().encoding(c.charset()).build() : ImportOptions.defaults());
      assertEquals(List.of(), Sheets.rejections(r), c.note());
      assertEquals("sheet.tsv: text, " + c.note() + ", delimiter tab (found in the header)", r.notes().get(0));
      assertEquals("Tocorón", r.registry().facility(FacilityId.of("tocoron")).orElseThrow().name().orElseThrow());
      assertEquals(EventType.ARREST, event(r, "N-1", 0).type());
    }
  }

  @Test
  void aByteOrderMarkOfAnotherEncodingThanTheOneGivenIsRefused() throws Exception {
    Path f = dir.resolve("s.csv");
    Files.write(f, concat(new byte[] {(byte) 0xff, (byte) 0xfe}, "id,fecha,tipo\r\n".getBytes(StandardCharsets.UTF_16LE)));
    RegistryFormatException e = assertThrows(
        RegistryFormatException.class, () -> read(f, ImportOptions.builder().encoding(CP1252).build()));
    assertEquals(
        "s.csv starts with the byte order mark of UTF-16, but --encoding windows-1252 was given: leave out --encoding",
        e.getMessage());
  }

  @Test
  void aWindows1252ByteThatHasNoCharacterIsRefusedToo() throws Exception {
    Path f = dir.resolve("s.csv");
    Files.write(f, concat("id,fecha,tipo\r\nA,2025-01-01,ARREST\r\nB".getBytes(CP1252), new byte[] {(byte) 0x81}));
    RegistryFormatException e = assertThrows(
        RegistryFormatException.class, () -> read(f, ImportOptions.builder().encoding(CP1252).build()));
    assertEquals(
        "s.csv is not windows-1252 text: line 3 holds the byte 0x81, which windows-1252 does not allow; is it in another encoding?",
        e.getMessage());
  }

  @Test
  void theDelimiterIsTheOneTheHeaderHoldsMostOrTheOneGiven() {
    for (String d : List.of(",", ";", "\t")) {
      Path f = Sheets.write(dir, "s.csv", UTF_8, String.join(d, "id", "fecha", "tipo", "centro", "notas"),
          String.join(d, "A", "2025-01-01", "ARREST", "x", "\"a, b; c\""));
      ImportResult r = read(f, ImportOptions.defaults());
      assertEquals(List.of(), Sheets.rejections(r), d);
    }
    Path tie = Sheets.write(dir, "tie.csv", UTF_8, "id;fecha,tipo", "A;2025-01-01,ARREST");
    RegistryFormatException e = assertThrows(RegistryFormatException.class, () -> read(tie, ImportOptions.defaults()));
    assertEquals("tie.csv: the header holds ',' and ';' equally often (1 times): give --delimiter", e.getMessage());
    Path pipes = Sheets.write(dir, "pipes.txt", UTF_8, "id|fecha|tipo|centro", "A|2025-01-01|ARREST|x");
    ImportResult forced = read(pipes, ImportOptions.builder().delimiter('|').build());
    assertEquals("pipes.txt: text, UTF-8, delimiter '|' (--delimiter)", forced.notes().get(0));
    assertEquals(List.of(), Sheets.rejections(forced));
    e = assertThrows(RegistryFormatException.class, () -> read(pipes, ImportOptions.defaults()));
    assertTrue(String.valueOf(e.getMessage()).startsWith("pipes.txt: no sheet can be imported"), e.getMessage());
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsRejectedEvenWhenTheExtraOnesAreBlank() {
    Path f = Sheets.write(dir, "s.csv", UTF_8, "id;fecha;tipo;medidas;fuente",
        "A;2025-01-01;ARREST;;x",
        "A;2026-01-08;RELEASE_ORDER;régimen de presentación cada 15 días; prohibición de declarar;ngo;",
        "A;2026-01-09;RELEASE;;ngo");
    ImportResult r = read(f, ImportOptions.defaults());
    assertEquals(
        List.of("s.csv:2: facility_id is blank; ARREST needs the facility the person was taken to",
            "s.csv:3: the row has 7 fields but the header has 5 columns",
            "s.csv:4: RELEASE on 2026-01-09 does not apply to A: " + reasonOf(r, 2)),
        Sheets.rejections(r));
  }

  private static String reasonOf(ImportResult r, int i) {
    String reason = r.rejections().get(i).reason();
    return reason.substring(reason.indexOf(": ") + 2);
  }

  @Test
  void datesAreReadInTheFormGivenAndNeverGuessed() {
    String[] rows = {
      "id;fecha;tipo;centro",
      "A;01/02/2026;ARREST;x",
      "B;25/12/2025;ARREST;x",
      "C;2025-12-24;ARREST;x",
      "D;12/25/2025;ARREST;x",
      "E;31/02/2026;ARREST;x",
      "F;2026-02-30;ARREST;x",
      "G;5/8/26;ARREST;x",
    };
    ImportResult none = read(Sheets.write(dir, "s.csv", UTF_8, rows), ImportOptions.defaults());
    assertEquals(
        List.of(
            "s.csv:2: 'fecha' '01/02/2026' is ambiguous (day/month or month/day?): give --date-format dd/MM/yyyy or --date-format MM/dd/yyyy",
            "s.csv:3: 'fecha' '25/12/2025' is not yyyy-mm-dd; it reads as day/month/year: give --date-format dd/MM/yyyy",
            "s.csv:5: 'fecha' '12/25/2025' is not yyyy-mm-dd; it reads as month/day/year: give --date-format MM/dd/yyyy",
            "s.csv:6: 'fecha' '31/02/2026' is not yyyy-mm-dd; it reads as day/month/year: give --date-format dd/MM/yyyy",
            "s.csv:7: 'fecha' '2026-02-30' is not a valid date: yyyy-mm-dd is expected",
            "s.csv:8: 'fecha' '5/8/26' is ambiguous (day/month or month/day?): give --date-format dd/MM/yy or --date-format MM/dd/yy"),
        Sheets.rejections(none));
    assertTrue(none.warnings().contains(
        "s.csv: 5 dates are written with / or - instead of yyyy-mm-dd and were rejected; some read only as"
            + " day/month/year (s.csv:3) and some only as month/day/year (s.csv:5): the file mixes both;"
            + " correct them or write them as yyyy-mm-dd"), none.warnings().toString());

    ImportResult dmy = read(Sheets.write(dir, "s.csv", UTF_8, rows), dayFirst());
    assertEquals(LocalDate.of(2026, 2, 1), event(dmy, "A", 0).date());
    assertEquals(LocalDate.of(2025, 12, 25), event(dmy, "B", 0).date());
    assertEquals(LocalDate.of(2025, 12, 24), event(dmy, "C", 0).date());
    assertEquals(
        List.of(
            "s.csv:5: 'fecha' '12/25/2025' is not a valid date in the form dd/MM/yyyy",
            "s.csv:6: 'fecha' '31/02/2026' is not a valid date in the form dd/MM/yyyy",
            "s.csv:7: 'fecha' '2026-02-30' is not a valid date in the form dd/MM/yyyy",
            "s.csv:8: 'fecha' '5/8/26' is not a valid date in the form dd/MM/yyyy"),
        Sheets.rejections(dmy));

    ImportResult yy = read(
        Sheets.write(dir, "s.csv", UTF_8, "id;fecha de nacimiento;fecha;tipo;centro", "G;5/8/27;5/8/26;ARREST;x"),
        ImportOptions.builder().dateFormat("d/M/yy").referenceYear(2026).build());
    assertEquals(LocalDate.of(2026, 8, 5), event(yy, "G", 0).date());
    assertEquals(LocalDate.of(1927, 8, 5), yy.registry().detainee(DetaineeId.of("G")).orElseThrow().birthDate().orElseThrow());

    ImportResult dashes = read(
        Sheets.write(dir, "s.csv", UTF_8, "id;fecha;tipo;centro", "H;05-08-2024;ARREST;x"),
        ImportOptions.builder().dateFormat("dd-MM-yyyy").build());
    assertEquals(LocalDate.of(2024, 8, 5), event(dashes, "H", 0).date());
    assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().dateFormat("dd/MMM/yyyy").build());
    assertThrows(IllegalArgumentException.class, () -> ImportOptions.builder().dateFormat("dd/dd/yyyy").build());
  }

  @Test
  void columnsLeftOutAreReportedOnceNeverDroppedSilently() {
    Path f = Sheets.write(dir, "s.csv", UTF_8,
        "id;Teléfono;fecha;tipo;centro;",
        "A;0412;2025-01-01;ARREST;x;algo",
        "A;0412;2025-02-01;RELEASE;;",
        "B;;2025-01-01;ARREST;x;otro");
    ImportResult r = read(f, ImportOptions.defaults());
    assertEquals(
        List.of(
            "s.csv: column 2 'Tel?fono' is not imported (no field of the format has that name; name it in a mapping file to import it)".replace("?", "é"),
            "s.csv: column 6 has no name in the header but holds data in 2 rows; it is not imported"),
        r.warnings());
  }

  @Test
  void aPersonsDetailsComeFromTheirFirstRowAndARejectedPersonTakesTheirRowsAlong() {
    Path f = Sheets.write(dir, "s.csv", UTF_8,
        HEADER,
        "A;" + SECRET + ";;F;VE;;2025-01-01;detención;x;;",
        "A;Otra Persona;;M;;;2025-02-01;excarcelación;;;",
        "A;;;;;;2025-03-01;excarcelación;;;",
        "B;" + SECRET + ";1990-02-30;M;VE;;2025-01-01;detención;x;;",
        "B;;;;;;2025-02-01;excarcelación;;;",
        "C;;;Z;;;2025-01-01;detención;x;;",
        "C;;;;;;2025-02-01;excarcelación;;;");
    ImportResult r = read(f, ImportOptions.defaults());
    assertEquals(
        List.of(
            "s.csv:3: 'nombre' differs from the person's first row (s.csv:2); a person's details come from their first row; 'sexo' 'M' differs from the person's first row (s.csv:2): 'F'; a person's details come from their first row",
            "s.csv:5: 'fecha de nacimiento' '1990-02-30' is not a valid date: yyyy-mm-dd is expected",
            "s.csv:6: detainee B was rejected (s.csv:5)",
            "s.csv:7: gender 'Z' is not one of F, M, X",
            "s.csv:8: detainee C was rejected (s.csv:7)"),
        Sheets.rejections(r));
    assertEquals(List.of("s.csv: read 7, accepted 2, rejected 5"), r.counts().stream().map(FileCounts::toString).toList());
    assertEquals(3, r.peopleWithEvents());
    assertEquals(2, r.peopleLeftOut());
    assertEquals(1, r.peoplePartlyImported());
  }

  @Test
  void aMappingFileNamesOtherHeadersSheetNamesAndWords() throws Exception {
    Path mapping = dir.resolve("mapping.properties");
    Files.writeString(mapping, """
        # our own columns
        column.detainee_id = Nº expediente
        column.date = Día del hecho
        column.type = Qué pasó
        column.facility_id = Dónde
        value.type.ARREST = lo agarraron | aprehendido
        value.gender.F = dama
        column.gender = Sexo biológico
        """, UTF_8);
    Path f = Sheets.write(dir, "s.csv", UTF_8,
        "Nº expediente;Día del hecho;Qué pasó;Dónde;Sexo biológico",
        "A;2025-01-01;Lo agarraron;Zona 7;dama");
    ImportResult r = read(f, ImportOptions.builder().mapping(mapping).build());
    assertEquals(List.of(), Sheets.rejections(r));
    assertEquals(EventType.ARREST, event(r, "A", 0).type());
    assertEquals(FacilityId.of("zona-7"), event(r, "A", 0).facility().orElseThrow());
    assertEquals(Gender.F, r.registry().detainee(DetaineeId.of("A")).orElseThrow().gender().orElseThrow());

    Files.writeString(mapping, "value.type.ESCAPE = fuga\n", UTF_8);
    RegistryFormatException e = assertThrows(RegistryFormatException.class, () -> read(f, ImportOptions.builder().mapping(mapping).build()));
    assertTrue(String.valueOf(e.getMessage()).startsWith("mapping.properties: value.type.ESCAPE: 'ESCAPE' is not a code of type (one of ARREST, TRANSFER,"), e.getMessage());
  }

  @Test
  void aSheetThatHoldsNoRecordsOrTwoColumnsOfOneFieldIsRefusedWithoutQuotingItsCells() {
    Path data = Sheets.write(dir, "s.csv", UTF_8, "V-1;" + SECRET + ";2025-01-01", "V-2;Otro;2025-01-02");
    RegistryFormatException e = assertThrows(RegistryFormatException.class, () -> read(data, ImportOptions.defaults()));
    assertFalse(String.valueOf(e.getMessage()).contains("Secreta"), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).startsWith("s.csv: no sheet can be imported"), e.getMessage());
    Path twice = Sheets.write(dir, "t.csv", UTF_8, "id;cédula;fecha;tipo", "A;A;2025-01-01;ARREST");
    e = assertThrows(RegistryFormatException.class, () -> read(twice, ImportOptions.defaults()));
    assertEquals("t.csv: columns 'id' and 'c?dula' both mean detainee_id; keep one".replace("?", "é"), e.getMessage());
  }

  @Test
  void namesAndNotesNeverAppearInAnyMessage() {
    String longName = SECRET + "x".repeat(100_001);
    Path f = Sheets.write(dir, "s.csv", UTF_8,
        "id;nombre;fecha;tipo;centro;notas;fecha de nacimiento",
        "A;" + SECRET + ";2025-01-01;ARREST;x;" + SECRET + ";31/31/1990",
        "A;" + SECRET + " Otra;2025-02-01;RELEASE;;" + SECRET + ";",
        "B;" + longName + ";2025-01-01;ARREST;x;;",
        "C;" + SECRET + ";2025-01-01;RELEASE;;" + SECRET + ";");
    ImportResult r = read(f, ImportOptions.defaults());
    assertEquals(4, r.rejections().size(), Sheets.rejections(r).toString());
    for (String line : Sheets.everything(r)) {
      assertFalse(line.contains("Secreta") || line.contains("Zo"), line);
    }
    assertFalse(r.toString().contains("Secreta"));
  }

  @Test
  void oldExcelFilesAndUnknownKindsOfFileAreRefusedWithWhatToDo() throws Exception {
    Path xls = dir.resolve("viejo.xls");
    Files.write(xls, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1});
    assertEquals(
        "viejo.xls is an old Excel 97-2003 workbook (.xls): open it and save it as Excel Workbook (.xlsx)",
        assertThrows(RegistryFormatException.class, () -> read(xls, ImportOptions.defaults())).getMessage());
    Path renamed = dir.resolve("viejo.xlsx");
    Files.copy(xls, renamed);
    assertEquals(
        "viejo.xlsx is an old Excel 97-2003 workbook (.xls), not .xlsx: open it and save it as Excel Workbook (.xlsx)",
        assertThrows(RegistryFormatException.class, () -> read(renamed, ImportOptions.defaults())).getMessage());
    Path notZip = Sheets.write(dir, "roto.ods", UTF_8, "id,fecha");
    assertTrue(String.valueOf(assertThrows(RegistryFormatException.class, () -> read(notZip, ImportOptions.defaults()))
        .getMessage()).startsWith("roto.ods is not an .ods spreadsheet"));
    Path pdf = Sheets.write(dir, "informe.pdf", UTF_8, "%PDF");
    assertTrue(String.valueOf(assertThrows(RegistryFormatException.class, () -> read(pdf, ImportOptions.defaults()))
        .getMessage()).startsWith("informe.pdf: unknown kind of file"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
