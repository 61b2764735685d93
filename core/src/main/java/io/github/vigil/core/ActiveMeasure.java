package io.github.vigil.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A measure in force, with the date it took effect. Immutable and thread-safe. */
@Value.Immutable
public abstract class ActiveMeasure {
  ActiveMeasure() {}

  /** Returns the measure. */
  @Value.Parameter
  public abstract Measure measure();

  /** Returns the date it took effect (the release, or the imposition). */
  @Value.Parameter
  public abstract LocalDate since();

  /** Returns the active measure. */
  public static ActiveMeasure of(Measure measure, LocalDate since) {
    return ImmutableActiveMeasure.of(measure, since);
  }

  /** Returns the measure's code. */
  public MeasureType type() {
    return measure().type();
  }

  /** Returns the measure's code and the date it took effect. */
  @Override
  public final String toString() {
    return measure().code() + " since " + since();
  }
}
