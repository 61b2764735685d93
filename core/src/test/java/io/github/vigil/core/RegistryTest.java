package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.A;
import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.RODEO;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry as a value: equal by content, counting its events and its latest date. */
class RegistryTest {
  static final DetaineeId B = DetaineeId.of("B");

  static Registry base() {
    return Registry.empty()
        .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
        .withDetainee(Detainee.of(A))
        .withDetainee(Detainee.of(B));
  }

  @Test
  void registriesAreEqualByCountryNameFacilitiesPeopleAndHistories() {
    new EqualsTester()
        .addEqualityGroup(base(), base())
        .addEqualityGroup(base().withCountry("VE"), base().withCountry("VE"))
        .addEqualityGroup(base().withName("Registro"))
        .addEqualityGroup(base().withFacility(Facility.of(RODEO, FacilityKind.POLICE)))
        .addEqualityGroup(base().withDetainee(Detainee.of(DetaineeId.of("C"))))
        .addEqualityGroup(base().withEvent(A, arrest("2024-01-01")), base().withEvent(A, arrest("2024-01-01")))
        .addEqualityGroup(base().withEvent(A, arrest("2024-01-02")))
        .addEqualityGroup(base().withEvent(B, arrest("2024-01-01")))
        .addEqualityGroup(Registry.empty())
        .testEquals();
  }

  @Test
  void historiesAreListedInTheIdOrderOfTheirPeople() {
    Registry r =
        base()
            .withDetainee(Detainee.of(DetaineeId.of("0")))
            .withEvent(B, arrest("2024-01-01"))
            .withEvent(A, arrest("2024-02-01"));
    assertEquals(
        List.of(History.empty(DetaineeId.of("0")), r.history(A).orElseThrow(), r.history(B).orElseThrow()),
        r.histories());
    assertEquals(List.of(), Registry.empty().histories());
  }

  @Test
  void anAppendedHistoryKnowsItsStatusAsAReplayWouldFindIt() {
    Registry r =
        base()
            .withEvent(A, arrest("2024-01-01"))
            .withEvent(A, event(EventType.RELEASE_ORDER, "2024-02-01"))
            .withEvent(A, event(EventType.RELEASE, "2024-02-03"));
    History appended = r.history(A).orElseThrow();
    History rebuilt = History.of(A, appended.events());
    assertEquals(rebuilt.statusAsOf(d("2024-12-31")), appended.status());
    assertEquals(rebuilt.status(), appended.status());
    assertEquals(CustodyState.AT_LIBERTY, appended.status().orElseThrow().custody());
    assertEquals(Optional.empty(), History.empty(A).status());
  }

  @Test
  void theLatestEventDateIsTheLatestOfAnyoneNotTheLastAdded() {
    Registry r = base().withEvent(A, arrest("2024-05-01"));
    assertEquals(Optional.of(d("2024-05-01")), r.latestEventDate());
    Registry earlier = r.withEvent(B, arrest("2024-02-01"));
    assertEquals(Optional.of(d("2024-05-01")), earlier.latestEventDate());
    assertEquals(d("2024-05-01"), earlier.asOfLatest().asOf());
    Registry later = earlier.withEvent(B, event(EventType.RELEASE, "2024-06-01"));
    assertEquals(Optional.of(d("2024-06-01")), later.latestEventDate());
    assertEquals(3, later.eventCount());
  }

  @Test
  void aBuiltRegistryCountsEventsAndTheLatestDateOverPeopleWithAndWithoutHistories() {
    Registry r =
        Registry.builder()
            .addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
            .addPerson(Detainee.of(A), History.of(A, List.of(arrest("2024-03-01"), event(EventType.RELEASE, "2024-04-01"))))
            .addPerson(Detainee.of(B), History.empty(B))
            .addPerson(Detainee.of(DetaineeId.of("C")), History.of(DetaineeId.of("C"), List.of(arrest("2024-02-01"))))
            .build();
    assertEquals(3, r.eventCount());
    assertEquals(Optional.of(d("2024-04-01")), r.latestEventDate());
    assertEquals(3, r.size());
    Registry nobody =
        Registry.builder().addPerson(Detainee.of(B), History.empty(B)).build();
    assertEquals(0, nobody.eventCount());
    assertEquals(Optional.empty(), nobody.latestEventDate());
    IllegalStateException x = assertThrows(IllegalStateException.class, nobody::asOfLatest);
    assertEquals("the registry has no event, so it has no latest date", x.getMessage());
  }

  @Test
  void anEventNamingAFacilityTheRegistryDoesNotHoldIsRefusedWithItsId() {
    UnknownIdException x =
        assertThrows(UnknownIdException.class, () -> base().withEvent(A, Event.of(EventType.ARREST, d("2024-01-01"), RODEO)));
    assertEquals("ARREST on 2024-01-01 for A names unknown facility rodeo-1", x.getMessage());
    UnknownIdException built =
        assertThrows(
            UnknownIdException.class,
            () ->
                Registry.builder()
                    .addPerson(Detainee.of(A), History.of(A, List.of(Event.of(EventType.ARREST, d("2024-01-01"), RODEO))))
                    .build());
    assertEquals("ARREST on 2024-01-01 for A names unknown facility rodeo-1", built.getMessage());
    UnknownIdException person =
        assertThrows(UnknownIdException.class, () -> base().withEvent(DetaineeId.of("Z"), arrest("2024-01-01")));
    assertEquals("unknown detainee Z", person.getMessage());
  }
}
