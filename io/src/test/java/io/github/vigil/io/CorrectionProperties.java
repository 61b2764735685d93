package io.github.vigil.io;

import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.Facility;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Registry;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Laws of corrections: lossless files, and a correction seen only from its recording date. */
class CorrectionProperties {
  @TempDir Path dir;
  private int n;

  private Path folder() {
    try {
      return Files.createDirectories(dir.resolve("r" + n++));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writingAFolderOrJsonWithCorrectionsThenReadingItGivesAnEqualRegistryWithoutRejections() {
    qt().withExamples(50)
        .forAll(VigilGen.registriesWithCorrections())
        .check(
            registry -> {
              try {
                Path f = folder();
                RegistryWriter.writeFolder(registry, f);
                ReadResult csv = Folders.read(f);
                Path j = folder().resolve("registry.json");
                RegistryWriter.writeJson(registry, j);
                ReadResult json = Folders.read(j);
                return csv.registry().equals(registry) && csv.rejections().isEmpty()
                    && json.registry().equals(registry) && json.rejections().isEmpty();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Returns the registry of the events {@code keep} keeps, without their corrections. */
  private static Registry only(Registry r, Predicate<Event> keep) {
    Registry out = Registry.empty();
    if (r.country().isPresent()) {
      out = out.withCountry(r.country().get());
    }
    for (Facility f : r.facilities()) {
      out = out.withFacility(f);
    }
    for (Detainee d : r.detainees()) {
      out = out.withDetainee(d);
      for (Event e : r.history(d.id()).orElseThrow().eventsWithClaims()) {
        if (keep.test(e)) {
          out = out.withEvent(d.id(), e.uncorrected());
        }
      }
    }
    return out;
  }

  private static List<Optional<LegalStatus>> statuses(Registry r, LocalDate asOf, LocalDate knownOn) {
    return r.asOf(asOf).knownOn(knownOn).people().map(p -> p.status()).collect(Collectors.toList());
  }

  private static List<LocalDate> correctionDates(Registry r) {
    return r.detainees().stream()
        .flatMap(d -> r.history(d.id()).orElseThrow().eventsWithClaims().stream())
        .flatMap(e -> e.correction().map(Correction::recordedOn).stream())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void asKnownBeforeEveryCorrectionTheRegistryIsSeenAsIfNothingWasCorrected() {
    qt().withExamples(50)
        .forAll(VigilGen.registriesWithCorrections())
        .check(
            r -> {
              List<LocalDate> dates = correctionDates(r);
              if (dates.isEmpty() || r.latestEventDate().isEmpty()) {
                return true;
              }
              Set<String> replacements = new HashSet<>();
              r.detainees().forEach(d -> r.history(d.id()).orElseThrow().eventsWithClaims()
                  .forEach(e -> e.correction().flatMap(Correction::replacedBy).ifPresent(replacements::add)));
              Registry uncorrected =
                  only(r, e -> e.id().isEmpty() || !replacements.contains(e.id().get()));
              LocalDate before = dates.get(0).minusDays(1);
              LocalDate asOf = r.latestEventDate().get();
              return statuses(r, asOf, before).equals(statuses(uncorrected, asOf, before));
            });
  }

  @Test
  void asKnownAfterEveryCorrectionTheRegistryIsSeenAsTheEventsInEffect() {
    qt().withExamples(50)
        .forAll(VigilGen.registriesWithCorrections())
        .check(
            r -> {
              if (r.latestEventDate().isEmpty()) {
                return true;
              }
              Registry inEffect = only(r, e -> !e.isCorrected());
              LocalDate asOf = r.latestEventDate().get();
              LocalDate known = LocalDate.of(2027, 1, 1);
              return statuses(r, asOf, known).equals(statuses(inEffect, asOf, known));
            });
  }
}
