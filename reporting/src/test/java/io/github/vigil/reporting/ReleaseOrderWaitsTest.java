package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Release orders not executed: every person in custody holding one, and how long each waited. */
class ReleaseOrderWaitsTest {
  static final FacilityId H = FacilityId.of("helicoide");
  static final LocalDate D = LocalDate.of(2026, 1, 15);

  /** One person per wait in days, arrested a year before D; the last one's whereabouts unknown. */
  static Registry registry(int... waits) {
    Registry r = Registry.empty().withFacility(Facility.of(H, FacilityKind.INTELLIGENCE));
    for (int i = 0; i < waits.length; i++) {
      DetaineeId id = DetaineeId.of("P" + i);
      r = r.withDetainee(Detainee.of(id))
          .withEvent(id, Event.of(EventType.ARREST, D.minusYears(1), H))
          .withEvent(id, Event.of(EventType.RELEASE_ORDER, D.minusDays(waits[i])));
      if (i == waits.length - 1) {
        r = r.withEvent(id, Event.of(EventType.WHEREABOUTS_UNKNOWN, D));
      }
    }
    DetaineeId free = DetaineeId.of("FREE");
    return r.withDetainee(Detainee.of(free))
        .withEvent(free, Event.of(EventType.ARREST, D.minusYears(1), H))
        .withEvent(free, Event.of(EventType.RELEASE_ORDER, D.minusDays(200)))
        .withEvent(free, Event.of(EventType.RELEASE, D.minusDays(100)));
  }

  static FreedomReport report(Registry registry, int minCell) {
    return FreedomReport.of(registry.asOf(D), ReportOptions.builder().minCell(minCell).build());
  }

  @Test
  void everyPersonInCustodyWithAnOrderCountsWhateverTheirCategory() {
    FreedomReport r = report(registry(3, 10, 40, 100), 1);
    assertEquals(3, r.categories().get(FreedomCategory.RELEASE_PENDING));
    assertEquals(1, r.categories().get(FreedomCategory.WHEREABOUTS_UNKNOWN));
    ReleaseOrderWaits w = r.releaseOrderWaits();
    assertEquals(OptionalLong.of(4), w.orders());
    assertEquals(OptionalDouble.of(25.0), w.medianDays());
    assertEquals(OptionalLong.of(3), w.over(7));
    assertEquals(OptionalLong.of(2), w.over(30));
    assertEquals(OptionalLong.of(1), w.over(90));
    assertFalse(w.anyHidden());
    assertTrue(
        r.toJson()
            .contains(
                "\"releaseOrdersNotExecuted\":4,\"releaseOrderWaits\":{\"medianDays\":25.0,"
                    + "\"over7Days\":3,\"over30Days\":2,\"over90Days\":1}"),
        r.toJson());
    assertTrue(r.render(ReportFormat.TEXT, Language.EN).contains("median days waited"));
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleWaitAndAWaitOfExactlyTheThresholdIsNotOverIt() {
    ReleaseOrderWaits w = report(registry(7, 30, 90), 1).releaseOrderWaits();
    assertEquals(OptionalDouble.of(30.0), w.medianDays());
    assertEquals(OptionalLong.of(2), w.over(7));
    assertEquals(OptionalLong.of(1), w.over(30));
    assertEquals(OptionalLong.of(0), w.over(90));
  }

  @Test
  void withoutOrdersThereIsNoMedianAndNothingIsHidden() {
    FreedomReport r = report(registry(), 5);
    assertEquals(OptionalLong.of(0), r.releaseOrderWaits().orders());
    assertFalse(r.releaseOrderWaits().medianDays().isPresent());
    assertFalse(r.releaseOrderWaits().anyHidden());
    assertTrue(
        r.toJson().contains("\"releaseOrdersNotExecuted\":0,\"releaseOrderWaits\":{\"over7Days\":0,"),
        r.toJson());
  }

  @Test
  void oneIncommunicadoPersonWithAnOrderHidesEveryFigureThatWouldBetrayThem() {
    // Ten orders with known whereabouts and one held incommunicado: the number of orders less the
    // headline's RELEASE_PENDING would be 1.
    FreedomReport r = report(registry(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), 5);
    assertEquals(10, r.categories().get(FreedomCategory.RELEASE_PENDING));
    ReleaseOrderWaits w = r.releaseOrderWaits();
    assertEquals(OptionalLong.empty(), w.orders());
    assertEquals(OptionalDouble.empty(), w.medianDays());
    for (int days : ReleaseOrderWaits.THRESHOLDS) {
      assertEquals(OptionalLong.empty(), w.over(days));
    }
    assertTrue(w.anyHidden());
    assertTrue(
        r.toJson()
            .contains(
                "\"releaseOrdersNotExecuted\":null,\"releaseOrderWaits\":{\"medianDays\":null,"
                    + "\"over7Days\":null,\"over30Days\":null,\"over90Days\":null}"),
        r.toJson());
    String text = r.render(ReportFormat.TEXT, Language.EN);
    assertTrue(text.contains("marks a hidden cell"), text);
    assertEquals(OptionalLong.of(11), report(registry(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), 1).releaseOrderWaits().orders());
  }

  @Test
  void aSmallBandIsHiddenWithAComplementAndNoFigureGivesItAway() {
    // Eight orders of 3 days and two of 10 (the band of 8 to 30 days holds fewer than 5).
    ReleaseOrderWaits w = ReleaseOrderWaits.of(Map.of(3L, 8L, 10L, 2L), 10, 5);
    assertEquals(OptionalLong.of(10), w.orders());
    assertEquals(OptionalDouble.of(3.0), w.medianDays());
    assertTrue(w.suppression().isHidden(0, 0, 1), "the band of two is hidden");
    assertTrue(w.suppression().isHidden(0, 0, 0), "with the band of eight as its complement");
    assertEquals(OptionalLong.empty(), w.over(7), "over 7 days would be the band of two");
    assertEquals(OptionalLong.of(0), w.over(30));
    assertEquals(OptionalLong.of(0), w.over(90));
    assertTrue(w.anyHidden());
  }

  @Test
  void theMedianIsPublishedFromExactlyTheMinimumCellOfOrders() {
    assertEquals(OptionalDouble.of(10.0), ReleaseOrderWaits.of(Map.of(10L, 5L), 5, 5).medianDays());
    ReleaseOrderWaits four = ReleaseOrderWaits.of(Map.of(10L, 4L), 4, 5);
    assertEquals(OptionalDouble.empty(), four.medianDays());
    assertEquals(OptionalLong.of(4), four.orders());
    assertTrue(four.anyHidden());
  }

  @Test
  void itsDescriptionHoldsOnlyThePublishedFigures() {
    // ten orders, one held incommunicado: nothing is published, so nothing is described
    ReleaseOrderWaits hidden = ReleaseOrderWaits.of(Map.of(3L, 8L, 10L, 2L), 9, 5);
    assertEquals("ReleaseOrderWaits{orders=OptionalLong.empty, medianDays=OptionalDouble.empty}", hidden.toString());
    ReleaseOrderWaits shown = ReleaseOrderWaits.of(Map.of(3L, 8L, 10L, 2L), 10, 5);
    assertEquals("ReleaseOrderWaits{orders=OptionalLong[10], medianDays=OptionalDouble[3.0]}", shown.toString());
  }

  @Test
  void onlyTheThresholdsHaveFigures() {
    ReleaseOrderWaits w = report(registry(3), 1).releaseOrderWaits();
    assertThrows(IllegalArgumentException.class, () -> w.over(8));
  }

  @Test
  void noHiddenBandCanBeWorkedOutFromThePublishedFiguresAndThoseShownAreTrue() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 200)).ofSizeBetween(0, 40),
            integers().between(0, 6),
            integers().between(1, 8))
        .checkAssert(
            (waits, incommunicado, minCell) -> {
              Map<Long, Long> days = new TreeMap<>();
              waits.forEach(d -> days.merge((long) d, 1L, Long::sum));
              long orders = waits.size();
              long pending = Math.max(0, orders - incommunicado);
              ReleaseOrderWaits w = ReleaseOrderWaits.of(days, pending, minCell);
              // Published cut points: the number of orders (cut 0), each "over k" shown, and the
              // end (no order waits forever), each with the number of orders beyond it.
              List<Integer> thresholds = ReleaseOrderWaits.THRESHOLDS;
              boolean[] cutShown = new boolean[thresholds.size() + 2];
              cutShown[0] = w.orders().isPresent();
              cutShown[cutShown.length - 1] = true;
              for (int k = 0; k < thresholds.size(); k++) {
                int t = thresholds.get(k);
                OptionalLong over = w.over(t);
                cutShown[k + 1] = over.isPresent();
                if (over.isPresent()) {
                  assertEquals(waits.stream().filter(d -> d > t).count(), over.getAsLong());
                }
              }
              w.orders().ifPresent(n -> assertEquals(orders, n));
              for (int band = 0; band <= thresholds.size(); band++) {
                if (w.suppression().isHidden(0, 0, band)) {
                  // A hidden band lies between two cut points; if both were published, their
                  // difference would be the band.
                  assertFalse(cutShown[band] && cutShown[band + 1], "band " + band + " of " + waits);
                }
              }
              long[] perBand = new long[thresholds.size() + 1];
              for (int d : waits) {
                int b = 0;
                while (b < thresholds.size() && d > thresholds.get(b)) {
                  b++;
                }
                perBand[b]++;
              }
              for (int band = 0; band < perBand.length; band++) {
                if (perBand[band] > 0 && perBand[band] < minCell) {
                  assertTrue(w.suppression().isHidden(0, 0, band), "small band " + band);
                }
              }
              if (orders - pending >= 1 && orders - pending < minCell) {
                assertFalse(w.orders().isPresent());
              }
              if (orders > 0 && orders < minCell) {
                assertFalse(w.medianDays().isPresent());
              }
            });
  }
}
