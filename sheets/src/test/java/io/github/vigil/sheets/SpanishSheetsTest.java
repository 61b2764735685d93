package io.github.vigil.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample registry kept as most keepers keep theirs (one sheet, Spanish headers and words,
 * the person on every row): as Windows-1252 text with semicolons and dd/MM/yyyy dates, and as
 * the .xlsx and .ods LibreOffice made of it with dates as date cells
 * (src/test/resources/spanish/make-workbooks.sh). The sheets were made from the bundled sample
 * as it was in version 1 of the format, kept beside them (src/test/resources/spanish/sample-v1):
 * each imports into that sample itself.
 */
class SpanishSheetsTest {
  private static final Registry SAMPLE = RegistryReader.read(Sheets.resource("spanish/sample-v1")).registry();

  private static void assertIsTheSample(ImportResult r, String label) {
    assertEquals(List.of(), Sheets.rejections(r));
    assertEquals(List.of(), r.warnings());
    assertEquals(List.of(label + ": read 2602, accepted 2602, rejected 0"),
        r.counts().stream().map(FileCounts::toString).toList());
    assertEquals(1100, r.peopleWithEvents());
    assertEquals(0, r.peopleLeftOut());
    Registry got = r.registry();
    assertEquals(SAMPLE.country(), got.country());
    int withEvents = 0;
    for (Detainee d : SAMPLE.detainees()) {
      History h = SAMPLE.history(d.id()).orElseThrow();
      if (h.events().isEmpty()) {
        continue;
      }
      withEvents++;
      assertEquals(d, got.detainee(d.id()).orElseThrow());
      assertEquals(h.events(), got.history(d.id()).orElseThrow().events(), d.id().toString());
    }
    assertEquals(withEvents, got.size());
    assertEquals(kinds(SAMPLE), kinds(got));
  }

  private static Map<String, String> kinds(Registry r) {
    return r.facilities().stream()
        .collect(Collectors.toMap(f -> f.id().value(), f -> f.kind().name(), (a, b) -> a, TreeMap::new));
  }

  @Test
  void aWindows1252SemicolonSheetWithDayFirstDatesImportsAsTheSample() {
    ImportResult r =
        SheetImport.read(
            Sheets.resource("spanish/muestra.csv"),
            ImportOptions.builder()
                .encoding(Charset.forName("windows-1252"))
                .dateFormat("dd/MM/yyyy")
                .country("VE")
                .build());
    assertIsTheSample(r, "muestra.csv");
    assertEquals("muestra.csv: text, windows-1252 (--encoding), delimiter ';' (found in the header)", r.notes().get(0));
    assertTrue(r.notes().get(1).startsWith("muestra.csv: events; 'Cédula' = detainee_id, 'Nombre' = name, 'Fecha de nacimiento' = birth_date"), r.notes().get(1));
  }

  @Test
  void libreOfficesXlsxOfTheSheetImportsAsTheSampleWithoutADateFormat() {
    assertIsTheSample(
        SheetImport.read(Sheets.resource("spanish/muestra.xlsx"), ImportOptions.builder().country("VE").build()),
        "muestra.xlsx:muestra");
  }

  @Test
  void libreOfficesOdsOfTheSheetImportsAsTheSampleWithoutADateFormat() {
    assertIsTheSample(
        SheetImport.read(Sheets.resource("spanish/muestra.ods"), ImportOptions.builder().country("VE").build()),
        "muestra.ods:muestra");
  }

  @Test
  void theConformanceRegistryExportedAndImportedKeepsEveryRecord(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    ReadResult mixed = RegistryReader.read(Sheets.resource("conformance/mixed"));
    for (String name : List.of("mixed.xlsx", "mixed.ods")) {
      Path book = dir.resolve(name);
      WorkbookWriter.write(mixed.registry(), book);
      ImportResult back = SheetImport.read(book, ImportOptions.defaults());
      assertEquals(List.of(), Sheets.rejections(back), name);
      assertEquals(mixed.registry(), back.registry(), name);
      for (Facility f : mixed.registry().facilities()) {
        assertEquals(f, back.registry().facility(f.id()).orElseThrow());
      }
    }
  }
}
