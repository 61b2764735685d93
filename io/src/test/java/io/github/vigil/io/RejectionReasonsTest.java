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

  /** One reason of each code, its code and its Spanish text, character for character. */
  private static final List<List<String>> EACH_CODE =
      List.of(
          List.of(
              "facility_id is blank; ARREST needs the facility the person was taken to",
              "FACILITY_REQUIRED",
              "facility_id está vacío; ARREST necesita el centro de reclusión al que llevaron a la persona"),
          List.of(
              "measures must be blank on TRANSFER, was 'HOUSE_ARREST'",
              "MEASURES_NOT_ALLOWED",
              "measures debe quedar vacío en TRANSFER, y tenía 'HOUSE_ARREST'"),
          List.of(
              "measures is blank; MEASURE_IMPOSED needs at least one measure",
              "MEASURES_REQUIRED",
              "measures está vacío; MEASURE_IMPOSED necesita al menos una medida"),
          List.of(
              "measures: COURT_APPEARANCE needs its parameter on RELEASE, such as COURT_APPEARANCE(P15D)",
              "MEASURE_PARAMETER",
              "measures: COURT_APPEARANCE necesita su parámetro en RELEASE, como COURT_APPEARANCE(P15D)"),
          List.of(
              "recorded_on 2025-01-01 is before date 2025-02-01",
              "RECORDED_BEFORE_DATE",
              "recorded_on 2025-01-01 es anterior a la fecha 2025-02-01"),
          List.of(
              "date 2030-01-01 is after today, 2026-12-02: it has not happened yet",
              "DATE_IN_FUTURE",
              "la fecha 2030-01-01 es posterior a hoy, 2026-12-02: aún no ha ocurrido"),
          List.of(
              "recorded_on 2030-01-01 is after today, 2026-12-02: it has not been recorded yet",
              "RECORDED_IN_FUTURE",
              "recorded_on 2030-01-01 es posterior a hoy, 2026-12-02: aún no se ha registrado"),
          List.of(
              "detainee_id is 65 characters long; an id has at most 64",
              "ID_TOO_LONG",
              "detainee_id tiene 65 caracteres; un identificador tiene 64 como máximo"),
          List.of(
              "id (12 characters, not shown) is not a valid id: use only A-Z a-z 0-9 . _ -",
              "INVALID_ID",
              "id (12 caracteres, no se muestra) no es un identificador válido: use solo A-Z a-z 0-9 . _ -"),
          List.of(
              "birth_date (30 characters, not shown) is not a valid date: yyyy-mm-dd is expected",
              "INVALID_DATE",
              "birth_date (30 caracteres, no se muestra) no es una fecha válida: se espera aaaa-mm-dd"),
          List.of(
              "type 'arrest' is not one of ARREST, RELEASE (codes are written in upper case: ARREST)",
              "NOT_A_CODE",
              "type 'arrest' no es uno de ARREST, RELEASE (los códigos se escriben en mayúsculas: ARREST)"),
          List.of("gender 'X' is not one of F, M", "NOT_A_CODE", "gender 'X' no es uno de F, M"),
          List.of(
              "serious_health_condition 'YES' is not true, false or blank",
              "NOT_BOOLEAN",
              "serious_health_condition 'YES' no es true, false ni vacío"),
          List.of(
              "confidential is not true, false or blank (a value of 2 characters, not shown)",
              "CONFIDENTIAL_NOT_BOOLEAN",
              "confidential no es true, false ni vacío (un valor de 2 caracteres, no se muestra)"),
          List.of(
              "nationality 've' is not an ISO 3166-1 alpha-2 code such as VE (codes are written in upper case)",
              "NOT_A_COUNTRY",
              "nationality 've' no es un código ISO 3166-1 alfa-2 como VE (los códigos se escriben en mayúsculas)"),
          List.of(
              "country 'XX' is not an ISO 3166-1 alpha-2 code such as VE",
              "NOT_A_COUNTRY",
              "country 'XX' no es un código ISO 3166-1 alfa-2 como VE"),
          List.of(
              "nationality 'XX' is not an ISO 3166-1 alpha-2 code such as VE (several are separated by ;)",
              "NOT_A_COUNTRY",
              "nationality 'XX' no es un código ISO 3166-1 alfa-2 como VE (si son varios, se separan con ;)"),
          List.of(
              "nationality VE is listed twice", "NATIONALITY_REPEATED", "nationality VE figura dos veces"),
          List.of(
              "profiles: 'journalist' is not a profile code (A-Z 0-9 _, starting with a letter, such as"
                  + " JOURNALIST) (codes are written in upper case)",
              "NOT_A_PROFILE",
              "profiles: 'journalist' no es un código de perfil (A-Z 0-9 _, empezando por una letra, como"
                  + " JOURNALIST) (los códigos se escriben en mayúsculas)"),
          List.of(
              "profiles: (40 characters, not shown) is not a profile code (A-Z 0-9 _, starting with a"
                  + " letter, such as JOURNALIST)",
              "NOT_A_PROFILE",
              "profiles: (40 caracteres, no se muestra) no es un código de perfil (A-Z 0-9 _, empezando"
                  + " por una letra, como JOURNALIST)"),
          List.of(
              "agency must be blank on RELEASE; it names who made an ARREST",
              "AGENCY_NOT_ALLOWED",
              "agency debe quedar vacío en RELEASE; nombra a quien hizo un ARREST"),
          List.of(
              "outcome must be blank on ARREST; it says how a CASE_CLOSED ended",
              "OUTCOME_NOT_ALLOWED",
              "outcome debe quedar vacío en ARREST; dice cómo terminó un CASE_CLOSED"),
          List.of(
              "measures is 4001 characters long; at most 4000 are read",
              "MEASURES_TOO_LONG",
              "measures tiene 4001 caracteres; se leen 4000 como máximo"),
          List.of(
              "column 3 holds 100001 characters; at most 100000 are allowed",
              "FIELD_TOO_LONG",
              "column 3 tiene 100001 caracteres; se admiten 100000 como máximo"),
          List.of("the row has more than 1000 fields", "TOO_MANY_FIELDS", "la fila tiene más de 1000 campos"),
          List.of(
              "the row has 3 fields but the header has 5 columns",
              "WRONG_FIELD_COUNT",
              "la fila tiene 3 campos pero el encabezado tiene 5 columnas"),
          List.of(
              "measures: unknown code 'X'", "MEASURES_INVALID", "measures no se puede leer: unknown code 'X'"),
          List.of("source: too long", "SOURCE_INVALID", "source no se puede leer: too long"),
          List.of(
              "duplicate facility id F1 (first at facilities.csv:2)",
              "DUPLICATE_ID",
              "centro con identificador repetido F1 (la primera vez en facilities.csv:2)"),
          List.of(
              "duplicate detainee id A (first at detainees.csv:2, rejected)",
              "DUPLICATE_ID",
              "persona con identificador repetido A (la primera vez en detainees.csv:2, rechazada)"),
          List.of(
              "detainee A was rejected (detainees.csv:3)",
              "PERSON_REJECTED",
              "la fila de la persona A fue rechazada (detainees.csv:3)"),
          List.of(
              "facility F1 was rejected (facilities.csv:3)",
              "FACILITY_REJECTED",
              "la fila del centro F1 fue rechazada (facilities.csv:3)"),
          List.of("unknown facility F9", "UNKNOWN_FACILITY", "centro desconocido F9"),
          List.of(
              "duplicate event id E1 (first at events.csv:2)",
              "DUPLICATE_ID",
              "evento con identificador repetido E1 (la primera vez en events.csv:2)"),
          List.of("the record is not a JSON object", "NOT_A_JSON_OBJECT", "el registro no es un objeto JSON"),
          List.of(
              "date must be a JSON string or null, was a number",
              "NOT_A_JSON_STRING",
              "date debe ser una cadena JSON o null, y era un número"),
          List.of(
              "notes must be a JSON string or null, was not a string",
              "NOT_A_JSON_STRING",
              "notes debe ser una cadena JSON o null, y era otra cosa que una cadena"),
          List.of(
              "correction of unknown event id E9",
              "CORRECTION_UNKNOWN_EVENT",
              "corrección de un evento desconocido, con identificador E9"),
          List.of(
              "event E1 was already corrected on 2025-02-01",
              "ALREADY_CORRECTED",
              "el evento E1 ya fue corregido el 2025-02-01"),
          List.of(
              "the correction of event E1 is recorded on 2025-01-01, before the event was recorded (2025-01-05)",
              "CORRECTION_BEFORE_EVENT",
              "la corrección del evento E1 está registrada el 2025-01-01, antes de que se registrara el evento (2025-01-05)"),
          List.of("event E1 cannot replace itself", "REPLACES_ITSELF", "el evento E1 no puede reemplazarse a sí mismo"),
          List.of(
              "the replacement of event E1, event E2, is unknown",
              "REPLACEMENT_UNKNOWN",
              "el reemplazo del evento E1, el evento E2, es desconocido"),
          List.of(
              "the replacement of event E1, event E2, is an event of another person",
              "REPLACEMENT_OTHER_PERSON",
              "el reemplazo del evento E1, el evento E2, es un evento de otra persona"),
          List.of(
              "the replacement of event E1, event E2, is recorded on 2025-03-01, not on the correction's date 2025-03-02",
              "REPLACEMENT_WRONG_DATE",
              "el reemplazo del evento E1, el evento E2, está registrado el 2025-03-01, no en la fecha de la corrección 2025-03-02"),
          List.of(
              "retracting ARREST on 2025-03-01 of P1 would leave RELEASE on 2026-01-09 not applying: the person is"
                  + " not yet arrested; RELEASE applies only in custody",
              "CORRECTION_BREAKS_HISTORY",
              "retirar ARREST del 2025-03-01 de P1 dejaría RELEASE del 2026-01-09 sin corresponder: la persona"
                  + " está aún no detenida; RELEASE solo corresponde a una persona detenida"),
          List.of(
              "'Fecha' '12/31/2024' is not yyyy-mm-dd; it reads as month/day/year: give --date-format MM/dd/yyyy",
              "DATE_MONTH_FIRST",
              "'Fecha' '12/31/2024' no es aaaa-mm-dd; se lee como mes/día/año: indique --date-format MM/dd/yyyy"),
          List.of(
              "date '31.12.2024' is not a valid date in the form dd/MM/yyyy",
              "DATE_NOT_IN_FORM",
              "date '31.12.2024' no es una fecha válida con la forma dd/MM/yyyy"),
          List.of(
              "'Fecha' holds the number '45292', not a date: format the column as dates, or as text"
                  + " written yyyy-mm-dd",
              "DATE_IS_NUMBER",
              "'Fecha' tiene el número '45292', no una fecha: dé a la columna formato de fecha, o"
                  + " escríbala como texto aaaa-mm-dd"),
          List.of(
              "date +10000-01-01 is outside the years 0000 to 9999",
              "DATE_OUT_OF_RANGE",
              "date +10000-01-01 está fuera de los años 0000 a 9999"),
          List.of(
              "'Fecha' holds a spreadsheet error ('#VALUE!')",
              "SPREADSHEET_ERROR",
              "'Fecha' tiene un error de la hoja de cálculo ('#VALUE!')"),
          List.of(
              "'Nombre' differs from the person's first row (book.xlsx:personas:2), where it is blank; a"
                  + " person's details come from their first row",
              "DIFFERS_FROM_FIRST_ROW",
              "'Nombre' difiere de la primera fila de la persona (book.xlsx:personas:2); los datos se toman"
                  + " de la primera fila"),
          List.of(
              "kind 'PRISON' differs from the facility's first row (book.xlsx:centros:2): INTELLIGENCE; a"
                  + " facility's kind comes from the first row that names it",
              "DIFFERS_FROM_FIRST_ROW",
              "kind 'PRISON' difiere de la primera fila del centro (book.xlsx:centros:2); los datos se toman"
                  + " de la primera fila"),
          List.of(
              "RELEASE on 2026-01-11 (verified) of C disagrees on the date with the RELEASE reported"
                  + " before it",
              "DATE_CONFLICT",
              "RELEASE del 2026-01-11 (verificado) de C no coincide en la fecha con el RELEASE"
                  + " informado antes"),
          List.of(
              "ARREST on 2025-02-01 (claimed) of P-7 disagrees on the date with the ARREST reported"
                  + " before it",
              "DATE_CONFLICT",
              "ARREST del 2025-02-01 (anunciado) de P-7 no coincide en la fecha con el ARREST"
                  + " informado antes"),
          List.of(
              "ARREST on 2025-03-01 does not apply to A: the person is deceased; no event may follow a death",
              "DOES_NOT_APPLY",
              "ARREST del 2025-03-01 no corresponde a A: la persona ha fallecido; ningún evento puede seguir"
                  + " a una muerte"),
          List.of(
              "ARREST on 2025-03-01 does not apply to A: the person is in custody, release ordered; ARREST"
                  + " applies only as the first event or while at liberty or in exile",
              "DOES_NOT_APPLY",
              "ARREST del 2025-03-01 no corresponde a A: la persona está detenida, con boleta de"
                  + " excarcelación; ARREST solo corresponde como primer evento, en libertad o en el exilio"),
          List.of(
              "MEASURE_IMPOSED on 2025-03-01 does not apply to A: the person is in custody, whereabouts"
                  + " unknown; MEASURE_IMPOSED applies only at liberty",
              "DOES_NOT_APPLY",
              "MEASURE_IMPOSED del 2025-03-01 no corresponde a A: la persona está detenida, paradero"
                  + " desconocido; MEASURE_IMPOSED solo corresponde a una persona en libertad"),
          List.of(
              "RELEASE on 2025-03-01 does not apply to A: the person is in exile, in limbo; RELEASE applies"
                  + " only in custody",
              "DOES_NOT_APPLY",
              "RELEASE del 2025-03-01 no corresponde a A: la persona está en el exilio, in limbo; RELEASE"
                  + " solo corresponde a una persona detenida"),
          List.of(
              "APPEARANCE_ATTENDED on 2025-03-01 does not apply to A: no COURT_APPEARANCE is active (the"
                  + " person is at liberty); APPEARANCE_ATTENDED applies only while periodic court"
                  + " appearances are in force",
              "DOES_NOT_APPLY",
              "APPEARANCE_ATTENDED del 2025-03-01 no corresponde a A: no hay un régimen de presentación"
                  + " (COURT_APPEARANCE) vigente (la persona está en libertad); APPEARANCE_ATTENDED solo"
                  + " corresponde mientras lo esté"),
          List.of(
              "CASE_CLOSED on 2025-03-01 does not apply to A: the person has not been arrested; CASE_CLOSED"
                  + " applies only to an open case",
              "DOES_NOT_APPLY",
              "CASE_CLOSED del 2025-03-01 no corresponde a A: la persona no ha sido detenida; CASE_CLOSED"
                  + " solo corresponde a un caso abierto"),
          List.of(
              "CASE_CLOSED on 2025-03-01 does not apply to A: no case is open; CASE_CLOSED applies only to"
                  + " an open case",
              "DOES_NOT_APPLY",
              "CASE_CLOSED del 2025-03-01 no corresponde a A: no hay un caso abierto; CASE_CLOSED solo"
                  + " corresponde a un caso abierto"),
          List.of(
              "RELEASE on 2025-03-01 does not apply to A: the person has not been arrested; a history"
                  + " starts with an ARREST",
              "DOES_NOT_APPLY",
              "RELEASE del 2025-03-01 no corresponde a A: la persona no ha sido detenida; una historia"
                  + " empieza con ARREST"),
          List.of(
              "MEASURE_LIFTED on 2025-03-01 does not apply to A: HOUSE_ARREST is not active (active:"
                  + " SPEECH_BAN); MEASURE_LIFTED applies only to active measures",
              "DOES_NOT_APPLY",
              "MEASURE_LIFTED del 2025-03-01 no corresponde a A: HOUSE_ARREST no está vigente (vigentes:"
                  + " SPEECH_BAN); MEASURE_LIFTED solo corresponde a medidas vigentes"),
          List.of(
              "ARREST on 2025-03-01 does not apply to A: the person is not yet arrested; ARREST applies only"
                  + " in custody",
              "DOES_NOT_APPLY",
              "ARREST del 2025-03-01 no corresponde a A: la persona está aún no detenida; ARREST solo"
                  + " corresponde a una persona detenida"));

  @Test
  void eachCodeHasItsOwnSpanishTextWithTheValuesOfTheReason() {
    for (List<String> c : EACH_CODE) {
      assertEquals(List.of(c.get(1)), RejectionReasons.codes(c.get(0)), c.get(0));
      assertEquals(c.get(2), RejectionReasons.translate(c.get(0), ES), c.get(0));
      assertEquals(c.get(0), RejectionReasons.translate(c.get(0), Locale.forLanguageTag("pt")), c.get(0));
    }
  }

  @Test
  void partsAreSplitAtEverySemicolonAndSpaceThatNoCodeTakesIn() {
    assertEquals(List.of(), RejectionReasons.codes(""));
    assertEquals("", RejectionReasons.translate("", ES));
    assertEquals(
        List.of("UNKNOWN_DETAINEE", "UNKNOWN_FACILITY"), RejectionReasons.codes("unknown detainee A; unknown facility F"));
    assertEquals(
        "persona desconocida A; centro desconocido F",
        RejectionReasons.translate("unknown detainee A; unknown facility F", ES));
    assertEquals(
        List.of(RejectionReasons.UNCODED, "UNKNOWN_FACILITY"),
        RejectionReasons.codes("something new; unknown facility F"));
    assertEquals(
        "something new; centro desconocido F", RejectionReasons.translate("something new; unknown facility F", ES));
    assertEquals(List.of("UNKNOWN_DETAINEE"), RejectionReasons.codes("unknown detainee A; "));
    assertEquals(List.of(RejectionReasons.UNCODED), RejectionReasons.codes("unknown detainee A B"));
  }

  @Test
  void aPartNoCodeDescribesKeepsItsEnglishAndIsMarkedUncoded() {
    assertEquals(
        List.of("UNKNOWN_DETAINEE", RejectionReasons.UNCODED),
        RejectionReasons.codes("unknown detainee A; something new"));
    assertTrue(RejectionReasons.translate("unknown detainee A; something new", ES).endsWith("; something new"));
  }
}
