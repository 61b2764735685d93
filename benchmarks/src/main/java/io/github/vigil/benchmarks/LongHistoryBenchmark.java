package io.github.vigil.benchmarks;

import io.github.vigil.conditions.risk.RiskCalibration;
import io.github.vigil.conditions.risk.RiskPolicy;
import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.History;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One person arrested and released again and again (the revolving door, at its extreme): the
 * release spells and the risk calibration of a view. Both read one replay of the person, so their
 * time grows linearly with the number of arrest and release pairs; compare the scores at two
 * sizes ({@code -p pairs=2000,20000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class LongHistoryBenchmark {
  @Param({"2000", "20000"})
  public int pairs;

  @SuppressWarnings("NullAway.Init") // set in setUp, as JMH does
  private RegistryView view;

  /** Builds the person's history: an arrest, sometimes an order, a release, every few days. */
  @Setup
  public void setUp() {
    DetaineeId id = DetaineeId.of("P1");
    FacilityId helicoide = FacilityId.of("helicoide");
    History.Builder h = History.builder(id);
    LocalDate d = LocalDate.of(1960, 1, 1);
    for (int i = 0; i < pairs; i++) {
      h.add(Event.of(EventType.ARREST, d, helicoide));
      d = d.plusDays(1);
      if (i % 3 == 0) {
        h.add(Event.of(EventType.RELEASE_ORDER, d, Measure.of(MeasureType.TRAVEL_BAN)));
        d = d.plusDays(i % 40);
      }
      h.add(
          i % 2 == 0
              ? Event.of(EventType.RELEASE, d)
              : Event.of(EventType.RELEASE, d, Measure.of(MeasureType.SPEECH_BAN)));
      d = d.plusDays(1 + i % 7);
    }
    Registry registry =
        Registry.builder()
            .addFacility(Facility.of(helicoide, FacilityKind.INTELLIGENCE))
            .addPerson(Detainee.of(id), h.build())
            .build();
    view = registry.asOf(d);
  }

  /** The release spells, as {@code vigil survival} makes them. */
  @Benchmark
  public List<ReleaseSpell> releaseSpells() {
    return ReleaseSpells.from(view);
  }

  /** The calibration of the standard policy, as {@code vigil risk} makes it. */
  @Benchmark
  public RiskCalibration calibration() {
    return RiskCalibration.of(view, RiskPolicy.standard());
  }
}
