package io.github.vigil.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Registry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of every side of the comparison, checking that they count the same. */
class SmokeTest {
  private static final LocalDate D = RegistryGenerator.LAST_DATE;

  @TempDir Path dir;

  @Test
  void theGeneratorIsDeterministicAndWritesValidHistoriesOfAboutFiveEvents() throws Exception {
    RegistryGenerator.Stats a = RegistryGenerator.generate(dir.resolve("a"), 1_000, 7);
    RegistryGenerator.Stats b = RegistryGenerator.generate(dir.resolve("b"), 1_000, 7);
    assertEquals(
        Files.readString(dir.resolve("a/events.csv")), Files.readString(dir.resolve("b/events.csv")));
    assertTrue(a.events() > 3_500 && a.events() < 6_500, "events: " + a.events());
    Registry registry = VigilWorkloads.load(a.folder()); // throws on any rejected row
    assertEquals(1_000, registry.size());
    assertEquals(b.events(), registry.eventCount());
  }

  @Test
  void vigilTheFloorAndDuckDbCountTheSameCategories() throws Exception {
    RegistryGenerator.generate(dir, 1_000, 42);
    Registry registry = VigilWorkloads.load(dir);
    Floor floor = Floor.load(dir);
    assertEquals(registry.eventCount(), floor.events());
    try (DuckDbWorkloads duck = new DuckDbWorkloads()) {
      assertEquals(registry.eventCount(), duck.load(dir));
      for (LocalDate[] dk :
          List.of(
              new LocalDate[] {D, D},
              new LocalDate[] {D, D.minusDays(90)},
              new LocalDate[] {D.minusYears(2), D.minusYears(2)},
              new LocalDate[] {LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 1)})) {
        CategoryCounts vigil = VigilWorkloads.report(registry, dk[0], dk[1]);
        assertEquals(vigil, floor.report(dk[0], dk[1]), "floor as of " + dk[0] + " known " + dk[1]);
        assertEquals(vigil, duck.report(dk[0], dk[1]), "DuckDB as of " + dk[0] + " known " + dk[1]);
      }
    }
    List<LocalDate> weeks = VigilWorkloads.weeklyDates(D, 52);
    assertEquals(weeks, VigilWorkloads.seriesDates(registry, D, 52));
    assertEquals(VigilWorkloads.weekly(registry, D, 52, D), floor.series(weeks, D));
    assertEquals(VigilWorkloads.report(registry, D, D), VigilWorkloads.categoriesOnly(registry, D, D));
    assertEquals(VigilWorkloads.report(registry, D, D), VigilWorkloads.reportParallel(registry, D, D));
    CategoryCounts now = VigilWorkloads.report(registry, D, D);
    for (FreedomCategory c : FreedomCategory.values()) {
      assertTrue(now.count(c) > 0, "no one is " + c + ": " + now);
    }
  }

  @Test
  void appendingKeepsTheCountsEqualToAFullReport() {
    RegistryGenerator.generate(dir, 1_000, 3);
    Registry registry = VigilWorkloads.load(dir);
    VigilWorkloads.Appends appends = VigilWorkloads.prepareAppends(registry, 2_000, 5);
    VigilWorkloads.LiveRegistry live = new VigilWorkloads.LiveRegistry(registry);
    appends.applyTo(live);
    Registry after = live.registry();
    assertEquals(registry.eventCount() + 2_000, after.eventCount());
    assertEquals(VigilWorkloads.report(after, LocalDate.MAX, LocalDate.MAX), live.counts());
  }
}
