package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.CustodyState;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional event id column and corrections.csv (docs/format.md, "Corrections"). */
class CorrectionReadingTest {
  @TempDir Path dir;

  static final String EVENTS =
      """
      detainee_id,date,type,facility_id,recorded_on,id
      A,2025-03-01,ARREST,helicoide,,a1
      B,2025-04-01,ARREST,helicoide,,b1
      A,2026-01-09,RELEASE,,,a2
      B,2026-01-09,RELEASE,,,b2
      B,2026-01-11,RELEASE,,2026-01-12,b3
      A,2026-01-20,RELEASE,,,a3
      """;

  private Path folder(String corrections) throws IOException {
    Files.writeString(dir.resolve("facilities.csv"), "id,kind\nhelicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("detainees.csv"), "id,name\nA,Ana Secretname\nB,\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("events.csv"), EVENTS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("corrections.csv"), corrections, StandardCharsets.UTF_8);
    return dir;
  }

  private static CustodyState state(Registry r, String id, String asOf, String knownOn) {
    return r.asOf(LocalDate.parse(asOf)).knownOn(LocalDate.parse(knownOn))
        .person(DetaineeId.of(id)).orElseThrow().status().orElseThrow().custody();
  }

  private static List<String> rejections(ReadResult r) {
    return r.rejections().stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void aRetractionAndAnAmendmentAreSeenFromTheirRecordingDates() throws IOException {
    ReadResult r =
        Folders.read(
            folder(
                """
                event_id,recorded_on,reason,replaced_by
                a2,2026-01-12,"another person, same name",
                b2,2026-01-12,released two days later,b3
                """));
    assertTrue(r.isClean(), r.rejections().toString());
    Registry reg = r.registry();
    assertEquals(CustodyState.AT_LIBERTY, state(reg, "A", "2026-01-10", "2026-01-11"));
    assertEquals(CustodyState.IN_CUSTODY, state(reg, "A", "2026-01-15", "2026-01-15"));
    assertEquals(CustodyState.AT_LIBERTY, state(reg, "A", "2026-01-20", "2026-01-20"));
    assertEquals(CustodyState.AT_LIBERTY, state(reg, "B", "2026-01-10", "2026-01-11"));
    assertEquals(CustodyState.IN_CUSTODY, state(reg, "B", "2026-01-10", "2026-01-12"));
    assertEquals(CustodyState.AT_LIBERTY, state(reg, "B", "2026-01-12", "2026-01-12"));
    assertEquals(6, reg.eventCount());
    FileCounts corrections =
        r.counts("corrections.csv").orElseThrow();
    assertEquals(2, corrections.read());
    assertEquals(0, corrections.rejected());
  }

  @Test
  void aReplacementIsInEffectOnlyFromItsAmendmentWhateverItsPlaceInTheFile() throws IOException {
    // Released, then on one day a case closed and a rearrest; each later amended, the arrest
    // first. As the arrest's amendment is recorded, the replacement of the case's closing (listed
    // before the arrest's replacement, amended later) is not yet in effect: retracting the arrest
    // breaks nothing.
    Files.writeString(dir.resolve("facilities.csv"), "id,kind\nhelicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("detainees.csv"), "id,name\nA,\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("events.csv"),
        """
        detainee_id,date,type,facility_id,recorded_on,id
        A,2018-06-13,ARREST,helicoide,,e1
        A,2018-07-08,RELEASE,,,e2
        A,2018-07-09,CASE_CLOSED,,,e3
        A,2018-07-09,ARREST,helicoide,,e4
        A,2018-07-09,CASE_CLOSED,,2018-07-24,e84
        A,2018-07-09,ARREST,helicoide,2018-07-13,e85
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("corrections.csv"),
        """
        event_id,recorded_on,reason,replaced_by
        e4,2018-07-13,duplicate report,e85
        e3,2018-07-24,duplicate report,e84
        """,
        StandardCharsets.UTF_8);
    ReadResult r = Folders.read(dir);
    assertTrue(r.isClean(), rejections(r).toString());
    assertEquals(CustodyState.IN_CUSTODY, state(r.registry(), "A", "2018-07-30", "2018-07-30"));
    Path out = Files.createDirectories(dir.resolve("out"));
    RegistryWriter.writeFolder(r.registry(), out);
    assertEquals(
        List.of("id", "e1", "e2", "e3", "e4", "e84", "e85"),
        Files.readAllLines(out.resolve("events.csv")).stream()
            .map(l -> l.substring(l.lastIndexOf(',') + 1))
            .collect(Collectors.toList()),
        "written back in the order read");
  }

  @Test
  void hostileCorrectionsAreRejectedWithFileLineAndReasonAndNothingIsLost() throws IOException {
    ReadResult r =
        Folders.read(
            folder(
                """
                event_id,recorded_on,reason,replaced_by
                zz9,2026-01-12,unknown target,
                a2,2026-01-08,before the event was recorded,
                a1,2026-01-12,would leave the release without an arrest,
                b2,2026-01-12,replacement unknown,b9
                b2,2026-01-12,replacement of another person,a3
                b2,2026-01-13,replacement recorded another day,b3
                a2,,no date,
                a2,2026-01-12,,
                a2,2026-01-12,first retraction,
                a2,2026-01-13,second retraction,
                """));
    assertEquals(
        List.of(
            "corrections.csv:2: correction of unknown event id zz9",
            "corrections.csv:3: the correction of event a2 is recorded on 2026-01-08, before the"
                + " event was recorded (2026-01-09)",
            "corrections.csv:4: retracting ARREST on 2025-03-01 of A would leave RELEASE on"
                + " 2026-01-09 not applying: the person is not yet arrested; RELEASE applies only in custody",
            "corrections.csv:5: the replacement of event b2, event b9, is unknown",
            "corrections.csv:6: the replacement of event b2, event a3, is an event of another person",
            "corrections.csv:7: the replacement of event b2, event b3, is recorded on 2026-01-12,"
                + " not on the correction's date 2026-01-13",
            "corrections.csv:8: recorded_on is blank; it is required",
            "corrections.csv:9: reason is blank; it is required",
            "corrections.csv:11: event a2 was already corrected on 2026-01-12",
            "events.csv:6: RELEASE on 2026-01-11 does not apply to B: the person is at liberty;"
                + " RELEASE applies only in custody"),
        rejections(r));
    FileCounts corrections =
        r.counts("corrections.csv").orElseThrow();
    assertEquals(10, corrections.read());
    assertEquals(9, corrections.rejected());
    // every event row is kept: b3 does not apply while b2 stands, so it is the one rejected
    assertEquals(6, r.counts("events.csv").orElseThrow().read());
    for (String line : rejections(r)) {
      assertFalse(line.contains("Secretname") || line.contains("leave the release"), line);
    }
  }

  @Test
  void aFolderWithoutCorrectionsReadsAsBefore() throws IOException {
    Path f = folder("event_id,recorded_on,reason\n");
    Files.delete(f.resolve("corrections.csv"));
    ReadResult r = Folders.read(f);
    assertTrue(r.counts("corrections.csv").isEmpty());
    // a3 does not apply while a2 stands, nor b3 while b2 does
    assertEquals(
        List.of(
            "events.csv:6: RELEASE on 2026-01-11 does not apply to B: the person is at liberty;"
                + " RELEASE applies only in custody",
            "events.csv:7: RELEASE on 2026-01-20 does not apply to A: the person is at liberty;"
                + " RELEASE applies only in custody"),
        rejections(r));
  }

  @Test
  void aDuplicateEventIdIsRejected() throws IOException {
    Files.writeString(dir.resolve("facilities.csv"), "id,kind\nhelicoide,INTELLIGENCE\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("detainees.csv"), "id\nA\nB\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("events.csv"),
        "detainee_id,date,type,facility_id,id\nA,2025-03-01,ARREST,helicoide,x\nB,2025-03-01,ARREST,helicoide,x\n",
        StandardCharsets.UTF_8);
    ReadResult r = Folders.read(dir);
    assertEquals(List.of("events.csv:3: duplicate event id x (first at events.csv:2)"), rejections(r));
  }

  @Test
  void writingThenReadingKeepsCorrectionsAndTheSameBytes() throws IOException {
    ReadResult r =
        Folders.read(
            folder(
                """
                event_id,recorded_on,reason,replaced_by
                a2,2026-01-12,"another person, same name",
                b2,2026-01-12,released two days later,b3
                """));
    Path out = dir.resolve("out");
    RegistryWriter.writeFolder(r.registry(), out);
    ReadResult back = Folders.read(out);
    assertEquals(r.registry(), back.registry());
    Path again = dir.resolve("again");
    RegistryWriter.writeFolder(back.registry(), again);
    for (String file : List.of("events.csv", "corrections.csv", "detainees.csv")) {
      assertEquals(Files.readString(out.resolve(file)), Files.readString(again.resolve(file)), file);
    }
    assertEquals(
        """
        event_id,recorded_on,reason,replaced_by
        a2,2026-01-12,"another person, same name",
        b2,2026-01-12,released two days later,b3
        """,
        Files.readString(out.resolve("corrections.csv")));
    Path json = dir.resolve("r.json");
    RegistryWriter.writeJson(r.registry(), json);
    assertEquals(r.registry(), Folders.read(json).registry());
    // a registry without corrections leaves no corrections.csv behind
    RegistryWriter.writeFolder(Registry.empty(), out);
    assertFalse(Files.exists(out.resolve("corrections.csv")));
  }
}
