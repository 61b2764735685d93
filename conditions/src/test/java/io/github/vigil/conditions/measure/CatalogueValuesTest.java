package io.github.vigil.conditions.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.core.MeasureType;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogueValuesTest {
  static final Locale ES = Locale.forLanguageTag("es");

  static Provision.Builder provision(String number) {
    return Provision.builder().number(number).localName("local").englishName("english");
  }

  @Test
  void theOpenItemCoversTheCodesNoOtherItemNamesEvenWhenListedFirst() {
    Jurisdiction j =
        Jurisdiction.builder()
            .country("NI")
            .name("Nicaragua")
            .law("Código Procesal Penal")
            .citation("CPP art. 167")
            .addProvisions(
                provision("9").open(true).build(),
                provision("1").addMeasureTypes(MeasureType.COURT_APPEARANCE).build())
            .build();
    assertEquals("1", j.provisionFor(MeasureType.COURT_APPEARANCE).orElseThrow().number());
    assertEquals("9", j.provisionFor(MeasureType.SPEECH_BAN).orElseThrow().number());
    assertEquals("CPP art. 167(9)", j.cite(MeasureType.SPEECH_BAN).orElseThrow());
    assertEquals("Jurisdiction{NI, CPP art. 167}", j.toString());
  }

  @Test
  void aProvisionNeedsANumberAndBothNamesAndShowsNeither() {
    assertEquals(
        "a provision's number must not be blank",
        assertThrows(IllegalArgumentException.class, () -> provision(" ").build()).getMessage());
    assertEquals(
        "provision 3 needs a local name",
        assertThrows(IllegalArgumentException.class, () -> provision("3").localName("").build())
            .getMessage());
    assertEquals(
        "provision 3 needs an English name",
        assertThrows(IllegalArgumentException.class, () -> provision("3").englishName("").build())
            .getMessage());
    assertEquals("Provision{9 (open), []}", provision("9").open(true).build().toString());
    assertEquals(
        "Provision{1, [BAIL]}", provision("1").addMeasureTypes(MeasureType.BAIL).build().toString());
  }

  @Test
  void intervalsAreSpelledInEveryUnitInBothLanguages() {
    assertEquals("2 years, 3 months and 4 days", MeasureLabels.interval(Period.of(2, 3, 4), Locale.ENGLISH));
    assertEquals("2 años, 3 meses y 4 días", MeasureLabels.interval(Period.of(2, 3, 4), ES));
    assertEquals("1 year and 1 month", MeasureLabels.interval(Period.of(1, 1, 0), Locale.ENGLISH));
    assertEquals("0 days", MeasureLabels.interval(Period.ZERO, Locale.ENGLISH));
    assertEquals("0 días", MeasureLabels.interval(Period.ZERO, ES));
    assertEquals("año", MeasureLabels.interval(Period.ofYears(1), ES));
  }
}
