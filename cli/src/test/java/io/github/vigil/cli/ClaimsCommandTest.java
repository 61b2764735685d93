package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil claims}, {@code --evidence} and the claims section on the command line. */
class ClaimsCommandTest {
  @TempDir Path dir;

  /** The example of docs/format.md, "Evidence". */
  private Path example() throws IOException {
    Files.writeString(dir.resolve("facilities.csv"), "id,name,kind\nhelicoide,El Helicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("detainees.csv"), "id,name\nA,Ana Secreta\nB,Beto Secreto\nC,Carla Secreta\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("events.csv"),
        """
            detainee_id,date,type,facility_id,source,recorded_on,verification
            A,2025-03-01,ARREST,helicoide,foro-penal,,
            B,2025-04-01,ARREST,helicoide,foro-penal,,
            C,2025-05-01,ARREST,helicoide,foro-penal,,
            A,2026-01-09,RELEASE,,official,,CLAIMED
            A,2026-01-09,RELEASE,,foro-penal,2026-01-12,
            B,2026-01-09,RELEASE,,official,,CLAIMED
            C,2026-01-09,RELEASE,,official,,CLAIMED
            C,2026-01-11,RELEASE,,foro-penal,,
            """,
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("registry.properties"), "country=VE\n", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void claimsListsTheClaimsStillToCheckOldestFirstWithIdsOnly() throws IOException {
    Vigil run = Vigil.run("claims", "--registry", example().toString(), "--as-of", "2026-01-15");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(
        List.of(
            "Claims not yet verified as of 2026-01-15: 2, oldest first",
            "id\tevent\tdate\tsource\trecorded_on\tdays_waiting",
            "B\tRELEASE\t2026-01-09\tofficial\t2026-01-09\t6",
            "C\tRELEASE\t2026-01-09\tofficial\t2026-01-09\t6"),
        run.out().lines().toList());
    assertFalse(run.out().contains("Secret"), run.out());
  }

  @Test
  void aClaimConfirmedLaterIsStillToCheckAsKnownBeforeItsConfirmation() throws IOException {
    Vigil run =
        Vigil.run(
            "claims", "--registry", example().toString(), "--as-of", "2026-01-15",
            "--known-as-of", "2026-01-11", "--format", "json");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("{\"id\":\"A\",\"type\":\"RELEASE\",\"date\":\"2026-01-09\""), run.out());
  }

  @Test
  void theReportCountsVerifiedEventsByDefaultAndClaimsWithEvidenceAll() throws IOException {
    String registry = example().toString();
    Vigil verified = Vigil.run("report", "--registry", registry, "--as-of", "2026-01-15", "--format", "json");
    assertTrue(verified.out().contains("\"categories\":{\"DETAINED\":1,"), verified.out());
    assertTrue(verified.out().contains("\"claims\":{\"headline\":\"verified\",\"unverifiedClaims\":2,\"peopleMoved\":1,\"corroborations\":1,\"dateConflicts\":1"), verified.out());
    Vigil all =
        Vigil.run("report", "--registry", registry, "--as-of", "2026-01-15", "--format", "json", "--evidence", "all");
    assertTrue(all.out().contains("\"categories\":{\"DETAINED\":0,"), all.out());
    assertTrue(all.out().contains("\"headline\":\"all\""), all.out());
    Vigil text = Vigil.run("report", "--registry", registry, "--as-of", "2026-01-15", "--min-cell", "1");
    assertTrue(text.out().contains("Verified  With claims  Difference"), text.out());
    assertTrue(
        text.out().contains("Claimed Released under measures or with an open case, verified still Detained"),
        text.out());
  }

  @Test
  void validateListsDateConflictsWithoutFailing() throws IOException {
    Vigil run = Vigil.run("validate", "--registry", example().toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(
        run.out().contains(
            "events.csv:9: date conflict: RELEASE on 2026-01-11 (verified) of C disagrees on the date"),
        run.out());
  }

  @Test
  void validateListsDateConflictsInSpanish() throws IOException {
    Vigil run = Vigil.run("validate", "--registry", example().toString(), "--lang", "es");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(
        run.out().contains(
            "events.csv:9: conflicto de fecha: RELEASE del 2026-01-11 (verificado) de C no coincide en"
                + " la fecha con el RELEASE informado antes"),
        run.out());
    assertFalse(run.out().contains("disagrees"), run.out());
  }

  @Test
  void riskTakesSourceAndEvidence() throws IOException {
    String registry = example().toString();
    Vigil verified = Vigil.run("risk", "--registry", registry, "--as-of", "2026-01-15", "--format", "json");
    Vigil all = Vigil.run("risk", "--registry", registry, "--as-of", "2026-01-15", "--format", "json", "--evidence", "all");
    Vigil official =
        Vigil.run("risk", "--registry", registry, "--as-of", "2026-01-15", "--format", "json", "--source", "official");
    assertEquals(ExitCode.OK, verified.code(), verified.err());
    assertEquals(ExitCode.OK, official.code(), official.err());
    // A and C are at liberty when verified; B too when claims count; nobody from official alone.
    assertTrue(verified.out().contains("\"id\":\"A\"") && !verified.out().contains("\"id\":\"B\""), verified.out());
    assertTrue(all.out().contains("\"id\":\"B\""), all.out());
    assertFalse(official.out().contains("\"id\":\"A\""), official.out());
  }

  @Test
  void theBundledSampleShowsTheOfficialFigureFarAboveTheVerifiedOne() {
    Vigil run = Vigil.run("report", "--since", "2026-01-01");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(
        run.out().lines().anyMatch(l -> l.matches("Since 2026-01-01: Releases +11 +151 +\\+140")), run.out());
    Vigil claims = Vigil.run("claims");
    assertEquals(ExitCode.OK, claims.code(), claims.err());
    assertTrue(claims.out().startsWith("Claims not yet verified as of 2026-01-15: 142, oldest first\n"), claims.out());
  }
}
