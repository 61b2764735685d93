package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.History;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification column, claimed_sources and date conflicts (docs/format.md, "Evidence"). */
class EvidenceReadingTest {
  @TempDir Path dir;

  static final String EVENTS =
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
            """;

  private Path folder(String properties, String events) throws IOException {
    Files.writeString(dir.resolve("facilities.csv"), "id,kind\nhelicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("detainees.csv"), "id\nA\nB\nC\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("events.csv"), events, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("registry.properties"), properties, StandardCharsets.UTF_8);
    return dir;
  }

  private static History history(ReadResult r, String id) {
    return r.registry().history(DetaineeId.of(id)).orElseThrow();
  }

  @Test
  void theVerificationColumnMakesClaimsAndBlankIsVerified() throws IOException {
    ReadResult r = RegistryReader.read(folder("country=VE\n", EVENTS));
    assertTrue(r.isClean(), r.rejections().toString());
    assertEquals(1, history(r, "A").claims().size());
    assertEquals(2, history(r, "A").events().size());
    assertEquals(Evidence.VERIFIED, history(r, "A").events().get(1).evidence());
    assertEquals(1, history(r, "B").claims().size());
    assertEquals(1, history(r, "B").events().size());
  }

  @Test
  void aDateConflictIsKeptAndListedWithItsLine() throws IOException {
    ReadResult r = RegistryReader.read(folder("country=VE\n", EVENTS));
    assertEquals(1, r.dateConflicts().size());
    assertEquals("events.csv:9", r.dateConflicts().get(0).origin().toString());
    assertEquals(
        "RELEASE on 2026-01-11 (verified) of C disagrees on the date with the RELEASE reported"
            + " before it",
        r.dateConflicts().get(0).reason());
    assertEquals(2, history(r, "C").events().size());
  }

  @Test
  void claimedSourcesMakeBlankVerificationAClaimButAnExplicitVerifiedWins() throws IOException {
    String events =
        """
            detainee_id,date,type,facility_id,source,verification
            A,2025-03-01,ARREST,helicoide,foro-penal,
            B,2025-03-01,ARREST,helicoide,foro-penal,
            A,2026-01-09,RELEASE,,official,
            B,2026-01-09,RELEASE,,official,VERIFIED
            """;
    ReadResult r = RegistryReader.read(folder("country=VE\nclaimed_sources= official , state-tv\n", events));
    assertTrue(r.isClean(), r.rejections().toString());
    assertEquals(1, history(r, "A").events().size());
    assertEquals(1, history(r, "A").claims().size());
    assertFalse(history(r, "B").hasClaims());
  }

  @Test
  void blankLabelsOfClaimedSourcesAreIgnored() throws IOException {
    String events =
        """
            detainee_id,date,type,facility_id,source
            A,2025-03-01,ARREST,helicoide,foro-penal
            A,2026-01-09,RELEASE,,official
            """;
    ReadResult r = RegistryReader.read(folder("claimed_sources=,official, ,\n", events));
    assertTrue(r.isClean(), r.rejections().toString());
    assertEquals(1, history(r, "A").claims().size());
  }

  @Test
  void aBadVerificationOrClaimedSourceIsRefusedClearly() throws IOException {
    String events =
        """
            detainee_id,date,type,facility_id,verification
            A,2025-03-01,ARREST,helicoide,claimed
            """;
    ReadResult r = RegistryReader.read(folder("", events));
    assertEquals(1, r.rejections().size());
    assertTrue(r.rejections().get(0).reason().contains("verification"), r.rejections().toString());
    RegistryFormatException e =
        assertThrows(
            RegistryFormatException.class,
            () -> RegistryReader.read(folder("claimed_sources=ok,bad\u0007label\n", "detainee_id,date,type\n")));
    assertFalse(String.valueOf(e.getMessage()).contains("bad"), e.getMessage());
  }

  @Test
  void claimsRoundTripThroughTheWriterInBothFormats() throws IOException {
    ReadResult r = RegistryReader.read(folder("country=VE\n", EVENTS));
    Path out = Files.createDirectory(dir.resolve("out"));
    RegistryWriter.writeFolder(r.registry(), out);
    ReadResult back = RegistryReader.read(out);
    assertEquals(r.registry(), back.registry());
    assertEquals(1, back.dateConflicts().size());
    Path json = dir.resolve("registry.json");
    RegistryWriter.writeJson(r.registry(), json);
    assertEquals(r.registry(), RegistryReader.read(json).registry());
    List<String> lines = Files.readAllLines(out.resolve("events.csv"), StandardCharsets.UTF_8);
    assertTrue(lines.get(0).endsWith(",verification"), lines.get(0));
    Event first = history(back, "B").claims().get(0);
    assertEquals(LocalDate.of(2026, 1, 9), first.date());
  }
}
