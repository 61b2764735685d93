package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns of the weekly balance: agency, outcome, profiles and several nationalities. */
class BalanceColumnsTest {
  @TempDir Path dir;

  private static final String DETAINEES =
      """
      id,name,birth_date,gender,nationality,affiliation,serious_health_condition,profiles
      A,,1990-01-01,F,VE;ES,CIVILIAN,false,JOURNALIST;;TRADE_UNIONIST;JOURNALIST
      B,,,,,,,MUSICIAN
      """;
  private static final String EVENTS =
      """
      detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note,agency,outcome
      A,2025-01-10,ARREST,helicoide,,,,,,SEBIN,
      A,2025-02-10,RELEASE,,,,,,,,
      A,2025-03-10,CASE_CLOSED,,,,,,,,PARDON
      B,2025-01-10,ARREST,rodeo-1,,,,,,,
      """;

  @Test
  void theColumnsAreReadIntoTheValuesAndWrittenBackEqualInBothFormats() throws Exception {
    ReadResult r = Folders.read(Folders.folder(dir, Folders.FACILITIES, DETAINEES, EVENTS));
    assertTrue(r.isClean(), Folders.lines(r).toString());
    Registry registry = r.registry();
    Detainee a = registry.detainee(DetaineeId.of("A")).orElseThrow();
    assertEquals(List.of("VE", "ES"), a.nationalities());
    assertEquals(List.of(Profile.JOURNALIST, Profile.TRADE_UNIONIST), a.profiles().asList());
    assertFalse(registry.detainee(DetaineeId.of("B")).orElseThrow().profiles().iterator().next().isCatalogued());
    List<Event> events = registry.history(DetaineeId.of("A")).orElseThrow().events();
    assertEquals("SEBIN", events.get(0).agency().orElseThrow());
    assertEquals(CaseOutcome.PARDON, events.get(2).outcome().orElseThrow());

    Path folder = dir.resolve("written");
    RegistryWriter.writeFolder(registry, folder);
    assertTrue(Files.readString(folder.resolve("detainees.csv"), StandardCharsets.UTF_8)
        .contains("F,VE;ES,CIVILIAN,false,JOURNALIST;TRADE_UNIONIST\n"));
    assertTrue(Files.readString(folder.resolve("events.csv"), StandardCharsets.UTF_8)
        .startsWith("detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note,agency,outcome\n"));
    assertEquals(registry, Folders.read(folder).registry());
    Path json = dir.resolve("r.json");
    RegistryWriter.writeJson(registry, json);
    assertEquals(registry, Folders.read(json).registry());
  }

  @Test
  void aRegistryWithoutTheColumnsIsWrittenWithoutThem() throws Exception {
    ReadResult r = Folders.read(Folders.folder(dir, Folders.FACILITIES, Folders.DETAINEES,
        Folders.EVENTS_HEADER + "A,2025-01-10,ARREST,helicoide,,,,,\n"));
    Path folder = dir.resolve("written");
    RegistryWriter.writeFolder(r.registry(), folder);
    assertTrue(Files.readString(folder.resolve("events.csv"), StandardCharsets.UTF_8)
        .startsWith("detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note\n"));
    assertTrue(Files.readString(folder.resolve("detainees.csv"), StandardCharsets.UTF_8)
        .startsWith("id,name,birth_date,gender,nationality,affiliation,serious_health_condition\n"));
  }

  @Test
  void misplacedOrBadValuesRejectTheirRowSayingWhy() {
    String events =
        """
        detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note,agency,outcome
        A,2025-01-10,ARREST,helicoide,,,,,,SEBIN,PARDON
        B,2025-01-10,ARREST,helicoide,,,,,,SE BIN,
        B,2025-01-11,CASE_CLOSED,,,,,,,,pardon
        """;
    String detainees =
        """
        id,name,birth_date,gender,nationality,affiliation,serious_health_condition,profiles
        A,,,,VE,,,
        B,,,,,,,
        D,,,,VE;VE,,,
        E,,,,VE;XX,,,
        F,,,,,,,journalist
        """;
    ReadResult r = Folders.read(Folders.folder(dir, Folders.FACILITIES, detainees, events));
    List<String> lines = Folders.lines(r);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("detainees.csv:4: nationality VE is listed twice")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("detainees.csv:5: nationality 'XX' is not an ISO")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("detainees.csv:6: profiles: ") && l.contains("upper case")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("events.csv:2: outcome must be blank on ARREST")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("events.csv:3: agency (6 characters, not shown) is not a valid id")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("events.csv:4: outcome 'pardon' is not one of")), lines.toString());
  }
}
