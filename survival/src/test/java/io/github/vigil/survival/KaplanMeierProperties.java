package io.github.vigil.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class KaplanMeierProperties {

  /** One row of survival data: a time, whether it is an event, and a group. */
  record Obs(int time, boolean event, String group) {}

  private static final Gen<Obs> OBS =
      integers()
          .between(0, 30)
          .zip(booleans().all(), integers().between(0, 2), (t, e, g) -> new Obs(t, e, "g" + g));

  private static final Gen<List<Obs>> DATA = lists().of(OBS).ofSizeBetween(1, 60);

  private static boolean anyEvent(List<Obs> data) {
    return data.stream().anyMatch(Obs::event);
  }

  private static double[] times(List<Obs> data) {
    return data.stream().mapToDouble(Obs::time).toArray();
  }

  private static boolean[] events(List<Obs> data) {
    boolean[] e = new boolean[data.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = data.get(i).event();
    }
    return e;
  }

  private static List<String> groups(List<Obs> data) {
    return data.stream().map(Obs::group).toList();
  }

  private static List<Obs> shuffled(List<Obs> data, long seed) {
    List<Obs> copy = new ArrayList<>(data);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void survivalNeverRisesAndStaysWithinZeroAndOneInsideItsInterval() {
    qt().forAll(DATA)
        .assuming(KaplanMeierProperties::anyEvent)
        .checkAssert(
            data -> {
              SurvivalCurve curve = KaplanMeier.fit(times(data), events(data));
              double previous = 1.0;
              for (SurvivalRow row : curve.rows()) {
                assertTrue(row.survival() <= previous, () -> "rises at " + row);
                assertTrue(row.survival() >= 0 && row.survival() <= 1, row::toString);
                if (row.survival() > 0) {
                  double lower = row.lower().orElseThrow();
                  double upper = row.upper().orElseThrow();
                  assertTrue(lower >= 0 && lower <= row.survival() + 1e-15, row::toString);
                  assertTrue(upper >= row.survival() - 1e-15 && upper <= 1, row::toString);
                  assertTrue(row.stdErr().orElseThrow() >= 0, row::toString);
                } else {
                  assertTrue(row.stdErr().isEmpty(), row::toString);
                }
                previous = row.survival();
              }
            });
  }

  @Test
  void atRiskCountsEveryoneWhoseTimeIsNotEarlierAndEventsAddUp() {
    qt().forAll(DATA)
        .assuming(KaplanMeierProperties::anyEvent)
        .checkAssert(
            data -> {
              SurvivalCurve curve = KaplanMeier.fit(times(data), events(data));
              int events = 0;
              double previousTime = -1;
              for (SurvivalRow row : curve.rows()) {
                assertTrue(row.time() > previousTime, row::toString);
                long atRisk = data.stream().filter(o -> o.time() >= row.time()).count();
                long died = data.stream().filter(o -> o.event() && o.time() == row.time()).count();
                assertEquals(atRisk, row.atRisk(), row::toString);
                assertEquals(died, row.events(), row::toString);
                assertTrue(row.events() >= 1 && row.events() <= row.atRisk(), row::toString);
                events += row.events();
                previousTime = row.time();
              }
              assertEquals(data.stream().filter(Obs::event).count(), events);
              assertEquals(events, curve.events());
              assertEquals(data.size(), curve.n());
            });
  }

  @Test
  void theOrderOfTheRowsDoesNotChangeTheCurves() {
    qt().forAll(DATA, longs().all())
        .assuming((data, seed) -> anyEvent(data))
        .checkAssert(
            (data, seed) -> {
              List<Obs> other = shuffled(data, seed);
              assertEquals(
                  KaplanMeier.fit(times(data), events(data)),
                  KaplanMeier.fit(times(other), events(other)));
              assertEquals(
                  KaplanMeier.fit(times(data), events(data), groups(data)),
                  KaplanMeier.fit(times(other), events(other), groups(other)));
            });
  }

  @Test
  void groupCurvesShareOutTheRowsAndEvents() {
    qt().forAll(DATA)
        .assuming(KaplanMeierProperties::anyEvent)
        .checkAssert(
            data -> {
              List<SurvivalCurve> curves = KaplanMeier.fit(times(data), events(data), groups(data));
              assertEquals(data.size(), curves.stream().mapToInt(SurvivalCurve::n).sum());
              assertEquals(
                  data.stream().filter(Obs::event).count(),
                  curves.stream().mapToInt(SurvivalCurve::events).sum());
              assertEquals(data.stream().map(Obs::group).distinct().count(), curves.size());
            });
  }

  @Test
  void theLogRankTestDoesNotDependOnTheOrderOfTheRows() {
    qt().forAll(DATA, longs().all())
        .assuming((data, seed) -> anyEvent(data) && data.stream().map(Obs::group).distinct().count() > 1)
        .checkAssert(
            (data, seed) -> {
              List<Obs> other = shuffled(data, seed);
              LogRankTest a;
              try {
                a = LogRank.test(times(data), events(data), groups(data));
              } catch (SurvivalException e) {
                SurvivalException again =
                    org.junit.jupiter.api.Assertions.assertThrows(
                        SurvivalException.class,
                        () -> LogRank.test(times(other), events(other), groups(other)));
                assertEquals(e.problem(), again.problem());
                return;
              }
              LogRankTest b = LogRank.test(times(other), events(other), groups(other));
              assertEquals(a, b);
              assertTrue(a.chiSquare() >= 0 && a.p() >= 0 && a.p() <= 1, a::toString);
            });
  }
}
