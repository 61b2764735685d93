package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.RODEO;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Assembling a registry in one pass from valid parts. */
class RegistryBuilderTest {
  @Test
  void aBuiltRegistryEqualsTheOneMadeEventByEvent() {
    History h = history(arrest("2025-01-01"), Fixtures.transfer("2025-02-01"));
    Detainee a = Detainee.builder().id(Fixtures.A).name("Ana Secret").build();
    Registry built =
        Registry.builder()
            .country("VE")
            .name("test")
            .addFacility(Facility.of(HELICOIDE, FacilityKind.PRISON))
            .addFacility(Facility.of(RODEO, FacilityKind.PRISON))
            .addPerson(a, h)
            .addPerson(Detainee.of(DetaineeId.of("B")), History.empty(DetaineeId.of("B")))
            .build();
    Registry appended =
        Registry.empty()
            .withCountry("VE")
            .withName("test")
            .withFacility(Facility.of(RODEO, FacilityKind.PRISON))
            .withFacility(Facility.of(HELICOIDE, FacilityKind.PRISON))
            .withDetainee(Detainee.of(DetaineeId.of("B")))
            .withDetainee(a)
            .withEvent(Fixtures.A, arrest("2025-01-01"))
            .withEvent(Fixtures.A, Fixtures.transfer("2025-02-01"));
    assertEquals(appended, built);
    assertEquals(2, built.eventCount());
    assertEquals(d("2025-02-01"), built.latestEventDate().orElseThrow());
    assertEquals(List.of(DetaineeId.of("A"), DetaineeId.of("B")), built.detainees().stream().map(Detainee::id).toList());
  }

  @Test
  void theRejectionsOfAReadRegistryAreKeptByEveryCopyButAreNotItsContent() {
    Registry read =
        Registry.empty().withFacility(Facility.of(HELICOIDE, FacilityKind.PRISON)).withRejections(4, 3);
    Registry extended =
        read.withCountry("VE")
            .withName("test")
            .withDetainee(Detainee.of(Fixtures.A))
            .withEvent(Fixtures.A, arrest("2025-01-01"));
    assertEquals(4, extended.rejectedRows());
    assertEquals(3, extended.rejectedPeople());
    assertEquals(0, Registry.builder().build().rejectedRows());
    Registry clean = read.withRejections(0, 0);
    assertEquals(0, clean.rejectedRows());
    assertEquals(read, clean);
    assertEquals(read.hashCode(), clean.hashCode());
    assertNotEquals(read, clean.withName("other"));
    assertThrows(IllegalArgumentException.class, () -> read.withRejections(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> read.withRejections(0, -1));
  }

  @Test
  void buildIsIdempotentAndLaterPartsJoinTheNextBuild() {
    Registry.Builder b = Registry.builder().addFacility(Facility.of(HELICOIDE, FacilityKind.PRISON));
    Registry first = b.build();
    Registry second = b.build();
    assertEquals(first, second);
    assertNotSame(first, second);
    b.addPerson(Detainee.of(Fixtures.A), history(arrest("2025-01-01")));
    assertEquals(0, first.size());
    assertEquals(1, b.build().size());
  }

  @Test
  void partsThatDoNotFitTogetherAreRefused() {
    Registry.Builder b = Registry.builder().addFacility(Facility.of(HELICOIDE, FacilityKind.PRISON));
    assertThrows(
        IllegalArgumentException.class, () -> b.addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE)));
    b.addPerson(Detainee.of(Fixtures.A), History.empty(Fixtures.A));
    assertThrows(
        IllegalArgumentException.class, () -> b.addPerson(Detainee.of(Fixtures.A), History.empty(Fixtures.A)));
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class,
            () -> b.addPerson(Detainee.of(DetaineeId.of("B")), History.empty(Fixtures.A)));
    assertEquals("the history of A was given for B", other.getMessage());
    b.addPerson(
        Detainee.of(DetaineeId.of("C")),
        History.of(DetaineeId.of("C"), List.of(Event.of(EventType.ARREST, d("2025-01-01"), RODEO))));
    UnknownIdException unknown = assertThrows(UnknownIdException.class, b::build);
    assertEquals("ARREST on 2025-01-01 for C names unknown facility rodeo-1", unknown.getMessage());
  }
}
