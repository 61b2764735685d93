package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Small registry folders for tests, and checks every read must pass. */
final class Folders {
  static final String SECRET_NAME = "Ana Secretname";
  static final String SECRET_NOTE = "secret-note-text";

  static final String FACILITIES =
      """
      id,name,kind,region,country
      helicoide,El Helicoide,INTELLIGENCE,Caracas,VE
      rodeo-1,,PRISON,,
      """;
  static final String DETAINEES =
      "id,name,birth_date,gender,nationality,affiliation,serious_health_condition\n"
          + "A," + SECRET_NAME + ",1990-01-01,F,VE,CIVILIAN,false\n"
          + "B,,,,,,\n";
  static final String EVENTS_HEADER =
      "detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note\n";

  private Folders() {}

  /** Writes a registry folder under {@code dir} and returns it. */
  static Path folder(Path dir, String facilities, String detainees, String events) {
    try {
      Path f = Files.createDirectories(dir.resolve("registry"));
      Files.writeString(f.resolve("facilities.csv"), facilities, StandardCharsets.UTF_8);
      Files.writeString(f.resolve("detainees.csv"), detainees, StandardCharsets.UTF_8);
      Files.writeString(f.resolve("events.csv"), events, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a folder with the default facilities and people and the given events.csv body. */
  static ReadResult readEvents(Path dir, String... rows) {
    return read(folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER + String.join("\n", rows) + "\n"));
  }

  /** The day the test registries are read on: after every date a generated registry holds. */
  static final ReadOptions OPTIONS =
      ReadOptions.builder().today(java.time.LocalDate.of(9999, 12, 31)).build();

  /**
   * Reads {@code path} and checks what every read must satisfy; reads it again streaming the
   * rejections, which must be the same ones.
   */
  static ReadResult read(Path path) {
    return read(path, OPTIONS);
  }

  /** Reads {@code path} with {@code options}, checking as {@link #read(Path)} does. */
  static ReadResult read(Path path, ReadOptions options) {
    ReadResult r = RegistryReader.read(path, options);
    checkInvariants(r);
    List<Rejection> streamed = new java.util.ArrayList<>();
    ReadResult s = RegistryReader.read(path, options, streamed::add);
    assertEquals(List.of(), s.rejections());
    assertEquals(r.rejectedRows(), s.rejectedRows());
    assertEquals(r.rejectedPeople(), s.rejectedPeople());
    assertEquals(r.counts(), s.counts());
    assertEquals(r.warnings(), s.warnings());
    assertEquals(r.registry(), s.registry());
    java.util.Collections.sort(streamed);
    assertEquals(r.rejections(), streamed);
    return r;
  }

  static void checkInvariants(ReadResult r) {
    for (FileCounts c : r.counts()) {
      long rejected = r.rejections().stream().filter(x -> x.origin().file().equals(c.file())).count();
      assertEquals(rejected, c.rejected(), c.toString());
      assertEquals(c.read(), c.accepted() + c.rejected(), c.toString());
    }
    assertEquals(r.rejections().size(), r.counts().stream().mapToLong(FileCounts::rejected).sum());
    assertEquals(r.rejections().size(), r.rejectedRows());
    long events = r.counts().get(2).accepted();
    assertEquals(events, r.registry().eventCount());
    assertEquals(r.counts().get(0).accepted(), r.registry().facilities().size());
    assertEquals(r.counts().get(1).accepted(), r.registry().size());
    for (Rejection x : r.rejections()) {
      assertFalse(x.reason().contains(SECRET_NAME), x.toString());
      assertFalse(x.reason().contains(SECRET_NOTE), x.toString());
    }
  }

  /** Returns the rejections as {@code file:line: reason} lines. */
  static List<String> lines(ReadResult r) {
    return r.rejections().stream().map(Rejection::toString).collect(Collectors.toList());
  }
}
