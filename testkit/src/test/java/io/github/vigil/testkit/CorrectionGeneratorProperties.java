package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Correction;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.History;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link VigilGen#registriesWithCorrections()} must produce: ids on every event, retractions
 * and amendments that apply where they stand (recorded after their event, an amendment's
 * replacement the same event from another source on the correction's date, the events in effect
 * a valid history), dated as documented, with reasons that are hard texts; and, across a sample,
 * both kinds, every reason and corrections on the day and later.
 */
class CorrectionGeneratorProperties {
  private static final long SEED = 9_2026L;
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

  @Test
  void everyEventHasItsOwnIdAndEveryCorrectionAppliesWhereItStandsAndIsDatedAsDocumented() {
    Set<String> reasons = new HashSet<>();
    int[] kinds = new int[2]; // retractions, amendments
    boolean[] delay = new boolean[2]; // on the day the event was recorded, later
    int[] events = {0, 0}; // all, corrected
    boolean[] named = new boolean[2]; // a registry without a name, with one
    boolean[] country = new boolean[2];
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(VigilGen.registriesWithCorrections())
        .checkAssert(
            r -> {
              named[r.name().isPresent() ? 1 : 0] = true;
              country[r.country().isPresent() ? 1 : 0] = true;
              r.name().ifPresent(n -> assertTrue(VigilGen.HARD_TEXTS.contains(n), n));
              Set<String> ids = new HashSet<>();
              for (Detainee d : r.detainees()) {
                History h = r.history(d.id()).orElseThrow();
                List<Event> inEffect = new ArrayList<>();
                for (Event e : h.eventsWithClaims()) {
                  String id = e.id().orElseThrow(() -> new AssertionError("no id: " + e));
                  assertTrue(id.matches("E[1-9][0-9]*"), id);
                  assertTrue(ids.add(id), () -> "id twice: " + id);
                  events[0]++;
                  if (!e.isCorrected()) {
                    inEffect.add(e);
                    continue;
                  }
                  events[1]++;
                  Correction c = e.correction().orElseThrow();
                  reasons.add(c.reason());
                  long days = ChronoUnit.DAYS.between(e.recordedOn(), c.recordedOn());
                  assertTrue(days >= 0 && days <= 60, () -> e + " corrected " + days + " days after");
                  LocalDate latest = e.recordedOn().isAfter(LAST) ? e.recordedOn() : LAST;
                  assertFalse(c.recordedOn().isAfter(latest), c::toString);
                  delay[days == 0 ? 0 : 1] = true;
                  kinds[c.isAmendment() ? 1 : 0]++;
                  if (c.isAmendment()) {
                    Event by = h.event(c.replacedBy().orElseThrow()).orElseThrow();
                    assertEquals(c.recordedOn(), by.recordedOn());
                    assertEquals(java.util.Optional.of(Source.of("amended")), by.source());
                    assertEquals(e.type(), by.type());
                    assertEquals(e.date(), by.date());
                    assertEquals(e.facility(), by.facility());
                    assertEquals(e.measures(), by.measures());
                    assertEquals(e.note(), by.note());
                  }
                }
                assertEquals(inEffect, h.events());
                assertEquals(h.events(), History.of(d.id(), h.events()).events());
              }
            });
    assertTrue(kinds[0] > 0 && kinds[1] > 0, () -> kinds[0] + " retractions, " + kinds[1] + " amendments");
    assertTrue(events[1] > 0 && events[1] < events[0] / 3, () -> events[1] + " of " + events[0] + " corrected");
    assertTrue(delay[0] && delay[1]);
    assertTrue(named[0] && named[1] && country[0] && country[1]);
    Set<String> expected = new HashSet<>(VigilGen.HARD_TEXTS);
    expected.add("duplicate report");
    assertEquals(expected, reasons);
  }

  @Test
  void correctionsKeepTheFacilitiesAndPeopleOfTheirRegistry() {
    qt().withFixedSeed(SEED)
        .withExamples(50)
        .forAll(VigilGen.registriesWithCorrections())
        .checkAssert(
            (Registry r) -> {
              for (Detainee d : r.detainees()) {
                for (Event e : r.history(d.id()).orElseThrow().eventsWithClaims()) {
                  e.facility().ifPresent(f -> assertTrue(r.facility(f).isPresent(), f::toString));
                }
              }
              assertTrue(r.facilities().size() >= 1);
            });
  }
}
