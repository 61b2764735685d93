package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code vigil} command given hostile or careless input: every message is one line of
 * printable ASCII that repeats no name or note; empty values are usage errors; a failed write is
 * a failure; the report says who was left out and who is not yet known.
 */
class HostileCommandLineTest {
  private static final String FACILITIES = "id,name,kind\nhelicoide,El Helicoide,INTELLIGENCE\n";
  private static final String DETAINEES =
      """
      id,name,birth_date,gender,nationality,affiliation,serious_health_condition
      A,Ana Secretname,1990-01-01,F,VE,CIVILIAN,false
      """;
  private static final String EVENTS_HEADER =
      "detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note\n";

  @TempDir Path dir;

  private Path registry(String facilities, String detainees, String events) throws IOException {
    Path f = Files.createDirectories(dir.resolve("registry"));
    Files.writeString(f.resolve("facilities.csv"), facilities, StandardCharsets.UTF_8);
    Files.writeString(f.resolve("detainees.csv"), detainees, StandardCharsets.UTF_8);
    Files.writeString(f.resolve("events.csv"), events, StandardCharsets.UTF_8);
    return f;
  }

  /** Every line the command wrote is printable ASCII and names nobody. */
  private static void assertSafe(Vigil run) {
    for (String text : List.of(run.out(), run.err())) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        assertTrue(c == '\n' || (c >= 0x20 && c < 0x7f), "character " + (int) c + " in: " + text);
      }
      assertFalse(text.contains("Secretname") || text.contains("0412"), text);
    }
  }

  private static void assertOneLineUsageError(Vigil run, String expected) {
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertSafe(run);
  }

  // 7: a period no date can hold is rejected at reading, so no command meets it
  @Test
  void aCourtAppearancePeriodBeyondAHundredYearsIsARejectedRowForEveryCommand() throws IOException {
    Path r =
        registry(
            FACILITIES,
            DETAINEES + "B,,1990-01-01,M,VE,CIVILIAN,false\n",
            EVENTS_HEADER
                + "A,2025-01-01,ARREST,helicoide,,,,,\n"
                + "A,2025-02-01,RELEASE,,COURT_APPEARANCE(P999999999Y),,,,\n"
                + "B,2025-01-01,ARREST,helicoide,,,,,\n"
                + "B,2025-02-01,RELEASE,,COURT_APPEARANCE(P7D),,,,\n");
    for (String command : List.of("risk", "report", "survival")) {
      Vigil run = Vigil.run(command, "--registry", r.toString(), "--as-of", "2025-03-01");
      assertEquals(ExitCode.OK, run.code(), command + ": " + run.err());
      assertTrue(run.err().contains("rejected"), command + ": " + run.err());
      assertFalse(run.err().contains("Exception"), command + ": " + run.err());
      assertSafe(run);
    }
    Vigil validate = Vigil.run("validate", "--registry", r.toString());
    assertEquals(ExitCode.REJECTED, validate.code(), validate.err());
    assertTrue(validate.out().contains("events.csv:3: "), validate.out());
    assertTrue(validate.out().contains("at most 100 years"), validate.out());
  }

  // 1, 2, 3, 6: what validate and report echo

  @Test
  void aFileWithoutItsHeaderLineStopsTheCommandWithoutShowingItsFirstRow() throws IOException {
    Path r =
        registry(
            FACILITIES,
            DETAINEES,
            "A,2024-01-01,ARREST,helicoide,,,,,call Ana Secretname on 0412-5550000\n");
    Vigil run = Vigil.run("report", "--registry", r.toString());
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertTrue(run.err().startsWith("vigil report: events.csv has no column 'detainee_id'"), run.err());
    assertSafe(run);
  }

  @Test
  void validateWarnsOfIgnoredColumnsInTheLanguageAskedFor() throws IOException {
    StringBuilder header = new StringBuilder("id,name,kind");
    StringBuilder row = new StringBuilder("helicoide,El Helicoide,INTELLIGENCE");
    for (int i = 1; i <= 12; i++) {
      header.append(",x").append(i);
      row.append(',');
    }
    Path r =
        registry(
            header + "\n" + row + "\n",
            DETAINEES.replace("serious_health_condition\n", "serious_health_condition,\n")
                .replace("false\n", "false,\n"),
            EVENTS_HEADER + "A,2024-01-01,ARREST,helicoide,,,,,\n");
    Vigil english = Vigil.run("validate", "--registry", r.toString());
    Vigil spanish = Vigil.run("validate", "--registry", r.toString(), "--lang", "es");
    assertEquals(ExitCode.OK, english.code(), english.out());
    assertEquals(ExitCode.OK, spanish.code(), spanish.err());
    List<String> en = english.out().lines().filter(l -> l.startsWith("warning: ")).toList();
    List<String> es = spanish.out().lines().filter(l -> l.startsWith("aviso: ")).toList();
    assertEquals(
        List.of(
            "warning: facilities.csv: unknown column 'x1' is ignored",
            "warning: detainees.csv: column 8 has no name in the header; it is ignored",
            "warning: facilities.csv: and 2 more unknown columns are ignored"),
        List.of(en.get(0), en.get(10), en.get(11)),
        english.out());
    assertEquals(
        List.of(
            "aviso: facilities.csv: la columna desconocida 'x1' se ignora",
            "aviso: detainees.csv: la columna 8 no tiene nombre en el encabezado; se ignora",
            "aviso: facilities.csv: y 2 columnas desconocidas más se ignoran"),
        List.of(es.get(0), es.get(10), es.get(11)),
        spanish.out());
    assertEquals(12, en.size(), english.out());
    assertEquals(12, es.size(), spanish.out());
    assertFalse(spanish.out().contains("ignored"), spanish.out());
  }

  @Test
  void validateWritesOneSafeLinePerRejectedRow() throws IOException {
    Path r =
        registry(
            FACILITIES,
            DETAINEES + "Ana Secretname,P2,,,,,\n" + "\u04201,,,,,,\n",
            EVENTS_HEADER
                + "A,2024-01-01,ARREST,helicoide,,,,,\n"
                + "A,2024-01-02,RELEASE,,\"OTHER(call 0412\u001b[2J\r\nevents.csv:99: forged);X\",,,,\n"
                + "A,2024-01-03,RELEASE,,\"OTHER(call 0412)\",,,,\n"
                + "A,2024-01-04,TRANSFER,helicoide,\"OTHER(call 0412)\",,,,\n");
    Vigil run = Vigil.run("validate", "--registry", r.toString());
    assertEquals(ExitCode.REJECTED, run.code(), run.err());
    assertSafe(run);
    List<String> lines = run.out().lines().toList();
    assertEquals(
        List.of(
            "detainees.csv:3: id (14 characters, not shown) is not a valid id: use only A-Z a-z 0-9 . _ -",
            "detainees.csv:4: id '<U+0420>1' is not a valid id: use only A-Z a-z 0-9 . _ -",
            "events.csv:3: measures: OTHER text must not hold ';', '(', ')' or control characters",
            "events.csv:6: measures must be blank on TRANSFER, was 'OTHER(...)'",
            "facilities.csv: read 1, accepted 1, rejected 0",
            "detainees.csv: read 3, accepted 1, rejected 2",
            "events.csv: read 4, accepted 2, rejected 2",
            "total: read 8, accepted 4, rejected 4",
            "people left out: 2 (their row was rejected, and with it their events)"),
        lines);
  }

  // 4: every echoed argument is sanitised

  @Test
  void argumentsAreEchoedSanitisedInUsageErrors() {
    assertOneLineUsageError(
        Vigil.run("report", "--source", "ngo,\u001b[2J"), "--source: '?[2J' is not a source label");
    assertOneLineUsageError(Vigil.run("report", "--as-of", "2026\n01-01"), "'2026?01-01' is not a date");
    assertOneLineUsageError(Vigil.run("report", "--format", "\u001b]0;x\u0007"), "is not a format");
    assertOneLineUsageError(Vigil.run("report", "--lang", "\u0420u"), "'<U+0420>u' is not a language");
    assertOneLineUsageError(
        Vigil.run("report", "--registry", "/no/such\nevents.csv:1: forged"), "no registry at '/no/such?events.csv");
    assertOneLineUsageError(Vigil.run("report", "--\u001b[31mcolour"), "vigil report:");
    assertOneLineUsageError(Vigil.run("survival", "--group", "travel_ban\u001b"), "unknown measure code");
    assertOneLineUsageError(Vigil.run("risk", "--ties\u2028x"), "vigil risk:");
  }

  // 11: empty values

  @Test
  void anEmptyRegistryPathIsAUsageErrorNotTheCurrentFolder() {
    assertOneLineUsageError(Vigil.run("report", "--registry", ""), "an empty path names no registry");
    assertOneLineUsageError(Vigil.run("validate", "--registry", " "), "an empty path names no registry");
  }

  @Test
  void anEmptyCovariateIsAUsageErrorNotNoModel() {
    assertOneLineUsageError(Vigil.run("survival", "--covariates", ","), "--covariates: an empty name in ','");
    assertOneLineUsageError(
        Vigil.run("survival", "--covariates", "TRAVEL_BAN,"), "--covariates: an empty name in 'TRAVEL_BAN,'");
  }

  // 13, 14: what a report leaves out

  @Test
  void eventsAfterTodayAreRejectedAndPeopleLeftOutAndNotYetKnownAreReported() throws IOException {
    Path r =
        registry(
            FACILITIES,
            DETAINEES + "B,,,,,,\n" + "C,,,Q,,,\n",
            EVENTS_HEADER
                + "A,2025-01-01,ARREST,helicoide,,,,,\n"
                + "B,2025-01-01,ARREST,helicoide,,,2025-03-01,,\n"
                + "A,2205-01-01,RELEASE,,,,,,\n"
                + "C,2025-01-01,ARREST,helicoide,,,,,\n");
    Vigil run =
        Vigil.run(
            "report", "--registry", r.toString(), "--today", "2026-01-15", "--format", "json",
            "--as-of", "2025-02-01");
    assertEquals(ExitCode.OK, run.code(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(3, json.get("rejectedRows").asInt());
    assertEquals(1, json.get("rejectedPeople").asInt());
    assertEquals(1, json.get("peopleWithEventsNotYetKnown").asInt());
    assertEquals(1, json.get("population").asInt());
    assertEquals(
        List.of(
            "vigil report: warning: 3 rows rejected and left out, with 1 person (list them with"
                + " 'vigil validate')"),
        run.errLines());
    Vigil validate = Vigil.run("validate", "--registry", r.toString(), "--today", "2026-01-15");
    assertTrue(
        validate.out().contains("events.csv:4: date 2205-01-01 is after today, 2026-01-15: it has not happened yet\n"),
        validate.out());
  }

  // 10: a write that fails

  @Test
  void aFailedWriteIsAFailureWithOneLineNeverASilentSuccess() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    for (List<String> args :
        List.of(
            List.of("report", "--format", "json"),
            List.of("validate"),
            List.of("risk"),
            List.of("survival"),
            List.of("--help"),
            List.of("report", "--help"),
            List.of("--version"))) {
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code =
          VigilCommand.execute(
              new PrintStream(broken, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              args.toArray(String[]::new));
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(ExitCode.INTERNAL, code, args + ": " + message);
      assertEquals(1, message.lines().count(), args + ": " + message);
      assertTrue(message.contains("the output could not be written"), message);
    }
  }

  // 23: the command line through picocli's own means

  @Test
  void everyCommandsHelpListsTheExitCodesDeclaredOnce() {
    for (String command : List.of("report", "validate", "risk", "survival")) {
      Vigil run = Vigil.run(command, "--help");
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertTrue(run.out().contains("Exit codes:"), command + ": " + run.out());
      for (String code : ExitCode.LIST.keySet()) {
        String meaning = ExitCode.LIST.get(code);
        assertTrue(
            run.out().contains(meaning.substring(0, Math.min(20, meaning.length()))),
            command + " " + code);
      }
    }
  }

  @Test
  void oneFormatEnumServesEveryCommandEachWithTheFormatsItWrites() {
    assertOneLineUsageError(Vigil.run("risk", "--format", "csv"), "'csv' is not a format: use text or json");
    assertOneLineUsageError(Vigil.run("survival", "--format", "markdown"), "use text or json");
    assertEquals(ExitCode.OK, Vigil.run("risk", "--format", "JSON").code());
    Vigil help = Vigil.run("report", "--help");
    assertTrue(help.out().contains("text, markdown, csv, json"), help.out());
  }

  @Test
  void measureCodesAreReadByTheCoresParserInAnyCase() {
    assertEquals(ExitCode.OK, Vigil.run("survival", "--group", "travel_ban").code());
    assertOneLineUsageError(
        Vigil.run("survival", "--group", "CURFEW"),
        "--group: unknown measure code 'CURFEW' (expected one of COURT_APPEARANCE, ");
    assertOneLineUsageError(
        Vigil.run("survival", "--group", "TRAVEL_BAN(P1D)"), "--group: unknown measure code");
  }

  @Test
  void debugIsReadFromTheParseResult() {
    assertTrue(VigilCommand.debug(VigilCommand.commandLine().parseArgs("report", "--debug")));
    assertTrue(VigilCommand.debug(VigilCommand.commandLine().parseArgs("--debug", "risk")));
    assertFalse(VigilCommand.debug(VigilCommand.commandLine().parseArgs("report")));
  }
}
