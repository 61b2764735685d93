package io.github.vigil.conditions.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProductLimitTest {
  /**
   * R's {@code aml} data, maintained group: {@code summary(survfit(Surv(time, status) ~ 1,
   * data = aml[aml$x == "Maintained", ]))}.
   */
  @Test
  void agreesWithRsSurvfitOnTheMaintainedAmlGroup() {
    int[] times = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
    boolean[] events = {true, true, false, true, true, false, true, true, false, true, false};
    ProductLimit km = new ProductLimit(times, events);
    double[][] expected = {
      {9, 0.9090909}, {13, 0.8181818}, {18, 0.7159091}, {23, 0.6136364},
      {31, 0.4909091}, {34, 0.3681818}, {48, 0.1840909}
    };
    for (double[] row : expected) {
      assertEquals(row[1], km.survival((int) row[0]), 1e-6, "S(" + (int) row[0] + ")");
    }
    assertEquals(1.0, km.survival(8), 0.0);
    assertEquals(0.1840909, km.survival(200), 1e-6);
    assertEquals(10, km.atRisk(13));
    assertEquals(2, km.eventsBy(13));
  }

  @Test
  void noTimesSurviveWithCertainty() {
    ProductLimit km = new ProductLimit(new int[0], new boolean[0]);
    assertEquals(1.0, km.survival(30), 0.0);
    assertEquals(0, km.atRisk(0));
  }
}
