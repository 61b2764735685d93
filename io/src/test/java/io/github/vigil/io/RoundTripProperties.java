package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Registry;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripProperties {
  static final int EXAMPLES = 200;

  @TempDir Path dir;

  @Test
  void writingAFolderThenReadingItGivesAnEqualRegistryWithoutRejectionsOrWarnings() {
    qt().withExamples(EXAMPLES)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              ReadResult r = Folders.read(written(registry, false));
              return r.registry().equals(registry)
                  && r.rejections().isEmpty()
                  && r.warnings().isEmpty()
                  && r.registry().eventCount() == registry.eventCount();
            });
  }

  @Test
  void writingJsonThenReadingItGivesAnEqualRegistryWithoutRejectionsOrWarnings() {
    qt().withExamples(EXAMPLES)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              ReadResult r = Folders.read(written(registry, true));
              return r.registry().equals(registry)
                  && r.rejections().isEmpty()
                  && r.warnings().isEmpty();
            });
  }

  @Test
  void aRegistryReadFromCsvAndFromJsonIsTheSame() {
    qt().withExamples(100)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              ReadResult csv = Folders.read(written(registry, false));
              ReadResult json = Folders.read(written(registry, true));
              assertEquals(csv.registry(), json.registry());
              assertEquals(
                  csv.counts().stream().map(c -> List.of(c.read(), c.rejected())).toList(),
                  json.counts().stream().map(c -> List.of(c.read(), c.rejected())).toList());
              return true;
            });
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(100)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              for (boolean json : new boolean[] {false, true}) {
                Path first = written(registry, json);
                List<byte[]> before = contents(first);
                Registry read = Folders.read(first).registry();
                Path second = written(read, json);
                List<byte[]> after = contents(second);
                for (int i = 0; i < before.size(); i++) {
                  assertArrayEquals(before.get(i), after.get(i));
                }
              }
              return true;
            });
  }

  @Test
  void theGeneratedRegistriesHaveConfidentialPeopleAndRegistriesWithoutAny() {
    int[] with = {0};
    int[] without = {0};
    qt().withExamples(EXAMPLES)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              boolean any = registry.detainees().stream().anyMatch(d -> d.confidential());
              (any ? with : without)[0]++;
              return true;
            });
    assertTrue(with[0] > 0 && without[0] > 0, with[0] + " with, " + without[0] + " without");
  }

  private static List<byte[]> contents(Path written) {
    try {
      if (Files.isDirectory(written)) {
        List<byte[]> out = new ArrayList<>();
        for (String f : List.of("registry.properties", "facilities.csv", "detainees.csv", "events.csv")) {
          out.add(Files.readAllBytes(written.resolve(f)));
        }
        return out;
      }
      return List.of(Files.readAllBytes(written));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path written(Registry registry, boolean json) {
    try {
      if (json) {
        Path file = dir.resolve("registry.json");
        RegistryWriter.writeJson(registry, file);
        return file;
      }
      Path folder = dir.resolve("registry");
      RegistryWriter.writeFolder(registry, folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
