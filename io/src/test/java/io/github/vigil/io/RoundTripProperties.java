package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Registry;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
