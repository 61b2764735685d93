package io.github.vigil.sheets;

import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting a registry as a workbook and importing the workbook gives the registry back: the
 * same people, facilities, histories, country and name, with no rejection or warning.
 */
class WorkbookRoundTripProperties {
  static final int EXAMPLES = 100;

  @TempDir Path dir;

  @Test
  void aRegistryWithCorrectionsIsRefusedAndNothingIsWritten() {
    qt().withExamples(30)
        .forAll(VigilGen.registriesWithCorrections())
        .assuming(r -> r.detainees().stream()
            .anyMatch(d -> r.history(d.id()).orElseThrow().eventsWithClaims().stream().anyMatch(Event::isCorrected)))
        .checkAssert(
            registry -> {
              for (String name : List.of("corrected.xlsx", "corrected.ods")) {
                Path file = dir.resolve(name);
                IllegalArgumentException e =
                    org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class, () -> WorkbookWriter.write(registry, file));
                org.junit.jupiter.api.Assertions.assertTrue(
                    String.valueOf(e.getMessage()).contains("which a workbook does not carry"), e.getMessage());
                org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(file), name);
              }
            });
  }

  @Test
  void anXlsxWorkbookImportsBackIntoAnEqualRegistry() {
    qt().withExamples(EXAMPLES)
        .forAll(VigilGen.registriesWithHardText())
        .check(registry -> importsBack(registry, "registry.xlsx"));
  }

  /**
   * An .ods spreadsheet has no way to hold a control character (XML 1.0 cannot), so a registry
   * holding one is refused before anything is written; every other registry comes back equal.
   */
  @Test
  void anOdsSpreadsheetImportsBackIntoAnEqualRegistryOrIsRefusedForAControlCharacter() {
    qt().withExamples(EXAMPLES)
        .forAll(VigilGen.registriesWithHardText())
        .check(
            registry -> {
              if (!holdsControlCharacter(registry)) {
                return importsBack(registry, "registry.ods");
              }
              try {
                WorkbookWriter.write(registry, dir.resolve("refused.ods"));
                return false;
              } catch (IllegalArgumentException e) {
                return String.valueOf(e.getMessage()).endsWith("holds a control character, which an .ods spreadsheet cannot hold")
                    && !dir.resolve("refused.ods").toFile().exists();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private boolean importsBack(Registry registry, String name) {
    Path file = dir.resolve(name);
    try {
      WorkbookWriter.write(registry, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportResult r =
        SheetImport.read(file, ImportOptions.builder().today(LocalDate.of(9999, 12, 31)).build());
    return r.registry().equals(registry)
        && r.isClean()
        && r.warnings().isEmpty()
        && r.registry().eventCount() == registry.eventCount()
        && List.copyOf(r.registry().facilities()).equals(List.copyOf(registry.facilities()));
  }

  private static boolean holdsControlCharacter(Registry r) {
    List<Optional<String>> texts = new ArrayList<>();
    texts.add(r.name());
    for (Facility f : r.facilities()) {
      texts.add(f.name());
      texts.add(f.region());
    }
    for (Detainee d : r.detainees()) {
      texts.add(d.name());
      for (Event e : r.history(d.id()).map(History::events).orElse(com.google.common.collect.ImmutableList.of())) {
        texts.add(e.note());
        texts.add(e.source().map(s -> s.label()));
        texts.add(Optional.of(io.github.vigil.core.Measures.format(e.measures())));
      }
    }
    return texts.stream().flatMap(Optional::stream).anyMatch(
        t -> t.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'));
  }
}
