package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void everyPersonInCustodyWithAnOrderCountsWhateverTheirCategory() {
    FreedomReport r = FreedomReport.of(registry(3, 10, 40, 100).asOf(D));
    assertEquals(3, r.categories().get(FreedomCategory.RELEASE_PENDING));
    assertEquals(1, r.categories().get(FreedomCategory.WHEREABOUTS_UNKNOWN));
    assertEquals(4, r.summary().releaseOrdersNotExecuted());
    assertEquals(25.0, r.summary().medianReleaseOrderWait().getAsDouble());
    assertEquals(3, r.summary().releaseOrdersWaitingOver(7));
    assertEquals(2, r.summary().releaseOrdersWaitingOver(30));
    assertEquals(1, r.summary().releaseOrdersWaitingOver(90));
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
    FreedomReport r = FreedomReport.of(registry(7, 30, 90).asOf(D));
    assertEquals(30.0, r.summary().medianReleaseOrderWait().getAsDouble());
    assertEquals(2, r.summary().releaseOrdersWaitingOver(7));
    assertEquals(0, r.summary().releaseOrdersWaitingOver(90));
  }

  @Test
  void withoutOrdersThereIsNoMedian() {
    FreedomReport r = FreedomReport.of(registry().asOf(D));
    assertEquals(0, r.summary().releaseOrdersNotExecuted());
    assertFalse(r.summary().medianReleaseOrderWait().isPresent());
    assertTrue(r.toJson().contains("\"releaseOrderWaits\":{\"over7Days\":0,"), r.toJson());
  }
}
