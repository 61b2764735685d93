package io.github.vigil.cli.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Affiliation;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.core.VulnerableGroup;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRegistryTest {
  private static final Registry SAMPLE = SampleRegistry.generate();
  private static final LocalDate ANNOUNCEMENT = SampleRegistry.ANNOUNCEMENT;
  private static final Path BUNDLED = Path.of("src/main/resources/sample-registry");

  private static Map<FreedomCategory, Integer> categories(RegistryView view) {
    Map<FreedomCategory, Integer> out = new EnumMap<>(FreedomCategory.class);
    for (FreedomCategory c : FreedomCategory.values()) {
      out.put(c, 0);
    }
    view.population()
        .map(p -> ClassificationPolicy.standard().category(p.status().orElseThrow()))
        .forEach(c -> out.merge(c, 1, Integer::sum));
    return out;
  }

  private static int get(Map<FreedomCategory, Integer> counts, FreedomCategory category) {
    Integer n = counts.get(category);
    return n == null ? 0 : n;
  }

  private static long count(RegistryView view, EventType type, LocalDate after) {
    return view.people()
        .flatMap(p -> p.appliedEvents().stream())
        .filter(e -> e.type() == type && e.date().isAfter(after))
        .count();
  }

  @Test
  void theBundledFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
    RegistryWriter.writeFolder(SAMPLE, dir);
    for (String file : List.of("registry.properties", "facilities.csv", "detainees.csv", "events.csv")) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve(file)),
          Files.readAllBytes(BUNDLED.resolve(file)),
          file + " is stale: regenerate it as docs/sample-registry.md says");
    }
  }

  @Test
  void theBundledSampleReadsBackWithoutRejectionAndEqualsTheGeneratedOne() {
    ReadResult read = BundledSample.read();
    assertTrue(read.isClean(), read.rejections().toString());
    assertEquals(SAMPLE, read.registry());
  }

  @Test
  void theSameSeedGivesTheSameRegistryAndAnotherSeedAnother() {
    assertEquals(SAMPLE, SampleRegistry.generate(SampleRegistry.SEED));
    assertNotEquals(SAMPLE, SampleRegistry.generate(SampleRegistry.SEED + 1));
  }

  @Test
  void itSaysItIsSyntheticAndUsesInventedNames() {
    assertTrue(SAMPLE.name().orElseThrow().startsWith("Synthetic sample registry"));
    assertEquals("VE", SAMPLE.country().orElseThrow());
    for (Detainee d : SAMPLE.detainees()) {
      assertTrue(d.name().orElseThrow().startsWith("Persona Ficticia "), d.id().value());
    }
  }

  @Test
  void aboutAThousandPoliticalPrisonersWereHeldTheDayBeforeTheAnnouncement() {
    Map<FreedomCategory, Integer> before = categories(SAMPLE.asOf(ANNOUNCEMENT.minusDays(1)));
    int held =
        get(before, FreedomCategory.DETAINED)
            + get(before, FreedomCategory.WHEREABOUTS_UNKNOWN)
            + get(before, FreedomCategory.RELEASE_PENDING);
    assertTrue(held >= 900 && held <= 1100, "held: " + held);
    assertEquals(0, get(before, FreedomCategory.RELEASE_PENDING));
  }

  @Test
  void elevenReleasesFollowedTheAnnouncementByVerifiedSources() {
    RegistryView verified =
        SAMPLE.asOfLatest().fromSources(Set.of(Source.of("foro-penal"), Source.of("family")));
    assertEquals(11, count(verified, EventType.RELEASE, ANNOUNCEMENT.minusDays(1)));
    // The verified count is the default; the official claims are more than ten times as many.
    assertEquals(11, count(SAMPLE.asOfLatest(), EventType.RELEASE, ANNOUNCEMENT.minusDays(1)));
    assertEquals(
        151, count(SAMPLE.asOfLatest().includingClaims(), EventType.RELEASE, ANNOUNCEMENT.minusDays(1)));
  }

  @Test
  void theAuthoritiesClaimReleasesThatNobodyVerifiedAndSomeThatWere() {
    RegistryView all = SAMPLE.asOfLatest().includingClaims();
    assertEquals(142, all.people().mapToLong(p -> p.unverifiedClaims().size()).sum());
    assertEquals(9, all.people().mapToLong(PersonView::corroborations).sum());
    assertEquals(2, all.people().mapToLong(PersonView::dateConflicts).sum());
  }

  @Test
  void theStoryHasEveryCategory() {
    Map<FreedomCategory, Integer> now = categories(SAMPLE.asOfLatest());
    assertEquals(SampleRegistry.LAST_DAY, SAMPLE.asOfLatest().asOf());
    // Verified: the claimed releases did not happen, so their orders are still not executed.
    assertEquals(188, get(now, FreedomCategory.RELEASE_PENDING));
    assertEquals(48, get(categories(SAMPLE.asOfLatest().includingClaims()), FreedomCategory.RELEASE_PENDING));
    assertEquals(18, get(now, FreedomCategory.HOUSE_ARREST));
    assertEquals(2, get(now, FreedomCategory.EXILED));
    assertEquals(1, get(now, FreedomCategory.DECEASED));
    assertTrue(get(now, FreedomCategory.WHEREABOUTS_UNKNOWN) >= 45, now.toString());
    assertTrue(get(now, FreedomCategory.CONDITIONAL) > 0, now.toString());
    assertTrue(get(now, FreedomCategory.FULL) > 0, now.toString());
  }

  @Test
  void familiesRegisteredSomeDetaineesAfterTheAnnouncement() {
    long knownOnAnnouncement = SAMPLE.asOfLatest().knownOn(ANNOUNCEMENT).population().count();
    long knownNow = SAMPLE.asOfLatest().population().count();
    assertTrue(knownNow - knownOnAnnouncement >= 30, knownOnAnnouncement + " then " + knownNow);
  }

  @Test
  void releasedPeopleWereArrestedAgain() {
    RegistryView now = SAMPLE.asOfLatest();
    long rearrests =
        now.people().mapToLong(p -> p.status().map(s -> s.rearrests()).orElse(0)).sum();
    assertTrue(rearrests >= 30, "rearrests: " + rearrests);
    assertTrue(count(now, EventType.ARREST, LocalDate.of(2026, 1, 1)) > 0);
  }

  @Test
  void vulnerableGroupsAreRepresented() {
    Map<VulnerableGroup, Integer> groups = new EnumMap<>(VulnerableGroup.class);
    for (Detainee d : SAMPLE.detainees()) {
      for (VulnerableGroup g : d.vulnerableGroupsOn(SampleRegistry.LAST_DAY, SAMPLE.country())) {
        groups.merge(g, 1, Integer::sum);
      }
    }
    assertEquals(1, groups.get(VulnerableGroup.MINOR), groups.toString());
    for (VulnerableGroup g : VulnerableGroup.values()) {
      assertTrue(groups.getOrDefault(g, 0) > 0, g + " in " + groups);
    }
  }

  @Test
  void civiliansAndMilitaryAreHeldInNamedFacilitiesOfEveryKind() {
    assertTrue(SAMPLE.facilities().stream().anyMatch(f -> f.name().orElseThrow().equals("El Helicoide")));
    for (FacilityKind kind : List.of(FacilityKind.PRISON, FacilityKind.INTELLIGENCE, FacilityKind.POLICE, FacilityKind.MILITARY)) {
      assertTrue(SAMPLE.facilities().stream().anyMatch(f -> f.kind() == kind), kind.toString());
    }
    assertTrue(
        SAMPLE.detainees().stream()
            .anyMatch(d -> d.affiliation().orElse(Affiliation.CIVILIAN) == Affiliation.MILITARY));
  }

  @Test
  void someDatesAreApproximate() {
    long approximate = SAMPLE.asOfLatest().people().mapToLong(PersonView::approximateDates).sum();
    assertTrue(approximate > 0 && approximate < 100, "approximate: " + approximate);
  }
}
