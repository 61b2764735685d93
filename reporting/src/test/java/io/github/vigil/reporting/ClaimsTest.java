package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The claims by source under disclosure control, and the checks of a published claims section
 * built by hand (a document read back is checked by the reader first).
 */
class ClaimsTest {
  private static final FacilityId F = FacilityId.of("f");

  /** People held since 2025, each claimed released in 2026 by the source of {@code claims}. */
  private static Claims claims(Map<String, Integer> claims, int minCell) {
    Registry r = Registry.empty().withFacility(Facility.of(F, FacilityKind.PRISON));
    int n = 0;
    for (Map.Entry<String, Integer> c : claims.entrySet()) {
      for (int i = 0; i < c.getValue(); i++) {
        DetaineeId id = DetaineeId.of("P" + n++);
        r =
            r.withDetainee(Detainee.of(id))
                .withEvent(id, Event.of(EventType.ARREST, LocalDate.of(2025, 3, 1), F))
                .withEvent(
                    id,
                    Event.builder()
                        .type(EventType.RELEASE)
                        .date(LocalDate.of(2026, 1, 10))
                        .source(Source.of(c.getKey()))
                        .evidence(Evidence.CLAIMED)
                        .build());
      }
    }
    return Claims.of(r.asOf(LocalDate.of(2026, 2, 1)), ReportOptions.builder().minCell(minCell).build())
        .orElseThrow();
  }

  private static Map<String, OptionalLong> cells(Object... sourcesAndCounts) {
    Map<String, OptionalLong> out = new TreeMap<>();
    for (int i = 0; i < sourcesAndCounts.length; i += 2) {
      Long n = (Long) sourcesAndCounts[i + 1];
      out.put((String) sourcesAndCounts[i], n < 0 ? OptionalLong.empty() : OptionalLong.of(n));
    }
    return out;
  }

  @Test
  void aSourceOfFewClaimsIsHiddenWithTheSmallestShownOneFirstInOrder() {
    // s1 alone would be found from the total: the smallest shown, s2 before s3 at a tie, goes too
    assertEquals(
        cells("s1", -1L, "s2", -1L, "s3", 3L, "s4", 5L),
        claims(ImmutableMap.of("s1", 1, "s2", 3, "s3", 3, "s4", 5), 2).bySource());
    // two hidden already protect each other
    assertEquals(
        cells("s1", -1L, "s2", -1L, "s3", 3L),
        claims(ImmutableMap.of("s1", 1, "s2", 1, "s3", 3), 2).bySource());
    // nothing hidden
    assertEquals(cells("s1", 2L, "s2", 3L), claims(ImmutableMap.of("s1", 2, "s2", 3), 2).bySource());
    // one hidden and nothing else shown: nothing more to hide
    assertEquals(cells("s1", -1L), claims(ImmutableMap.of("s1", 1), 2).bySource());
  }

  @Test
  void aPublishedClaimsSectionBuiltByHandIsChecked() {
    assertNotNull(valid().build()); // valid as it is
    assertEquals(
        "a count of claims must not be negative",
        refused(valid().corroborations(-1)));
    assertEquals(
        "a row of claims.moves must not be empty",
        refused(valid().putMoves(FreedomCategory.DETAINED, ImmutableMap.of())));
    assertEquals(
        "a count of claims.moves must not be negative",
        refused(valid().putMoves(FreedomCategory.DETAINED, ImmutableMap.of(FreedomCategory.FULL, OptionalLong.of(-1)))));
    assertEquals(
        "claims.moves publishes no zero",
        refused(valid().putMoves(FreedomCategory.DETAINED, ImmutableMap.of(FreedomCategory.FULL, OptionalLong.of(0)))));
    assertNotNull(
        valid().putMoves(FreedomCategory.DETAINED, ImmutableMap.of(FreedomCategory.FULL, OptionalLong.of(1))).build());
    assertNotNull(
        valid().putMoves(FreedomCategory.DETAINED, ImmutableMap.of(FreedomCategory.FULL, OptionalLong.empty())).build());
    assertEquals(
        "a count of claims.bySource must not be negative",
        refused(valid().putBySource("s", OptionalLong.of(-1))));
    assertEquals(
        "claims.flows has a date and both counts, or is absent",
        refused(valid().flowsSince(LocalDate.of(2026, 1, 1))));
    PublishedFlows flows =
        ImmutablePublishedFlows.builder().arrests(0).rearrests(0).releases(0).exiles(0).deaths(0).build();
    assertEquals(
        "claims.flows has a date and both counts, or is absent",
        refused(valid().flowsSince(LocalDate.of(2026, 1, 1)).verifiedFlows(flows)));
    assertNotNull(valid().flowsSince(LocalDate.of(2026, 1, 1)).verifiedFlows(flows).flowsWithClaims(flows).build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImmutablePublishedFlows.builder().arrests(0).rearrests(0).releases(0).exiles(-1).deaths(0).build());
    assertEquals("a count of claims.flows must not be negative", e.getMessage());
  }

  private static ImmutablePublishedClaims.Builder valid() {
    CategoryCounts none = CategoryCounts.of(new java.util.EnumMap<>(FreedomCategory.class));
    return ImmutablePublishedClaims.builder()
        .headlineIncludesClaims(false)
        .unverifiedClaims(0)
        .peopleMoved(0)
        .corroborations(0)
        .dateConflicts(0)
        .verifiedPopulation(0)
        .verified(none)
        .populationWithClaims(0)
        .withClaims(none);
  }

  private static String refused(ImmutablePublishedClaims.Builder b) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, b::build).getMessage());
  }
}
