package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Registry;
import io.github.vigil.testkit.VigilGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages one byte of a valid {@code events.csv} (replaced, deleted or a byte inserted; never a
 * quote or a line break, which change where records end) and checks that reading either stops
 * with the documented {@link RegistryFormatException} or loads every person whose rows were not
 * touched exactly as before.
 */
class CorruptionProperties {
  static final int EXAMPLES = 300;

  @TempDir Path dir;

  @Test
  void corruptingOneByteOfEventsNeverThrowsAnythingElseAndNeverLosesAnUntouchedRow() {
    int[] tried = {0};
    qt().withExamples(EXAMPLES)
        .forAll(
            VigilGen.registriesWithHardText(),
            integers().between(0, Integer.MAX_VALUE - 1),
            integers().between(0, 2),
            integers().between(0x20, 0x7e))
        .check(
            (registry, at, how, with) -> {
              if (registry.eventCount() == 0 || with == '"') {
                return true;
              }
              tried[0]++;
              Path folder = dir.resolve("registry");
              byte[] original = write(registry, folder);
              int header = indexOf(original, (byte) '\n', 0) + 1;
              int offset = header + at % (original.length - header);
              byte b = original[offset];
              if (how < 2 && (b == '"' || b == '\n' || b == '\r')) {
                return true; // such damage moves record boundaries; see the example tests
              }
              byte[] damaged = damage(original, offset, how, (byte) (int) with);
              Set<String> touched = new HashSet<>();
              touched.add(firstField(original, offset));
              touched.add(firstField(damaged, offset));
              ReadResult r;
              try {
                Files.write(folder.resolve("events.csv"), damaged);
                r = Folders.read(folder);
              } catch (RegistryFormatException e) {
                return true;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertEquals(registry.facilities().size(), r.registry().facilities().size());
              for (Detainee d : registry.detainees()) {
                if (!touched.contains(d.id().value())) {
                  assertEquals(registry.history(d.id()), r.registry().history(d.id()), d.id().value());
                }
              }
              return r.rejections().size() <= 1 + registry.eventCount();
            });
    assertTrue(tried[0] > EXAMPLES / 2, "only " + tried[0] + " registries with events");
  }

  private static byte[] write(Registry registry, Path folder) {
    try {
      RegistryWriter.writeFolder(registry, folder);
      return Files.readAllBytes(folder.resolve("events.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] damage(byte[] in, int offset, int how, byte with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 1);
    out.write(in, 0, offset);
    switch (how) {
      case 0 -> out.write(with);
      case 1 -> {}
      default -> {
        out.write(with);
        out.write(in[offset]);
      }
    }
    out.write(in, offset + 1, in.length - offset - 1);
    return out.toByteArray();
  }

  /** Returns the first field of the record holding {@code offset}: the detainee id. */
  private static String firstField(byte[] bytes, int offset) {
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '"') {
        quoted = !quoted;
      } else if (bytes[i] == '\n' && !quoted) {
        start = i + 1;
      }
    }
    int end = start;
    while (end < bytes.length && bytes[end] != ',' && bytes[end] != '\n') {
      end++;
    }
    return new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
