package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Compares the upper tails with R's {@code pchisq(x, df, lower.tail = FALSE)} and {@code 2 * pnorm(-|z|)}. */
class DistributionsTest {
  /** The relative agreement asked of every tail down to 1e-250. */
  private static final double RELATIVE = 1e-14;

  /**
   * Below 1e-250, R's own values drift: its {@code pchisq(1400, 7, lower.tail = FALSE)},
   * 3.8599631812370258e-298, is 8e-14 from the 40-digit value 3.859963181237335e-298 (mpmath).
   */
  private static final double RELATIVE_BELOW_1E250 = 1e-13;

  @Test
  void chiSquareAndNormalTailsAgreeWithRDownToTheSmallestDoubles() {
    Fixture f = Fixture.read("distributions.csv");
    double worstChi = 0;
    double worstNormal = 0;
    for (int row = 0; row < f.rows.size(); row++) {
      double x = f.number(row, "x");
      double expected = f.number(row, "p");
      boolean chi = f.text(row, "kind").equals("chisq");
      double actual =
          chi
              ? Distributions.chiSquareUpperTail(x, (int) f.number(row, "df"))
              : Distributions.twoSidedNormal(x);
      double error = Math.abs(actual - expected) / expected;
      String where = f.text(row, "kind") + " df=" + f.text(row, "df") + " x=" + x;
      double allowed = expected >= 1e-250 ? RELATIVE : RELATIVE_BELOW_1E250;
      assertTrue(error <= allowed, where + ": R " + expected + ", here " + actual + " (" + error + ")");
      if (expected < 1e-250) {
        continue;
      }
      if (chi) {
        worstChi = Math.max(worstChi, error);
      } else {
        worstNormal = Math.max(worstNormal, error);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "largest relative error against R, tails down to 1e-250 (%d in all): chi-square %.3g, normal %.3g%n",
        f.rows.size(),
        worstChi,
        worstNormal);
  }

  @Test
  void aStatisticOfZeroOrLessHasPValueOne() {
    assertEquals(1.0, Distributions.chiSquareUpperTail(0, 3));
    assertEquals(1.0, Distributions.chiSquareUpperTail(-1e-300, 1));
    assertEquals(1.0, Distributions.twoSidedNormal(0));
  }
}
