package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
  /**
   * The bundled sample of version 1 kept as one Spanish sheet, beside the registry it was made
   * from (the working directory is the module).
   */
  private static final Path SPANISH = Path.of("../sheets/src/test/resources/spanish");

  private static final Path SAMPLE_V1 = SPANISH.resolve("sample-v1");

  /**
   * Returns a copy of the version 1 sample as the sheet holds it: the sheet has no column for a
   * facility's region, so the copy's facilities have none (the report's regions are then
   * unknown in both).
   */
  private String sampleAsTheSheetHoldsIt() throws IOException {
    Path copy = dir.resolve("sample-v1");
    Files.createDirectories(copy);
    for (String file : List.of("registry.properties", "detainees.csv", "events.csv")) {
      Files.copy(SAMPLE_V1.resolve(file), copy.resolve(file));
    }
    List<String> facilities = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(SAMPLE_V1.resolve("facilities.csv"))) {
      String[] f = line.split(",", -1);
      facilities.add(String.join(",", f[0], f[1], f[2], facilities.isEmpty() ? f[3] : "", f[4]));
    }
    Files.write(copy.resolve("facilities.csv"), facilities);
    return copy.toString();
  }

  @TempDir Path dir;

  @Test
  void aSpanishWindows1252SheetImportsAndReportsExactlyAsTheRegistryItCameFrom() throws IOException {
    String sampleV1 = sampleAsTheSheetHoldsIt();
    Path to = dir.resolve("registry");
    Vigil imported = Vigil.run("import", "--from", SPANISH.resolve("muestra.csv").toString(), "--to", to.toString(),
        "--encoding", "windows-1252", "--date-format", "dd/MM/yyyy", "--country", "VE");
    assertEquals(ExitCode.OK, imported.code(), imported.err());
    assertEquals("", imported.err());
    List<String> out = imported.out().lines().toList();
    assertEquals("muestra.csv: text, windows-1252 (--encoding), delimiter ';' (found in the header)", out.get(0));
    assertTrue(out.contains("muestra.csv: read 2602, accepted 2602, rejected 0"), imported.out());
    assertTrue(out.contains("people with events: 1100; left out (no row of theirs loaded): 0; with some rows rejected: 0"), imported.out());
    for (String lang : List.of("en", "es")) {
      Vigil sample = Vigil.run("report", "--registry", sampleV1, "--lang", lang, "--since", "2025-01-01");
      Vigil fromSheet = Vigil.run("report", "--registry", to.toString(), "--lang", lang, "--since", "2025-01-01");
      assertEquals(sample.out(), fromSheet.out());
    }
  }

  @Test
  void libreOfficesWorkbooksOfTheSheetReportAsTheSampleToo() throws IOException {
    Vigil sample = Vigil.run("report", "--registry", sampleAsTheSheetHoldsIt(), "--format", "json");
    for (String book : List.of("muestra.xlsx", "muestra.ods")) {
      Path to = dir.resolve(book);
      Vigil imported = Vigil.run("import", "--from", SPANISH.resolve(book).toString(), "--to", to.toString(), "--country", "VE");
      assertEquals(ExitCode.OK, imported.code(), imported.err());
      assertEquals(sample.out(), Vigil.run("report", "--registry", to.toString(), "--format", "json").out(), book);
    }
  }

  @Test
  void anExportedWorkbookOfTheSampleWithItsClaimsImportsBackIntoTheSameReport() {
    Vigil sample = Vigil.run("report", "--format", "json", "--since", "2025-06-01");
    for (String book : List.of("sample.xlsx", "sample.ods")) {
      Path file = dir.resolve(book);
      Vigil exported = Vigil.run("export", "--to", file.toString());
      assertEquals(ExitCode.OK, exported.code(), exported.err());
      assertEquals("wrote " + file + ": 8 facilities, 1100 people, 2801 events\n", exported.out());
      Path to = dir.resolve(book + "-registry");
      assertEquals(ExitCode.OK, Vigil.run("import", "--from", file.toString(), "--to", to.toString()).code());
      assertEquals(sample.out(), Vigil.run("report", "--registry", to.toString(), "--format", "json", "--since", "2025-06-01").out());
    }
  }

  private Path sheet(Charset charset, String... lines) throws IOException {
    Path f = dir.resolve("padron.csv");
    Files.write(f, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    return f;
  }

  @Test
  void rejectedRowsAreListedAndWrittenBesideTheRegistryAndStrictWritesNothing() throws IOException {
    Path f = sheet(StandardCharsets.UTF_8, "cédula;fecha;tipo de evento;centro", "A;01/03/2025;detención;x", "B;2025-01-01;fuga;x");
    Path to = dir.resolve("r");
    Vigil strict = Vigil.run("import", "--from", f.toString(), "--to", to.toString(), "--strict");
    assertEquals(ExitCode.REJECTED, strict.code());
    assertEquals("vigil import: 2 rows rejected; nothing written (--strict)\n", strict.err());
    assertFalse(Files.exists(to));
    Vigil run = Vigil.run("import", "--from", f.toString(), "--to", to.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    String rejected = """
        padron.csv:2: 'fecha' '01/03/2025' is ambiguous (day/month or month/day?): give --date-format dd/MM/yyyy or --date-format MM/dd/yyyy
        padron.csv:3: type (4 characters, not shown) is not one of ARREST, TRANSFER, WHEREABOUTS_UNKNOWN, WHEREABOUTS_CONFIRMED, RELEASE_ORDER, RELEASE, MEASURE_IMPOSED, MEASURE_LIFTED, APPEARANCE_ATTENDED, APPEARANCE_MISSED, CASE_CLOSED, CONVICTION, EXILE, DEATH
        """;
    assertTrue(run.out().contains(rejected), run.out());
    assertTrue(run.out().contains("padron.csv: read 2, accepted 0, rejected 2\n"), run.out());
    assertEquals(rejected, Files.readString(to.resolve("rejected-rows.txt")));
    Vigil again = Vigil.run("import", "--from", f.toString(), "--to", to.toString());
    assertEquals(ExitCode.USAGE, again.code());
    assertEquals("vigil import: '" + to + "' already holds a registry (events.csv); give --replace to overwrite it (see 'vigil import --help')\n", again.err());
    assertEquals(ExitCode.OK, Vigil.run("import", "--from", f.toString(), "--to", to.toString(), "--replace").code());
  }

  @Test
  void aFileInAnotherEncodingIsRefusedInOneLineAndBadOptionsAreUsageErrors() throws IOException {
    Path f = sheet(Charset.forName("windows-1252"), "cédula;fecha;tipo de evento;centro", "A;2025-01-01;detención;x");
    Vigil run = Vigil.run("import", "--from", f.toString(), "--to", dir.resolve("r").toString());
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals(
        "vigil import: padron.csv is not UTF-8 text: line 1 holds the byte 0xE9, which UTF-8 does not allow; if the file was saved by Excel or another Windows program, run again with --encoding windows-1252 (or --encoding iso-8859-1), or save it as CSV UTF-8\n",
        run.err());
    for (List<String> bad : List.of(
        List.of("--encoding", "klingon"), List.of("--date-format", "yyyy"), List.of("--delimiter", "ab"),
        List.of("--country", "Venezuela"))) {
      List<String> args = new java.util.ArrayList<>(List.of("import", "--from", f.toString(), "--to", dir.resolve("u").toString()));
      args.addAll(bad);
      Vigil u = Vigil.run(args.toArray(new String[0]));
      assertEquals(ExitCode.USAGE, u.code(), bad + ": " + u.err());
      assertEquals(1, u.errLines().size(), u.err());
    }
    Vigil missing = Vigil.run("import", "--from", dir.resolve("none.csv").toString(), "--to", dir.resolve("u").toString());
    assertEquals(ExitCode.USAGE, missing.code());
    Vigil csvExport = Vigil.run("export", "--to", dir.resolve("x.csv").toString());
    assertEquals(ExitCode.USAGE, csvExport.code());
    assertEquals("vigil export: '" + dir.resolve("x.csv") + "' does not end in .xlsx or .ods (see 'vigil export --help')\n", csvExport.err());
  }

  @Test
  void inSpanishEveryLineIsSpanishAndAPersonsRejectedRowListsTheEventsItTookWithoutAName() throws IOException {
    Path f = sheet(StandardCharsets.UTF_8,
        "cédula;nombre;fecha de nacimiento;fecha;tipo de evento;centro",
        "A;Persona Ficticia;31/02/1990;01/03/2025;detención;x",
        "A;Persona Ficticia;31/02/1990;05/03/2025;traslado;y",
        "B;Otra Persona;01/01/1990;01/03/2025;detención;x",
        "B;Otra Persona;01/01/1990;02/03/2025;detención;x");
    Path to = dir.resolve("r");
    List<String> args = List.of("import", "--from", f.toString(), "--to", to.toString(),
        "--date-format", "dd/MM/yyyy", "--today", "2026-01-01", "--lang", "es");
    Vigil run = Vigil.run(args.toArray(new String[0]));
    assertEquals(ExitCode.OK, run.code(), run.err());
    String expected = """
        padron.csv:2: 'fecha de nacimiento' '31/02/1990' no es una fecha válida con la forma dd/MM/yyyy
            y con ella sus eventos: padron.csv:3
        padron.csv:5: ARREST del 2025-03-02 no corresponde a B: la persona está detenida; ARREST solo corresponde como primer evento, en libertad o en el exilio
        padron.csv: leídas 4, aceptadas 1, rechazadas 3
        personas con eventos: 2; excluidas (ninguna fila suya se cargó): 1; con alguna fila rechazada: 1
        """;
    assertTrue(run.out().contains(expected), run.out());
    assertTrue(run.out().contains("padron.csv: eventos; 'cédula' = detainee_id, "), run.out());
    assertFalse(run.out().contains("Persona"), run.out());
    assertEquals(
        List.of(
            "padron.csv:2: 'fecha de nacimiento' '31/02/1990' no es una fecha válida con la forma dd/MM/yyyy",
            "padron.csv:3: la fila de la persona A fue rechazada (padron.csv:2)",
            "padron.csv:5: ARREST del 2025-03-02 no corresponde a B: la persona está detenida; ARREST solo corresponde como primer evento, en libertad o en el exilio"),
        Files.readAllLines(to.resolve("rejected-rows.txt")));
    List<String> strict = new java.util.ArrayList<>(args);
    strict.set(4, dir.resolve("s").toString());
    strict.add("--strict");
    Vigil refused = Vigil.run(strict.toArray(new String[0]));
    assertEquals(ExitCode.REJECTED, refused.code());
    assertEquals("vigil import: 3 filas rechazadas; no se escribió nada (--strict)\n", refused.err());
    assertFalse(Files.exists(dir.resolve("s")));
  }

  @Test
  void validateInSpanishGivesEveryReasonOfTheMixedRegistryInSpanish() {
    Vigil en = Vigil.run("validate", "--registry", "../conformance/mixed");
    Vigil es = Vigil.run("validate", "--registry", "../conformance/mixed", "--lang", "es");
    assertEquals(ExitCode.REJECTED, es.code());
    List<String> english = en.out().lines().filter(l -> l.matches("[a-z]+\\.csv:\\d+: .*")).toList();
    List<String> spanish = es.out().lines().filter(l -> l.matches("[a-z]+\\.csv:\\d+: .*")).toList();
    assertEquals(english.size(), spanish.size());
    for (int i = 0; i < english.size(); i++) {
      assertFalse(english.get(i).equals(spanish.get(i)), spanish.get(i));
    }
    assertTrue(es.out().contains("total: leídas "), es.out());
  }
}
