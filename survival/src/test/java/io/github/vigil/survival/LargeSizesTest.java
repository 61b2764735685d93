package io.github.vigil.survival;

import static io.github.vigil.survival.Fixture.near;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizes where a product of two 32-bit counts would overflow, checked against R's {@code
 * survdiff} on the same rows (make-reference.R writes them from the same formula).
 */
class LargeSizesTest {

  @Test
  void theLogRankTestOf600000RowsOfWholeDayTimesAgreesWithSurvdiff() {
    int n = 600_000;
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    List<String> groups = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long row = i;
      times[i] = 1 + (row * 7919) % 30 + (i % 3 == 0 && i % 5 == 0 ? 3 : 0);
      events[i] = (row * 31) % 10 < 6;
      groups.add(i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c");
    }
    // Some (events at a time) x (a group's number at risk) passes 2^31 - 1 here.
    agrees(LogRank.test(times, events, groups), Fixture.read("logrank-600000.csv"), "600,000 rows");
  }

  @Test
  void fiftyThousandEventsTiedAtOneTimeAmong100000RowsGiveChiSquareZero() {
    int n = 100_000;
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    List<String> groups = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      times[i] = i < 50_000 ? 1 : 2;
      events[i] = i < 50_000;
      groups.add(i % 2 == 0 ? "a" : "b");
    }
    LogRankTest test = LogRank.test(times, events, groups);
    agrees(test, Fixture.read("logrank-100000-tied.csv"), "100,000 rows");
    assertEquals(0.0, test.chiSquare(), 1e-9);
    assertEquals(1, test.df());
  }

  private static void agrees(LogRankTest test, Fixture r, String where) {
    for (int g = 0; g < r.rows.size(); g++) {
      assertEquals(r.text(g, "group"), test.groups().get(g), where);
      assertEquals((int) r.number(g, "observed"), test.observed().get(g), where + " observed");
      near("log-rank expected (large)", r.number(g, "expected"), test.expected().get(g), where + " expected");
    }
    near("log-rank chisq (large)", r.number(0, "chisq"), test.chiSquare(), where + " chisq");
    assertEquals((int) r.number(0, "df"), test.df(), where + " df");
    near("log-rank p (large)", r.number(0, "p"), test.p(), where + " p");
    System.out.printf(java.util.Locale.ROOT, "%s: chi-square %.10g here, %.10g in R%n", where, test.chiSquare(), r.number(0, "chisq"));
  }
}
