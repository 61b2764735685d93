package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.core.DetaineeId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
  /** Every name in the canary registry starts with this, so that a leak is easy to find. */
  static final String CANARY = "Canary";

  /** The ids of the people whose families asked that they never be named. */
  static final List<String> CONFIDENTIAL = List.of("id-bravo", "id-echo");

  @TempDir Path dir;

  /**
   * Writes a small registry whose names all start with {@link #CANARY}, two of its people
   * confidential, as of 2026-01-08 (its latest event): id-alpha, id-bravo (confidential) and
   * id-delta (no name) hold release orders not executed; id-charlie's whereabouts are unknown;
   * id-echo (confidential) is held; id-foxtrot (a name over two lines, with a right-to-left
   * override) is under house arrest; id-golf is fully free.
   */
  static Path canaryRegistry(Path dir, String... extraDetainees) throws IOException {
    Path r = Files.createDirectories(dir.resolve("canary"));
    Files.writeString(
        r.resolve("facilities.csv"),
        "id,name,kind\nhelicoide,El Helicoide,INTELLIGENCE\nrodeo-1,El Rodeo I,PRISON\n");
    StringBuilder detainees =
        new StringBuilder(
            """
            id,name,birth_date,gender,nationality,affiliation,serious_health_condition,confidential
            id-alpha,Canary Alpha Name,1990-01-01,F,VE,CIVILIAN,false,false
            id-bravo,Canary Bravo Name,1960-01-01,M,VE,MILITARY,true,TRUE
            id-charlie,Canary Charlie Name,,M,CO,,,
            id-delta,,,,,,,False
            id-echo,Canary Echo Name,2009-01-01,M,VE,CIVILIAN,false,true
            id-foxtrot,"Canary Foxtrot
            Second\u202Eline",,F,VE,,,
            id-golf,Canary Golf Name,,,,,,
            """);
    for (String extra : extraDetainees) {
      detainees.append(extra).append('\n');
    }
    Files.writeString(r.resolve("detainees.csv"), detainees.toString());
    Files.writeString(
        r.resolve("events.csv"),
        """
        detainee_id,date,type,facility_id,measures,source,note
        id-alpha,2025-03-01,ARREST,helicoide,,ngo,Canary note alpha
        id-alpha,2026-01-08,RELEASE_ORDER,,COURT_APPEARANCE(P30D),ngo,
        id-bravo,2025-04-01,ARREST,helicoide,,ngo,
        id-bravo,2026-01-08,RELEASE_ORDER,,,family,Canary note bravo
        id-charlie,2025-05-01,ARREST,rodeo-1,,family,
        id-charlie,2025-06-01,WHEREABOUTS_UNKNOWN,,,family,
        id-charlie,2025-07-01,WHEREABOUTS_UNKNOWN,,,ngo,
        id-delta,2025-06-01,ARREST,rodeo-1,,ngo,
        id-delta,2026-01-05,RELEASE_ORDER,,,ngo,
        id-echo,2025-02-01,ARREST,helicoide,,ngo,
        id-foxtrot,2025-01-01,ARREST,helicoide,,ngo,
        id-foxtrot,2025-12-01,RELEASE,,HOUSE_ARREST;SPEECH_BAN,ngo,
        id-golf,2025-01-01,ARREST,rodeo-1,,ngo,
        id-golf,2025-11-01,RELEASE,,,ngo,
        id-golf,2025-11-02,CASE_CLOSED,,,ngo,
        """);
    return r;
  }

  private Vigil list(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("list", "--registry", canaryRegistry(dir).toString()));
    all.addAll(List.of(args));
    return Vigil.run(all.toArray(new String[0]));
  }

  private static void assertNoConfidentialPerson(Vigil run) {
    for (String s : List.of("id-bravo", "id-echo", "Bravo", "Echo")) {
      assertFalse(run.out().contains(s), s + " in: " + run.out());
      assertFalse(run.err().contains(s), s + " in: " + run.err());
    }
  }

  @Test
  void withoutNamesTheListHoldsIdsAndDatesOnlyAndCountsTheConfidentialPeople() throws IOException {
    Vigil run = list("--category", "RELEASE_PENDING");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals("", run.err());
    assertEquals(
        """
        People in RELEASE_PENDING as of 2026-01-08
        Sources: all

        id        category         held since  release ordered on
        --------  ---------------  ----------  ------------------
        id-alpha  RELEASE_PENDING  2025-03-01  2026-01-08
        id-delta  RELEASE_PENDING  2025-06-01  2026-01-05

        2 people listed.
        1 more person is left out at the family's request.
        """,
        run.out());
    assertFalse(run.out().contains(CANARY), run.out());
    assertNoConfidentialPerson(run);
  }

  @Test
  void namesArePrintedOnlyWithNamesAndAnnouncedOnStandardErrorFirst() throws IOException {
    Vigil run = list("--category", "release_pending,whereabouts_unknown", "--names");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(
        List.of(
            "vigil list: about to print the names of 2 people in WHEREABOUTS_UNKNOWN,"
                + " RELEASE_PENDING as of 2026-01-08 (internal output, not for publication);"
                + " 1 more person left out at the family's request"),
        run.errLines());
    assertEquals(
        """
        People in WHEREABOUTS_UNKNOWN, RELEASE_PENDING as of 2026-01-08
        Sources: all

        id          category             held since  whereabouts unknown since  release ordered on  name
        ----------  -------------------  ----------  -------------------------  ------------------  -------------------
        id-alpha    RELEASE_PENDING      2025-03-01                             2026-01-08          Canary Alpha Name
        id-charlie  WHEREABOUTS_UNKNOWN  2025-05-01  2025-06-01                                     Canary Charlie Name
        id-delta    RELEASE_PENDING      2025-06-01                             2026-01-05          (no name recorded)

        3 people listed.
        1 more person is left out at the family's request.
        """,
        run.out());
    assertNoConfidentialPerson(run);
  }

  @Test
  void confidentialPeopleAreNeverPrintedInAnyCategoryOrFormatEvenWithNames() throws IOException {
    String every = "DETAINED,WHEREABOUTS_UNKNOWN,RELEASE_PENDING,HOUSE_ARREST,CONDITIONAL,FULL,EXILED,DECEASED";
    for (String format : List.of("text", "csv", "json")) {
      for (boolean names : new boolean[] {false, true}) {
        Vigil run =
            names
                ? list("--category", every, "--format", format, "--names")
                : list("--category", every, "--format", format);
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertNoConfidentialPerson(run);
        assertEquals(names, run.out().contains("Canary Alpha Name"), format + " " + names);
        assertFalse(run.out().contains("Canary note"), run.out());
      }
    }
    Vigil run = list("--category", every, "--names");
    assertTrue(run.out().endsWith("5 people listed.\n2 more people are left out at their families' request.\n"), run.out());
    assertTrue(run.errLines().get(0).endsWith("; 2 more people left out at their families' request"), run.err());
  }

  @Test
  void everyPersonIsOneLineOfTextWhateverTheirName() throws IOException {
    Vigil run = list("--category", "HOUSE_ARREST,FULL", "--names");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(
        """
        People in HOUSE_ARREST, FULL as of 2026-01-08
        Sources: all

        id          category      released on  house arrest since  name
        ----------  ------------  -----------  ------------------  --------------------------
        id-foxtrot  HOUSE_ARREST  2025-12-01   2025-12-01          Canary Foxtrot Second line
        id-golf     FULL          2025-11-01                       Canary Golf Name

        2 people listed.
        """,
        run.out());
  }

  @Test
  void csvHasFixedColumnsAndTheCountOfPeopleLeftOutGoesToStandardError() throws IOException {
    Vigil ids = list("--category", "RELEASE_PENDING,DETAINED", "--format", "csv");
    assertEquals(ExitCode.OK, ids.code(), ids.err());
    assertEquals(
        """
        id,category,held_since,whereabouts_unknown_since,release_ordered_on,released_on,house_arrest_since,exiled_on,died_on
        id-alpha,RELEASE_PENDING,2025-03-01,,2026-01-08,,,,
        id-delta,RELEASE_PENDING,2025-06-01,,2026-01-05,,,,
        """,
        ids.out());
    assertEquals(
        List.of("vigil list: 2 more people left out at their families' request (not in the CSV)"),
        ids.errLines());
    Vigil named = list("--category", "HOUSE_ARREST", "--format", "csv", "--names");
    assertEquals(
        """
        id,name,category,held_since,whereabouts_unknown_since,release_ordered_on,released_on,house_arrest_since,exiled_on,died_on
        id-foxtrot,"Canary Foxtrot
        Second\u202Eline",HOUSE_ARREST,,,,2025-12-01,2025-12-01,,
        """,
        named.out());
  }

  @Test
  void jsonIsOneObjectWithTheCountsAndOnlyTheDatesThatApply() throws IOException {
    Vigil run = list("--category", "RELEASE_PENDING,WHEREABOUTS_UNKNOWN", "--format", "json", "--source", "ngo");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(
        "{\"asOf\":\"2026-01-08\",\"knownAsOf\":\"2026-01-08\",\"sources\":[\"ngo\"],"
            + "\"categories\":[\"WHEREABOUTS_UNKNOWN\",\"RELEASE_PENDING\"],\"listed\":2,\"leftOut\":0,"
            + "\"people\":["
            + "{\"id\":\"id-alpha\",\"category\":\"RELEASE_PENDING\",\"heldSince\":\"2025-03-01\",\"releaseOrderedOn\":\"2026-01-08\"},"
            + "{\"id\":\"id-delta\",\"category\":\"RELEASE_PENDING\",\"heldSince\":\"2025-06-01\",\"releaseOrderedOn\":\"2026-01-05\"}"
            + "]}\n",
        run.out());
    Vigil named = list("--category", "RELEASE_PENDING", "--format", "json", "--names", "--as-of", "2026-01-06");
    JsonNode root = new ObjectMapper().readTree(named.out());
    assertEquals("2026-01-06", root.get("asOf").asText());
    assertEquals(1, root.get("listed").asInt());
    assertEquals(0, root.get("leftOut").asInt());
    assertTrue(root.get("people").get(0).get("name").isNull(), named.out());
  }

  @Test
  void spanishLabelsTheTextAndCountsThePeopleLeftOut() throws IOException {
    Vigil run = list("--category", "RELEASE_PENDING,DETAINED", "--lang", "es", "--known-as-of", "2026-01-09");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(
        """
        Personas en DETAINED, RELEASE_PENDING al 2026-01-08, según lo registrado al 2026-01-09
        Fuentes: todas

        id        categoría        detención desde  boleta de excarcelación del
        --------  ---------------  ---------------  ---------------------------
        id-alpha  RELEASE_PENDING  2025-03-01       2026-01-08
        id-delta  RELEASE_PENDING  2025-06-01       2026-01-05

        2 personas en la lista.
        Se omiten 2 personas más a petición de sus familias.
        """,
        run.out());
  }

  @Test
  void pseudonymizedIdsReplaceTheRegistrysAndAreOrderedByPseudonym() throws IOException {
    Path key = Files.writeString(dir.resolve("key"), "a secret of at least sixteen bytes\n");
    Vigil run =
        list("--category", "RELEASE_PENDING", "--format", "csv", "--pseudonymize", "--pseudonym-key-file", key.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    Pseudonymizer p = Pseudonymizer.ofKey("a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));
    List<String> expected =
        List.of("id-alpha", "id-delta").stream().map(i -> p.apply(DetaineeId.of(i))).sorted().toList();
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertEquals(expected, lines.subList(1, 3).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
    assertFalse(run.out().contains("id-"), run.out());
    assertNoConfidentialPerson(run);
  }

  @Test
  void namesWithPseudonymsIsAUsageError() throws IOException {
    Path key = Files.writeString(dir.resolve("key"), "a secret of at least sixteen bytes");
    Vigil run =
        list("--category", "DETAINED", "--names", "--pseudonymize", "--pseudonym-key-file", key.toString());
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("vigil list: --names and --pseudonymize cannot be used together"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void badCategoriesAndOptionsAreUsageErrorsOfOneLine() throws IOException {
    String valid =
        "use one or more of DETAINED, WHEREABOUTS_UNKNOWN, RELEASE_PENDING, HOUSE_ARREST,"
            + " CONDITIONAL, FULL, EXILED, DECEASED (see 'vigil list --help')";
    List<List<String>> cases =
        List.of(
            List.of("--category", "RELEASED"),
            List.of("--category", "RELEASE_PENDING,"),
            List.of("--category", ","),
            List.of("--category", ""));
    for (List<String> args : cases) {
      Vigil run = list(args.toArray(new String[0]));
      assertEquals(ExitCode.USAGE, run.code(), args + ": " + run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("vigil list: --category: '"), run.err());
      assertTrue(run.err().strip().endsWith(valid), run.err());
      assertEquals("", run.out());
    }
    for (List<String> args :
        List.of(
            List.<String>of(),
            List.of("--category", "DETAINED", "--format", "markdown"),
            List.of("--category", "DETAINED", "--lang", "fr"),
            List.of("--category", "DETAINED", "--as-of", "2026-02-30"),
            List.of("--category", "DETAINED", "--source", ","),
            List.of("--category", "DETAINED", "--pseudonymize", "--pseudonym-key-file", dir.resolve("no-key").toString()))) {
      Vigil run = list(args.toArray(new String[0]));
      assertEquals(ExitCode.USAGE, run.code(), args + ": " + run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("vigil list: "), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void rejectedRowsAreLeftOutWithAWarningOrRefusedWithStrict() throws IOException {
    Path r = canaryRegistry(dir, "id-hotel,Canary Hotel Name,not-a-date,,,,,");
    Vigil run = Vigil.run("list", "--registry", r.toString(), "--category", "DETAINED");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(
        List.of("vigil list: warning: 1 row rejected and left out, with 1 person (list them with 'vigil validate')"),
        run.errLines());
    Vigil strict = Vigil.run("list", "--registry", r.toString(), "--category", "DETAINED", "--strict");
    assertEquals(ExitCode.REJECTED, strict.code(), strict.err());
    assertEquals("", strict.out());
    assertFalse(strict.err().contains(CANARY), strict.err());
  }

  @Test
  void theBundledSampleListsItsReleaseOrdersNotExecuted() {
    Vigil run = Vigil.run("list", "--category", "RELEASE_PENDING");
    assertEquals(ExitCode.OK, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("People in RELEASE_PENDING as of 2026-01-15", lines.get(0));
    // verified: the 140 people whose release only the authorities claim still hold their order
    assertEquals("188 people listed.", lines.get(lines.size() - 1));
    assertEquals(188 + 7, lines.size(), run.out());
    assertFalse(run.out().contains("Persona Ficticia"), run.out());
  }

  @Test
  void aFailedWriteExitsWithThreeAndOneLineWhateverTheCommand() throws IOException {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    Path r = canaryRegistry(dir);
    for (List<String> args :
        List.of(
            List.of("list", "--category", "DETAINED,RELEASE_PENDING"),
            List.of("list", "--category", "DETAINED,RELEASE_PENDING", "--format", "csv"),
            List.of("list", "--category", "DETAINED,RELEASE_PENDING", "--format", "json", "--names"),
            List.of("report"),
            List.of("validate"),
            List.of("risk"))) {
      List<String> all = new ArrayList<>(args);
      all.add(1, "--registry");
      all.add(2, r.toString());
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          VigilCommand.execute(
              new PrintStream(full, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              all.toArray(new String[0]));
      assertEquals(ExitCode.INTERNAL, code, args.toString());
      List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(
          "vigil " + args.get(0) + ": the output could not be written (is the disk full, or"
              + " standard output closed?)",
          lines.get(lines.size() - 1),
          args.toString());
      // the notice of --names, or the count of people left out of a CSV, comes first
      assertEquals(args.contains("--names") || args.contains("csv") ? 2 : 1, lines.size(), lines.toString());
    }
  }

  @Test
  void noOtherCommandEverPrintsANameOrANote() throws IOException {
    // a rejected row holding a name too, so that validate and the warnings have something to tell
    Path r = canaryRegistry(dir, "id-india,Canary India Name,,Q,,,,", "id-juliet,Canary Juliet Name,,,,,,maybe");
    List<List<String>> commands =
        List.of(
            List.of("report"),
            List.of("report", "--format", "markdown"),
            List.of("report", "--format", "csv"),
            List.of("report", "--format", "json"),
            List.of("report", "--lang", "es", "--since", "2025-01-01", "--min-cell", "1"),
            List.of("report", "--strict"),
            List.of("validate"),
            List.of("risk"),
            List.of("risk", "--format", "json"),
            List.of("survival"),
            List.of("survival", "--format", "json"),
            List.of("list", "--category", "DETAINED,WHEREABOUTS_UNKNOWN,RELEASE_PENDING,HOUSE_ARREST,CONDITIONAL,FULL"),
            List.of("list", "--category", "DETAINED,HOUSE_ARREST,FULL", "--format", "json"),
            List.of("list", "--category", "DETAINED,HOUSE_ARREST,FULL", "--format", "csv"));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.add(1, "--registry");
      args.add(2, r.toString());
      Vigil run = Vigil.run(args.toArray(new String[0]));
      assertTrue(run.code() <= ExitCode.REJECTED, command + ": " + run.err());
      assertFalse(run.out().contains(CANARY), command + " printed a name or note: " + run.out());
      assertFalse(run.err().contains(CANARY), command + " printed a name or note: " + run.err());
    }
    PseudonymOptions.environment = k -> Optional.of("a secret of at least sixteen bytes");
    try {
      Vigil run = Vigil.run("risk", "--registry", r.toString(), "--pseudonymize");
      assertEquals(ExitCode.OK, run.code(), run.err());
      assertFalse(run.out().contains(CANARY) || run.err().contains(CANARY), run.out());
    } finally {
      PseudonymOptions.environment = k -> Optional.ofNullable(System.getenv(k));
    }
    Vigil named = Vigil.run("list", "--registry", r.toString(), "--category", "DETAINED,FULL", "--names");
    assertTrue(named.out().contains("Canary Golf Name"), "the canary is found when it is printed");
  }
}
