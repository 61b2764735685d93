package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Origin;
import io.github.vigil.core.Rejection;
import io.github.vigil.testkit.VigilGen;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectionReasonsTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void everyReasonOfTheMixedConformanceRegistryHasACodeAndASpanishText() {
    ReadResult r = Folders.read(ConformanceTest.conformance("mixed"));
    assertEquals(44, r.rejections().size());
    for (Rejection x : r.rejections()) {
      List<String> codes = RejectionReasons.codes(x.reason());
      assertFalse(codes.contains(RejectionReasons.UNCODED), x + " " + codes);
      String es = RejectionReasons.translate(x.reason(), ES);
      assertFalse(es.equals(x.reason()), x.toString());
    }
  }

  @Test
  void everyReasonOfAGeneratedInvalidRowHasACode() {
    qt().withExamples(300)
        .forAll(VigilGen.invalidEventRows())
        .check(
            row -> {
              RecordLoader loader = RecordLoader.create();
              loader.facility(Origin.of("f", 2), Map.of("id", VigilGen.DEFAULT_FACILITIES.get(0).value()));
              loader.detainee(Origin.of("d", 2), Map.of("id", "A"));
              loader.detainee(Origin.of("d", 3), Map.of("id", "B"));
              loader.detainee(Origin.of("d", 4), Map.of("id", "vp-0001"));
              loader.detainee(Origin.of("d", 5), Map.of("id", "x.9"));
              Map<String, String> record = new HashMap<>(row.columns());
              loader.event(Origin.of("e", 2), record);
              ReadResult r = loader.finish();
              return !r.rejections().isEmpty()
                  && r.rejections().stream()
                      .noneMatch(x -> RejectionReasons.codes(x.reason()).contains(RejectionReasons.UNCODED));
            });
  }

  @Test
  void aReasonOfSeveralPartsHasOneCodeAndOneSpanishTextPerPart() {
    String reason =
        "detainee_id is blank; it is required; date '05/08/2024' is not a valid date: ISO yyyy-mm-dd is expected";
    assertEquals(List.of("BLANK_REQUIRED", "INVALID_DATE"), RejectionReasons.codes(reason));
    assertEquals(
        "detainee_id está vacío; es obligatorio; date '05/08/2024' no es una fecha válida: se espera aaaa-mm-dd",
        RejectionReasons.translate(reason, ES));
    assertEquals(reason, RejectionReasons.translate(reason, Locale.ENGLISH));
  }

  @Test
  void aQuotedValueNeverReachesIntoTheNextPart() {
    String reason =
        "'Fecha de nacimiento' '31/02/1975' is not yyyy-mm-dd; it reads as day/month/year: give"
            + " --date-format dd/MM/yyyy; 'Fecha' '03/01/2025' is ambiguous (day/month or"
            + " month/day?): give --date-format dd/MM/yyyy or --date-format MM/dd/yyyy";
    assertEquals(List.of("DATE_DAY_FIRST", "DATE_AMBIGUOUS"), RejectionReasons.codes(reason));
    assertEquals(
        "'Fecha de nacimiento' '31/02/1975' no es aaaa-mm-dd; se lee como día/mes/año: indique"
            + " --date-format dd/MM/yyyy; 'Fecha' '03/01/2025' es ambigua (¿día/mes o mes/día?):"
            + " indique --date-format dd/MM/yyyy o --date-format MM/dd/yyyy",
        RejectionReasons.translate(reason, ES));
  }

  @Test
  void theReplaysRefusalsReadInSpanishWithThePersonsState() {
    String reason =
        "RELEASE on 2025-03-01 does not apply to A: the person is at liberty; RELEASE applies only in custody";
    assertEquals(List.of("DOES_NOT_APPLY"), RejectionReasons.codes(reason));
    assertEquals(
        "RELEASE del 2025-03-01 no corresponde a A: la persona está en libertad; RELEASE solo corresponde a una persona detenida",
        RejectionReasons.translate(reason, ES));
  }

  @Test
  void aPartNoCodeDescribesKeepsItsEnglishAndIsMarkedUncoded() {
    assertEquals(
        List.of("UNKNOWN_DETAINEE", RejectionReasons.UNCODED),
        RejectionReasons.codes("unknown detainee A; something new"));
    assertTrue(RejectionReasons.translate("unknown detainee A; something new", ES).endsWith("; something new"));
  }
}
