package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Ages are whole years as {@link Period#between} counts them. */
class DetaineeAgeProperties {
  private static final int FROM = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  private static final int TO = (int) LocalDate.of(2100, 12, 31).toEpochDay();

  @Test
  void ageOnCountsWholeYearsAsPeriodBetweenDoes() {
    qt().withFixedSeed(20260110L)
        .forAll(integers().between(FROM, TO), integers().between(FROM, TO))
        .check(
            (born, on) -> {
              LocalDate birth = LocalDate.ofEpochDay(born);
              LocalDate date = LocalDate.ofEpochDay(on);
              Detainee d = Detainee.builder().id(DetaineeId.of("A")).birthDate(birth).build();
              return d.ageOn(date).getAsInt() == Period.between(birth, date).getYears();
            });
  }

  @Test
  void aPersonBornOnTheTwentyNinthOfFebruaryTurnsOlderOnTheFirstOfMarchInCommonYears() {
    Detainee d =
        Detainee.builder().id(DetaineeId.of("A")).birthDate(LocalDate.of(2008, 2, 29)).build();
    assertEquals(16, d.ageOn(LocalDate.of(2025, 2, 28)).getAsInt());
    assertEquals(17, d.ageOn(LocalDate.of(2025, 3, 1)).getAsInt());
    assertEquals(18, d.ageOn(LocalDate.of(2026, 3, 1)).getAsInt());
  }
}
