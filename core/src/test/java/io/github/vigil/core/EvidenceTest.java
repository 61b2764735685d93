package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of docs/format.md, "Evidence: verified events and claims", one by one. */
class EvidenceTest {
  static final DetaineeId P = DetaineeId.of("P");
  static final Source NGO = Source.of("foro-penal");
  static final Source OFFICIAL = Source.of("official");

  static Event verified(EventType type, String date, String recorded) {
    return event(type, date, recorded, NGO, Evidence.VERIFIED);
  }

  static Event claim(EventType type, String date) {
    return event(type, date, date, OFFICIAL, Evidence.CLAIMED);
  }

  static Event event(EventType type, String date, String recorded, Source source, Evidence evidence) {
    Event.Builder b =
        Event.builder().type(type).date(d(date)).recordedOn(d(recorded)).source(source).evidence(evidence);
    if (type.requiresFacility()) {
      b.facility(HELICOIDE);
    }
    return b.build();
  }

  static Registry registry(Event... events) {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
            .withDetainee(Detainee.of(P));
    for (Event e : events) {
      r = r.withEvent(P, e);
    }
    return r;
  }

  static final Event ARREST = verified(EventType.ARREST, "2025-01-01", "2025-01-01");

  @Test
  void anEventIsVerifiedUnlessRecordedAsAClaim() {
    assertEquals(Evidence.VERIFIED, Event.of(EventType.DEATH, d("2025-01-01")).evidence());
    assertTrue(claim(EventType.DEATH, "2025-01-01").isClaim());
  }

  @Test
  void theDefaultViewSeesVerifiedEventsOnlyAndAViewIncludingClaimsSeesBoth() {
    Registry r = registry(ARREST, claim(EventType.RELEASE, "2026-01-09"));
    RegistryView verified = r.asOf(d("2026-01-15"));
    assertFalse(verified.includesClaims());
    assertEquals(CustodyState.IN_CUSTODY, verified.person(P).orElseThrow().status().orElseThrow().custody());
    RegistryView all = verified.includingClaims();
    assertEquals(CustodyState.AT_LIBERTY, all.person(P).orElseThrow().status().orElseThrow().custody());
    assertFalse(all.verifiedOnly().includesClaims());
  }

  @Test
  void aClaimNeverMakesAVerifiedEventNotApply() {
    // The authorities claim a release; the family sees the person moved to another prison.
    History h =
        History.of(
            P,
            List.of(
                ARREST,
                claim(EventType.RELEASE, "2026-01-09"),
                verified(EventType.TRANSFER, "2026-01-10", "2026-01-10")));
    assertEquals(2, h.events().size());
    assertEquals(1, h.claims().size());
    assertEquals(3, h.eventsWithClaims().size());
    assertEquals(CustodyState.IN_CUSTODY, h.status().orElseThrow().custody());
    // In the official figure the transfer does not apply after the claimed release: skipped.
    Registry r = Registry.builder()
        .addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
        .addPerson(Detainee.of(P), h)
        .build();
    PersonView all = r.asOf(d("2026-01-15")).includingClaims().person(P).orElseThrow();
    assertEquals(1, all.skippedEvents());
  }

  @Test
  void aVerifiedRowRepeatingAClaimOnTheSameDateIsACorroboration() {
    Registry r =
        registry(ARREST, claim(EventType.RELEASE, "2026-01-09"), verified(EventType.RELEASE, "2026-01-09", "2026-01-12"));
    PersonView all = r.asOf(d("2026-01-15")).includingClaims().person(P).orElseThrow();
    assertEquals(1, all.corroborations());
    assertEquals(0, all.dateConflicts());
    assertEquals(0, all.skippedEvents());
    assertTrue(all.unverifiedClaims().isEmpty());
    PersonView verified = r.asOf(d("2026-01-15")).person(P).orElseThrow();
    assertEquals(CustodyState.AT_LIBERTY, verified.status().orElseThrow().custody());
    assertEquals(0, verified.corroborations());
  }

  @Test
  void aClaimIsConfirmedFromTheDayItsConfirmationIsRecorded() {
    Registry r =
        registry(ARREST, claim(EventType.RELEASE, "2026-01-09"), verified(EventType.RELEASE, "2026-01-09", "2026-01-12"));
    RegistryView before = r.asOf(d("2026-01-15")).knownOn(d("2026-01-11"));
    assertEquals(CustodyState.IN_CUSTODY, before.person(P).orElseThrow().status().orElseThrow().custody());
    assertEquals(1, before.includingClaims().person(P).orElseThrow().unverifiedClaims().size());
    RegistryView after = r.asOf(d("2026-01-15")).knownOn(d("2026-01-12"));
    assertEquals(CustodyState.AT_LIBERTY, after.person(P).orElseThrow().status().orElseThrow().custody());
    assertTrue(after.includingClaims().person(P).orElseThrow().unverifiedClaims().isEmpty());
  }

  @Test
  void reportsThatDisagreeOnTheDateAreADateConflictKeptAndCounted() {
    History.Builder b = History.builder(P).add(ARREST).add(claim(EventType.RELEASE, "2026-01-09"));
    Event later = verified(EventType.RELEASE, "2026-01-11", "2026-01-11");
    assertTrue(b.isDateConflict(later));
    History h = b.add(later).build();
    assertEquals(CustodyState.AT_LIBERTY, h.status().orElseThrow().custody());
    Registry r = registry(ARREST, claim(EventType.RELEASE, "2026-01-09"), later);
    PersonView all = r.asOf(d("2026-01-15")).includingClaims().person(P).orElseThrow();
    assertEquals(1, all.dateConflicts());
    assertEquals(0, all.skippedEvents());
    // the claim's date is not verified: it is still to check
    assertEquals(1, all.unverifiedClaims().size());
  }

  @Test
  void aClaimThatNeitherAppliesNorRepeatsIsRefused() {
    InvalidTransitionException e =
        assertThrows(
            InvalidTransitionException.class,
            () ->
                History.of(
                    P,
                    List.of(
                        ARREST,
                        claim(EventType.RELEASE_ORDER, "2026-01-09"),
                        claim(EventType.APPEARANCE_ATTENDED, "2026-01-10"))));
    assertTrue(String.valueOf(e.getMessage()).contains("in custody"), e.getMessage());
    assertThrows(InvalidTransitionException.class, () -> registry(claim(EventType.RELEASE, "2026-01-09")));
  }

  @Test
  void twoVerifiedRowsRepeatingEachOtherStayADuplicateThatDoesNotApply() {
    Event second = event(EventType.RELEASE, "2026-01-09", "2026-01-09", OFFICIAL, Evidence.VERIFIED);
    History.Builder b = History.builder(P).add(ARREST).add(verified(EventType.RELEASE, "2026-01-09", "2026-01-09"));
    assertTrue(b.refusal(second).isPresent());
    assertFalse(b.isDateConflict(second));
  }

  @Test
  void twoClaimsOfOneSourceRepeatingEachOtherAreADuplicate() {
    History.Builder b = History.builder(P).add(ARREST).add(claim(EventType.RELEASE, "2026-01-09"));
    assertTrue(b.refusal(claim(EventType.RELEASE, "2026-01-09")).isPresent());
  }

  @Test
  void appendingKeepsClaimsAndHistoriesWithClaimsDifferFromThoseWithout() {
    History h = History.of(P, List.of(ARREST)).append(claim(EventType.RELEASE, "2026-01-09"));
    assertTrue(h.hasClaims());
    History v = h.append(verified(EventType.TRANSFER, "2026-01-10", "2026-01-10"));
    assertEquals(1, v.claims().size());
    assertEquals(2, v.events().size());
    assertFalse(History.of(P, List.of(ARREST)).equals(History.of(P, List.of(ARREST)).append(claim(EventType.RELEASE, "2026-01-09"))));
    assertTrue(v.toString().contains("1 claims"), v.toString());
  }
}
