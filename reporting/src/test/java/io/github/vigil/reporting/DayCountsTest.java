package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The histogram of days a report counts people in: the same counts as a sorted map of days. */
class DayCountsTest {
  /** Mostly durations a registry holds, some past the dense range, some negative. */
  private static final Gen<Long> DAYS =
      integers().between(0, 99)
          .flatMap(
              pick ->
                  pick < 80
                      ? longs().between(0, 5_000)
                      : pick < 90
                          ? longs().between(DayCounts.DENSE_DAYS - 2, DayCounts.DENSE_DAYS + 2)
                          : longs().between(Long.MIN_VALUE, Long.MAX_VALUE));

  private static Map<Long, Long> expected(List<Long> days) {
    TreeMap<Long, Long> out = new TreeMap<>();
    for (long d : days) {
      out.merge(d, 1L, Long::sum);
    }
    return out;
  }

  private static DayCounts of(List<Long> days) {
    DayCounts c = new DayCounts();
    days.forEach(c::add);
    return c;
  }

  @Test
  void countsEveryDayAsASortedMapWould() {
    qt().withExamples(300)
        .forAll(lists().of(DAYS).ofSizeBetween(0, 200))
        .checkAssert(days -> assertEquals(expected(days), of(days).toSortedMap()));
  }

  @Test
  void mergingTwoHistogramsCountsBoth() {
    qt().withExamples(300)
        .forAll(lists().of(DAYS).ofSizeBetween(0, 100), lists().of(DAYS).ofSizeBetween(0, 100))
        .checkAssert(
            (a, b) -> {
              DayCounts merged = of(a);
              merged.addAll(of(b));
              List<Long> both = new java.util.ArrayList<>(a);
              both.addAll(b);
              assertEquals(expected(both), merged.toSortedMap());
              assertEquals(of(both), merged);
              assertEquals(of(both).hashCode(), merged.hashCode());
            });
  }

  @Test
  void histogramsAreEqualByTheirCountsNotByHowTheyGrew() {
    DayCounts small = of(List.of(3L));
    DayCounts grown = of(List.of(40_000L, 3L));
    DayCounts shrunk = new DayCounts();
    shrunk.addAll(grown);
    assertNotEquals(small, grown);
    assertEquals(expected(List.of(3L, 40_000L)), shrunk.toSortedMap());
    assertEquals(Map.of(3L, 1L), small.toSortedMap());
    assertEquals("DayCounts{3=1}", small.toString());
    assertEquals(new DayCounts(), of(List.of()));
    assertNotEquals(of(List.of(3L)).hashCode(), of(List.of(4L)).hashCode());
  }
}
