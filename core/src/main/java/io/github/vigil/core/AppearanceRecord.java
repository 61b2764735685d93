package io.github.vigil.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A periodic court appearance, attended or missed. Immutable and thread-safe. */
@Value.Immutable
public abstract class AppearanceRecord {
  AppearanceRecord() {}

  /** Returns the date of the appearance. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Returns whether the person attended. */
  @Value.Parameter
  public abstract boolean attended();

  /** Returns the record. */
  public static AppearanceRecord of(LocalDate date, boolean attended) {
    return ImmutableAppearanceRecord.of(date, attended);
  }

  /** Returns whether the appearance was attended or missed, and its date. */
  @Override
  public final String toString() {
    return (attended() ? "attended " : "missed ") + date();
  }
}
