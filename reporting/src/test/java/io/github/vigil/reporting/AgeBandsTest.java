package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The age bands of the balance tables: their keys, the band of an age, the starts refused. */
class AgeBandsTest {
  @Test
  void eachAgeFallsInTheBandItsStartsGive() {
    AgeBands bands = AgeBands.of(List.of(18, 60, 70));
    assertEquals(4, bands.size());
    assertEquals(List.of("0-17", "18-59", "60-69", "70+"), List.of(bands.key(0), bands.key(1), bands.key(2), bands.key(3)));
    assertEquals(List.of(0, 1, 1, 2, 3), List.of(bands.band(17), bands.band(18), bands.band(59), bands.band(60), bands.band(70)));
  }

  @Test
  void noStartIsOneBandOfEveryAge() {
    AgeBands one = AgeBands.of(List.of());
    assertEquals(1, one.size());
    assertEquals("0+", one.key(0));
    assertEquals(0, one.band(120));
    assertEquals(List.of("0-0", "1+"), List.of(AgeBands.of(List.of(1)).key(0), AgeBands.of(List.of(1)).key(1)));
    assertEquals("150+", AgeBands.of(List.of(150)).key(1));
  }

  @Test
  void startsThatAreNotPositiveIncreasingAndAtMost150AreRefused() {
    assertEquals("an age band must start above 0: [0, 18]", refused(List.of(0, 18)));
    assertEquals("age bands must increase: [18, 18]", refused(List.of(18, 18)));
    assertEquals("age bands must increase: [18, 60, 30]", refused(List.of(18, 60, 30)));
    assertEquals("an age band must start at most at 150: [18, 151]", refused(List.of(18, 151)));
  }

  private static String refused(List<Integer> starts) {
    assertEquals(
        assertThrows(IllegalArgumentException.class, () -> AgeBands.check(starts)).getMessage(),
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(starts)).getMessage());
    return String.valueOf(
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(starts)).getMessage());
  }
}
