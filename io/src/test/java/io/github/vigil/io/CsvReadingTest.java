package io.github.vigil.io;

import static io.github.vigil.io.Folders.DETAINEES;
import static io.github.vigil.io.Folders.EVENTS_HEADER;
import static io.github.vigil.io.Folders.FACILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.io.internal.Columns;
import io.github.vigil.io.internal.CsvTable;
import io.github.vigil.io.internal.Row;
import io.github.vigil.io.internal.Warnings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of a CSV file: its header, blank rows, columns without a name, long fields. */
class CsvReadingTest {
  @TempDir Path dir;

  private static String message(Path folder) {
    return String.valueOf(
        assertThrows(RegistryFormatException.class, () -> RegistryReader.read(folder)).getMessage());
  }

  @Test
  void aHeaderWithAControlCharacterIsNotCsvText() {
    assertEquals(
        "events.csv does not look like CSV text: its header (line 2) holds control characters",
        message(Folders.folder(dir, FACILITIES, DETAINEES, "\ndetainee_id,da\u0001te,type\n")));
  }

  @Test
  void aColumnWithoutANameIsIgnoredWithAWarning() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir, FACILITIES, DETAINEES, "detainee_id, ,date,type,facility_id\nA,x,2024-01-01,ARREST,helicoide\n"));
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(List.of("events.csv: column 2 has no name in the header; it is ignored"), r.warnings());
    assertEquals(1, r.registry().eventCount());
  }

  @Test
  void aHeaderMissingARequiredColumnCountsOneOtherColumnInTheSingular() {
    assertEquals(
        "events.csv has no column 'date' (required: detainee_id, date, type); the header, line 1,"
            + " names detainee_id, type and 1 other column (not shown: if line 1 is a row of data,"
            + " the header line is missing)",
        message(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,day,,type\n")));
    assertEquals(
        "events.csv has no column 'detainee_id' (required: detainee_id, date, type); the header, line"
            + " 1, names facility_id",
        message(Folders.folder(dir, FACILITIES, DETAINEES, "facility_id,,\n")));
    assertEquals(
        "events.csv has no column 'detainee_id' (required: detainee_id, date, type); the header, line"
            + " 1, names none of its columns and 2 other columns (not shown: if line 1 is a row of data,"
            + " the header line is missing)",
        message(Folders.folder(dir, FACILITIES, DETAINEES, "a,b\n")));
  }

  @Test
  void aHeaderOfAThousandColumnsIsReadAndOneOfMoreIsRefused() {
    String many = IntStream.range(0, 996).mapToObj(i -> ",c" + i).collect(Collectors.joining());
    ReadResult r =
        Folders.read(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,date,type,facility_id" + many + "\n"));
    assertEquals(List.of(), Folders.lines(r));
    assertEquals(
        "events.csv has more than 1000 columns in its header (line 1); is it a registry file?",
        message(Folders.folder(dir, FACILITIES, DETAINEES, "detainee_id,date,type,facility_id" + many + ",d\n")));
  }

  @Test
  void rowsOfBlankFieldsAreSkippedAndFieldsPastTheHeaderRejectTheirRow() {
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES,
                "detainee_id,date,type,facility_id\n , ,,\nA,2024-01-01,ARREST,helicoide\n,,,\nA,2024-02-01,TRANSFER,rodeo-1,x\n"));
    assertEquals(
        List.of("events.csv:5: the row has 5 fields but the header has 4 columns"), Folders.lines(r));
    assertEquals(2, r.counts("events.csv").orElseThrow().read());
  }

  @Test
  void aFieldOfAHundredThousandCharactersIsReadOnlyInAColumnOfTheFormat() {
    String note = "n".repeat(100_000);
    ReadResult r =
        Folders.read(
            Folders.folder(
                dir,
                FACILITIES,
                DETAINEES,
                EVENTS_HEADER.strip() + ",colour\nA,2024-01-01,ARREST,helicoide,,,,," + note + "," + note + "x\n"
                    + "A,2024-02-01,TRANSFER,rodeo-1,,,,," + note + "x,\n"));
    assertEquals(
        List.of("events.csv:3: note holds 100001 characters; at most 100000 are allowed"), Folders.lines(r));
  }

  @Test
  void aQuoteLeftOpenNamesTheLineWhereItsRowStartsAndWhereTheParserStopped() {
    String message =
        message(
            Folders.folder(
                dir, FACILITIES, DETAINEES, EVENTS_HEADER + "A,2024-01-01,ARREST,helicoide,,,,,\"open\n\nx\"y,\n"));
    assertEquals(
        "events.csv is not well-formed CSV in the row that starts at line 2 (the parser stopped at"
            + " line 4): a quoted field must end with a quote followed by a comma or the end of the"
            + " line, and a quote inside it must be doubled",
        message);
  }

  private static void writeBytes(Path file, byte[]... parts) {
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
      for (byte[] p : parts) {
        out.write(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aCharacterSplitAcrossTheReadersBufferIsReadWhole() {
    // 65,536 bytes are decoded at a time; a two-byte letter falls across that edge in one of the
    // two rows' files, whichever the parity of what comes before it
    for (String pad : List.of("", " ")) {
      String note = "\u00e9".repeat(40_000);
      Path f =
          Folders.folder(
              dir, FACILITIES, DETAINEES, EVENTS_HEADER + "A,2024-01-01,ARREST,helicoide,,,,," + pad + note + "\n");
      ReadResult r = Folders.read(f);
      assertEquals(List.of(), Folders.lines(r));
      assertEquals(
          note,
          r.registry().history(io.github.vigil.core.DetaineeId.of("A")).orElseThrow().events().get(0).note().orElseThrow(),
          "pad '" + pad + "'");
    }
  }

  @Test
  void aByteThatIsNotUtf8PastTheFirstBufferIsReportedAtItsLine() {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    StringBuilder rows = new StringBuilder(EVENTS_HEADER);
    for (int i = 0; i < 2_000; i++) {
      rows.append("A,2024-01-01,TRANSFER,helicoide,,,,,a note long enough to fill the buffer\n");
    }
    writeBytes(
        f.resolve("events.csv"),
        rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new byte[] {'A', ',', (byte) 0xff, '\n'});
    assertEquals("events.csv is not UTF-8 text at line 2002; save it as CSV in UTF-8", message(f));
  }

  @Test
  void aLetterCutShortAtTheEndOfTheFileIsNotUtf8() {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    writeBytes(
        f.resolve("events.csv"),
        (EVENTS_HEADER + "A,2024-01-01,ARREST,helicoide,,,,,Jos").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new byte[] {(byte) 0xc3});
    assertEquals("events.csv is not UTF-8 text at line 2; save it as CSV in UTF-8", message(f));
  }
  @Test
  void aMissingFileNamesTheThreeFilesAFolderNeeds() throws java.io.IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    java.nio.file.Files.delete(f.resolve("events.csv"));
    assertEquals(
        "events.csv is missing: a registry folder needs facilities.csv, detainees.csv, events.csv"
            + " (a header line is enough for an empty file)",
        message(f));
  }

  @Test
  void eachRowPassedOnKeepsItsOwnValuesAfterTheNextIsRead() throws java.io.IOException {
    Path file = dir.resolve("facilities.csv");
    java.nio.file.Files.writeString(file, "id,region\nF1,Caracas\nF2\n");
    List<Row> rows = new java.util.ArrayList<>();
    CsvTable.read(file, Columns.FACILITIES, new Warnings(), rows::add);
    assertEquals(List.of("Caracas", ""), rows.stream().map(r -> r.get("region")).collect(Collectors.toList()));
    assertEquals(List.of("F1", "F2"), rows.stream().map(r -> r.get("id")).collect(Collectors.toList()));
  }
}
