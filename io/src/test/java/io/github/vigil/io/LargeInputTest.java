package io.github.vigil.io;

import static io.github.vigil.io.Folders.DETAINEES;
import static io.github.vigil.io.Folders.EVENTS_HEADER;
import static io.github.vigil.io.Folders.FACILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's guard rails on large inputs: a huge cell, a field past the reader's limit, a
 * million rows. Each writes tens of megabytes, so the mutation profile leaves this class out
 * (docs/testing.md); the example tests of {@link RegistryReaderTest} check the same rules on
 * small files.
 */
class LargeInputTest {
  @TempDir Path dir;

  @Test
  void aTenMegabyteCellRejectsItsRowWithoutRepeatingIt() {
    String huge = "x".repeat(10 * 1024 * 1024);
    ReadResult r = Folders.readEvents(dir, "A,2024-01-01,ARREST,helicoide,,,,,", "A,2024-02-01,TRANSFER,rodeo-1,,,,," + huge);
    assertEquals(1, r.rejections().size(), Folders.lines(r).toString());
    Rejection x = r.rejections().get(0);
    assertEquals("events.csv:3", x.origin().toString());
    assertEquals("note holds 10485760 characters; at most 100000 are allowed", x.reason());
  }

  @Test
  void aFieldLongerThanTwentyMillionCharactersStopsLoading() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    try (var w = Files.newBufferedWriter(f.resolve("events.csv"))) {
      w.write(EVENTS_HEADER + "A,\"");
      char[] chunk = new char[1 << 20];
      Arrays.fill(chunk, 'y');
      for (int i = 0; i < 21; i++) {
        w.write(chunk);
      }
    }
    RegistryFormatException e = assertThrows(RegistryFormatException.class, () -> RegistryReader.read(f));
    assertTrue(
        String.valueOf(e.getMessage()).startsWith("events.csv has a field longer than 20000000 characters"),
        e.getMessage());
  }

  @Test
  void aMillionRowFileLoadsWithCorrectCounts() throws IOException {
    Path f = Folders.folder(dir, FACILITIES, "", EVENTS_HEADER);
    try (var w = Files.newBufferedWriter(f.resolve("detainees.csv"))) {
      w.write("id\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write(i % 100_000 == 7 ? "bad id\n" : "P" + i + "\n");
      }
    }
    ReadResult r = Folders.read(f);
    assertEquals(1_000_000, r.counts("detainees.csv").orElseThrow().read());
    assertEquals(10, r.rejections().size());
    assertEquals(999_990, r.registry().size());
  }
}
