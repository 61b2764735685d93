package io.github.vigil.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Generated registries in temporary folders, for the JMH benchmarks. */
final class BenchmarkData {
  private BenchmarkData() {}

  /** Generates a registry of {@code detainees} people in a new temporary folder. */
  static Path generate(int detainees) {
    try {
      Path dir = Files.createTempDirectory("vigil-jmh-");
      RegistryGenerator.generate(dir, detainees, 1);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything in it. */
  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
