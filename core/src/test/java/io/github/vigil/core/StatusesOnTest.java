package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.A;
import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Every person's status on many dates in one pass: the same as a view on each date. */
class StatusesOnTest {
  static final DetaineeId B = DetaineeId.of("B");

  static Registry registry(History a) {
    return Registry.builder()
        .addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
        .addFacility(Facility.of(Fixtures.RODEO, FacilityKind.POLICE))
        .addPerson(Detainee.of(A), a)
        .addPerson(Detainee.of(B), History.empty(B))
        .build();
  }

  @Test
  void eachDateGivesTheStatusItsOwnViewGivesAndNothingBeforeTheFirstEvent() {
    Registry r =
        registry(
            History.of(
                A,
                List.of(
                    arrest("2024-01-10"),
                    event(EventType.RELEASE, "2024-02-01"),
                    Event.builder().from(arrest("2024-03-01")).recordedOn(d("2024-05-01")).build())));
    List<LocalDate> dates = List.of(d("2024-01-01"), d("2024-01-10"), d("2024-02-15"), d("2024-03-15"), d("2024-06-01"));
    List<ImmutableList<Optional<LegalStatus>>> all = r.asOf(d("2024-04-01")).statusesOn(dates).toList();
    assertEquals(2, all.size(), "one list per person, the person without events included");
    List<Optional<CustodyState>> states = all.get(0).stream().map(s -> s.map(LegalStatus::custody)).toList();
    // As of 2024-04-01 the rearrest recorded on 2024-05-01 is not yet known; 2024-06-01 is after
    // the view's date, so it shows the status as of 2024-04-01.
    assertEquals(
        List.of(
            Optional.empty(),
            Optional.of(CustodyState.IN_CUSTODY),
            Optional.of(CustodyState.AT_LIBERTY),
            Optional.of(CustodyState.AT_LIBERTY),
            Optional.of(CustodyState.AT_LIBERTY)),
        states);
    assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), all.get(1));
    assertEquals(
        Optional.of(CustodyState.IN_CUSTODY),
        r.asOf(d("2024-06-01")).statusesOn(dates).toList().get(0).get(4).map(LegalStatus::custody));
    assertEquals(List.of(ImmutableList.of(), ImmutableList.of()), r.asOf(d("2024-06-01")).statusesOn(List.of()).toList());
  }

  @Test
  void datesMustBeStrictlyAscending() {
    RegistryView v = registry(History.of(A, List.of(arrest("2024-01-10")))).asOf(d("2024-06-01"));
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> v.statusesOn(List.of(d("2024-02-01"), d("2024-02-01"))));
    assertEquals("dates must be in strictly ascending order: 2024-02-01 is not before 2024-02-01", x.getMessage());
    assertThrows(IllegalArgumentException.class, () -> v.statusesOn(List.of(d("2024-01-01"), d("2024-03-01"), d("2024-02-01"))));
  }

  @Test
  void theStatusOnEachDateIsTheOneAViewOnThatDateGivesAsKnownOnTheSameDayFromTheSameSources() {
    qt().withExamples(300)
        .forAll(
            CoreGen.histories(),
            Generate.range(0, 800),
            Generate.range(0, 900),
            Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (h, asOfOffset, knownOffset, seed) -> {
              int sourceChoice = (int) Math.floorMod(seed, 3L);
              Registry r = registry(h);
              LocalDate first = h.events().get(0).date();
              LocalDate asOf = first.plusDays(asOfOffset);
              LocalDate knownOn = first.plusDays(knownOffset);
              RegistryView v = r.asOf(asOf).knownOn(knownOn);
              if (sourceChoice > 0) {
                v = v.fromSources(Set.of(CoreGen.SOURCES.get(sourceChoice - 1)));
              }
              java.util.Random random = new java.util.Random(seed);
              TreeSet<LocalDate> chosen = new TreeSet<>();
              for (int i = random.nextInt(12); i >= 0; i--) {
                chosen.add(first.plusDays(random.nextInt(900) - 30));
              }
              List<LocalDate> dates = new ArrayList<>(chosen);
              ImmutableList<Optional<LegalStatus>> got = v.statusesOn(dates).toList().get(0);
              for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                RegistryView on = r.asOf(date.isAfter(asOf) ? asOf : date).knownOn(knownOn);
                if (v.sources().isPresent()) {
                  on = on.fromSources(v.sources().get());
                }
                assertEquals(on.person(A).orElseThrow().status(), got.get(i), date.toString());
              }
            });
  }
}
