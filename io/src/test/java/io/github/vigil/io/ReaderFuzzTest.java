package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vigil.core.Rejection;
import io.github.vigil.io.internal.Columns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A coverage-guided fuzz test of the readers (Jazzer), asserting the reading contract on any
 * bytes: the only exception is {@link RegistryFormatException}; every row read is accepted or
 * rejected, once; no message repeats a name or a note, nor holds anything but printable ASCII;
 * and the memory a read allocates is bounded by the input's size.
 *
 * <p>An input is one byte saying which reader (even: a CSV folder, odd: a JSON document), then
 * the files: for a folder, {@code facilities.csv}, {@code detainees.csv}, {@code events.csv} and
 * {@code registry.properties}, separated by the line {@code #=#} (fewer parts: the missing files
 * are missing); for JSON, the document. Every {@code ~} outside {@code registry.properties} is
 * replaced by the canary {@value #CANARY}, a name with a space, which may land in any column of
 * any record: no message may ever show it. The seeds (the corpus committed under {@code
 * src/test/resources/.../ReaderFuzzTestInputs/fuzz}) are small registries with {@code ~} as
 * every name and note.
 *
 * <p>{@code ./mvnw verify} runs the corpus as regression tests, then fuzzes for a bounded time
 * (the {@code fuzz} execution of Surefire, with {@code JAZZER_FUZZ=1}); {@code -Dfuzz.skip}
 * skips the fuzzing.
 */
class ReaderFuzzTest {
  static final String CANARY = "Qzx Qzy";

  /**
   * What a read may allocate: a fixed amount (buffers of 64 KiB per file, the parsers') and a
   * multiple of the input's size. A read that keeps what it should stream (rejections, warnings,
   * the keys of a record) passes it on inputs of a few kilobytes.
   */
  private static final long MEMORY_BASE = 16L * 1024 * 1024;

  private static final long MEMORY_PER_BYTE = 2_000;
  private static final byte[] SEPARATOR = "\n#=#\n".getBytes(StandardCharsets.US_ASCII);
  private static final ReadOptions OPTIONS =
      ReadOptions.builder().today(LocalDate.of(2026, 6, 1)).build();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final Path DIR = temporaryFolder();

  private static Path temporaryFolder() {
    try {
      Path dir = Files.createTempDirectory("vigil-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readersKeepTheirContract(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    boolean json = (input[0] & 1) == 1;
    Path path = json ? json(input) : folder(input);
    List<Rejection> rejections = new ArrayList<>();
    ReadResult r;
    try {
      r = RegistryReader.read(path, OPTIONS, rejections::add);
    } catch (RegistryFormatException e) {
      assertSafe(String.valueOf(e.getMessage()));
      return;
    }
    // Read again to measure: the first read may load (and instrument) classes on this thread.
    long before = THREADS.getCurrentThreadAllocatedBytes();
    ReadResult again = RegistryReader.read(path, OPTIONS, x -> {});
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    assertTrue(
        allocated < MEMORY_BASE + MEMORY_PER_BYTE * input.length,
        "a read of " + input.length + " bytes allocated " + allocated + " bytes");
    assertEquals(r.rowsRead(), again.rowsRead(), "a second read of the same files");
    assertEquals(r.rejectedRows(), again.rejectedRows(), "a second read of the same files");
    Map<String, Long> perFile = new HashMap<>();
    for (Rejection x : rejections) {
      assertSafe(x.toString());
      perFile.merge(x.origin().file(), 1L, Long::sum);
    }
    r.warnings().forEach(ReaderFuzzTest::assertSafe);
    assertEquals(rejections.size(), r.rejectedRows());
    for (FileCounts c : r.counts()) {
      assertEquals(perFile.getOrDefault(c.file(), 0L), c.rejected(), c.toString());
      assertEquals(c.read(), c.accepted() + c.rejected(), c.toString());
    }
    assertEquals(r.counts().get(0).accepted(), r.registry().facilities().size());
    assertEquals(r.counts().get(1).accepted(), r.registry().size());
    assertEquals(r.counts().get(2).accepted(), r.registry().eventCount());
    assertTrue(r.rejectedPeople() <= r.counts().get(1).rejected());
  }

  /** A message holds printable ASCII only, and never the canary. */
  private static void assertSafe(String message) {
    assertTrue(!message.contains(CANARY), "the canary name is shown: " + message);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      assertTrue(c >= 0x20 && c < 0x7f, "character " + (int) c + " in: " + message);
    }
  }

  private static Path json(byte[] input) throws IOException {
    Path file = DIR.resolve("registry.json");
    Files.write(file, canaries(input, 1, input.length));
    return file;
  }

  private static Path folder(byte[] input) throws IOException {
    Path folder = DIR.resolve("registry");
    Files.createDirectories(folder);
    List<String> names = new ArrayList<>();
    for (Columns c : Columns.values()) {
      names.add(c.csvFile());
    }
    names.add(RegistryReader.PROPERTIES);
    int start = 1;
    for (int i = 0; i < names.size(); i++) {
      Path file = folder.resolve(names.get(i));
      int end = start > input.length ? -1 : indexOf(input, SEPARATOR, start);
      if (start > input.length) {
        Files.deleteIfExists(file);
        continue;
      }
      int stop = end < 0 ? input.length : end;
      boolean properties = i == names.size() - 1;
      Files.write(
          file,
          properties
              ? java.util.Arrays.copyOfRange(input, start, stop)
              : canaries(input, start, stop));
      start = end < 0 ? input.length + 1 : end + SEPARATOR.length;
    }
    return folder;
  }

  /** Returns {@code input[from, to)} with every {@code ~} replaced by the canary. */
  private static byte[] canaries(byte[] input, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + 16);
    byte[] canary = CANARY.getBytes(StandardCharsets.US_ASCII);
    for (int i = from; i < to; i++) {
      if (input[i] == '~') {
        out.write(canary, 0, canary.length);
      } else {
        out.write(input[i]);
      }
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] input, byte[] part, int from) {
    outer:
    for (int i = from; i + part.length <= input.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (input[i + k] != part[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
