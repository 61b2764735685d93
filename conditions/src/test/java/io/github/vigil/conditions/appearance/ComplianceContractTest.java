package io.github.vigil.conditions.appearance;

import static io.github.vigil.conditions.appearance.ComplianceTest.EVERY_15_DAYS;
import static io.github.vigil.conditions.appearance.ComplianceTest.attended;
import static io.github.vigil.conditions.appearance.ComplianceTest.d;
import static io.github.vigil.conditions.appearance.ComplianceTest.missed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceContractTest {
  @Test
  void equalCompliancesHaveEqualHashesAndDifferInEveryPart() {
    Compliance c = Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24")), d("2026-02-10"));
    Compliance same = Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24")), d("2026-02-10"));
    assertEquals(c, same);
    assertEquals(c.hashCode(), same.hashCode());
    assertNotEquals(
        c,
        Compliance.of(
            AppearanceSchedule.of(d("2026-01-09"), Period.ofDays(14)),
            List.of(attended("2026-01-24")),
            d("2026-02-10")));
    assertNotEquals(
        c, Compliance.of(EVERY_15_DAYS, List.of(attended("2026-01-24")), d("2026-02-11")));
    assertNotEquals(
        c, Compliance.of(EVERY_15_DAYS, List.of(missed("2026-01-24")), d("2026-02-10")));
    assertNotEquals(c, (Object) "Compliance");
  }

  @Test
  void recordsOutOfDateOrderGiveTheSameCountsAndTheLatestAsLast() {
    Compliance ordered =
        Compliance.of(
            EVERY_15_DAYS, List.of(attended("2026-01-24"), missed("2026-02-08")), d("2026-03-01"));
    Compliance reversed =
        Compliance.of(
            EVERY_15_DAYS, List.of(missed("2026-02-08"), attended("2026-01-24")), d("2026-03-01"));
    assertEquals(ordered.overdue(), reversed.overdue());
    assertEquals(ordered.nextDue(), reversed.nextDue());
    assertEquals(List.of(d("2026-02-23")), reversed.overdue());
    assertEquals(d("2026-02-08"), reversed.lastRecord().orElseThrow().date());
    assertEquals(d("2026-02-08"), ordered.lastRecord().orElseThrow().date());
  }
}
