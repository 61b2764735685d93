package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Every builder of the core may build again: {@code build()} is idempotent (an equal value each
 * time), and setting more after a build changes the next value, never one already built. The
 * bulk loader, which makes one registry, refuses a second build instead ({@code
 * RegistryLoaderTest}); {@link History.Builder} and {@link Registry.Builder} are checked in
 * {@code ReplayTest} and {@code RegistryBuilderTest}.
 */
class BuildersTest {
  @Test
  void anEventBuilderBuildsEqualEventsAndLaterChangesLeaveThemAlone() {
    Event.Builder b = Event.builder().type(EventType.ARREST).date(d("2025-01-01")).facility(Fixtures.HELICOIDE);
    Event first = b.build();
    assertEquals(first, b.build());
    Event later = b.source(Source.of("family")).build();
    assertNotEquals(first, later);
    assertEquals(Event.of(EventType.ARREST, d("2025-01-01"), Fixtures.HELICOIDE), first);
  }

  @Test
  void aDetaineeBuilderBuildsEqualPeopleAndLaterChangesLeaveThemAlone() {
    Detainee.Builder b = Detainee.builder().id(Fixtures.A).name("Ana Secret");
    Detainee first = b.build();
    assertEquals(first, b.build());
    Detainee later = b.gender(Gender.F).build();
    assertNotEquals(first, later);
    assertEquals(Detainee.builder().id(Fixtures.A).name("Ana Secret").build(), first);
  }

  @Test
  void aFacilityBuilderBuildsEqualFacilitiesAndLaterChangesLeaveThemAlone() {
    Facility.Builder b = Facility.builder().id(Fixtures.HELICOIDE).kind(FacilityKind.INTELLIGENCE);
    Facility first = b.build();
    assertEquals(first, b.build());
    Facility later = b.region("Caracas").build();
    assertNotEquals(first, later);
    assertEquals(Facility.of(Fixtures.HELICOIDE, FacilityKind.INTELLIGENCE), first);
  }
}
