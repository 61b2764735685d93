package io.github.vigil.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable codes of the reasons a row is rejected, and their Spanish texts. A {@link
 * io.github.vigil.core.Rejection}'s reason is English, one or more parts joined by {@code "; "}
 * (such as {@code date '05/08/2024' is not a valid date: ISO yyyy-mm-dd is expected}); each part
 * has a code ({@code INVALID_DATE}) that never changes between versions, so that an app can show
 * its own text for it, and a Spanish text with the same values. The reasons of every reader of
 * Vigil are here: the registry folders and documents of {@link RegistryReader}, the replay of
 * each person's history, and the spreadsheet import of {@code vigil-sheets}. A part no code
 * describes has the code {@value #UNCODED} and keeps its English text. Thread-safe (it has no
 * state).
 *
 * <pre>{@code
 * RejectionReasons.codes("detainee_id is blank; it is required");      // [BLANK_REQUIRED]
 * RejectionReasons.translate("detainee_id is blank; it is required", Locale.forLanguageTag("es"));
 * // "detainee_id está vacío; es obligatorio"
 * }</pre>
 */
public final class RejectionReasons {
  /** The code of a part of a reason that no other code describes. */
  public static final String UNCODED = "UNCODED";

  /** A value as messages show it: quoted, or its length when not shown. */
  private static final String VALUE = "('(?:(?!; ).)*?'|\\(\\d+ characters?, not shown\\))";

  /** A column: the format's name, or a sheet's header, quoted. */
  private static final String COLUMN = "('(?:(?!; ).)*?'|[a-z_]+)";

  private static final String CODE = "([A-Z_]+)";

  private static final Pattern NOT_SHOWN = Pattern.compile("\\((\\d+) characters?, not shown\\)");

  private static final String ORIGIN = "([^()]+?)";

  /** What a person's state reads in the replay's refusals, and in Spanish. */
  private static final Map<String, String> STATES =
      Map.of(
          "in custody", "detenida",
          "at liberty", "en libertad",
          "in exile", "en el exilio",
          "deceased", "fallecida",
          "not yet arrested", "aún no detenida",
          "whereabouts unknown", "paradero desconocido",
          "release ordered", "con boleta de excarcelación");

  /** What a JSON value that is not a string is, and in Spanish. */
  private static final Map<String, String> JSON_KINDS =
      Map.of(
          "a number", "un número",
          "a boolean", "un booleano",
          "an array", "un arreglo",
          "an object", "un objeto",
          "not a string", "otra cosa que una cadena");

  private record Entry(String code, Pattern pattern, String spanish) {}

  private static final List<Entry> ENTRIES = new ArrayList<>();

  private static void add(String code, String regex, String spanish) {
    ENTRIES.add(new Entry(code, Pattern.compile(regex + "(?=; |$)"), spanish));
  }

  static {
    // the replay: an event that does not apply to the person's state (one part, to the end)
    add(
        "DOES_NOT_APPLY",
        CODE + " on (\\S+) does not apply to (\\S+): (.+)$",
        "{1} del {2} no corresponde a {3}: {4}");
    // a date conflict: a row kept, listed apart from the rejections (one part, to the end)
    for (Evidence e : Evidence.values()) {
      add(
          "DATE_CONFLICT",
          CODE + " on (\\S+) \\(" + e.name().toLowerCase(Locale.ROOT) + "\\) of (\\S+) disagrees on"
              + " the date with the " + CODE + " reported before it$",
          "{1} del {2} (" + (e == Evidence.VERIFIED ? "verificado" : "anunciado") + ") de {3} no"
              + " coincide en la fecha con el {4} informado antes");
    }
    // a reader's file and the rules of each row
    add("BLANK_REQUIRED", COLUMN + " is blank; it is required", "{1} está vacío; es obligatorio");
    add(
        "FACILITY_REQUIRED",
        "facility_id is blank; " + CODE + " needs the facility the person was taken to",
        "facility_id está vacío; {1} necesita el centro de reclusión al que llevaron a la persona");
    add(
        "MEASURES_NOT_ALLOWED",
        "measures must be blank on " + CODE + ", was (.+?)",
        "measures debe quedar vacío en {1}, y tenía {2}");
    add(
        "MEASURES_REQUIRED",
        "measures is blank; " + CODE + " needs at least one measure",
        "measures está vacío; {1} necesita al menos una medida");
    add(
        "MEASURE_PARAMETER",
        "measures: " + CODE + " needs its parameter on " + CODE + ", such as (.+?)",
        "measures: {1} necesita su parámetro en {2}, como {3}");
    add(
        "RECORDED_BEFORE_DATE",
        "recorded_on (\\S+) is before date (\\S+)",
        "recorded_on {1} es anterior a la fecha {2}");
    add(
        "DATE_IN_FUTURE",
        "date (\\S+) is after today, (\\S+): it has not happened yet",
        "la fecha {1} es posterior a hoy, {2}: aún no ha ocurrido");
    add(
        "RECORDED_IN_FUTURE",
        "recorded_on (\\S+) is after today, (\\S+): it has not been recorded yet",
        "recorded_on {1} es posterior a hoy, {2}: aún no se ha registrado");
    add(
        "ID_TOO_LONG",
        COLUMN + " is (\\d+) characters long; an id has at most 64",
        "{1} tiene {2} caracteres; un identificador tiene 64 como máximo");
    add(
        "INVALID_ID",
        COLUMN + " " + VALUE + " is not a valid id: use only A-Z a-z 0-9 \\. _ -",
        "{1} {2} no es un identificador válido: use solo A-Z a-z 0-9 . _ -");
    add(
        "INVALID_DATE",
        COLUMN + " " + VALUE + " is not a valid date: (?:ISO )?yyyy-mm-dd is expected",
        "{1} {2} no es una fecha válida: se espera aaaa-mm-dd");
    add(
        "NOT_A_CODE",
        COLUMN + " " + VALUE + " is not one of ([A-Z0-9_, ]+?)"
            + "( \\(codes are written in upper case: [A-Z0-9_]+\\))?",
        "{1} {2} no es uno de {3}{4}");
    add(
        "NOT_BOOLEAN",
        COLUMN + " " + VALUE + " is not true, false or blank",
        "{1} {2} no es true, false ni vacío");
    add(
        "CONFIDENTIAL_NOT_BOOLEAN",
        "confidential is not true, false or blank \\(a value of (\\d+) characters?, not shown\\)",
        "confidential no es true, false ni vacío (un valor de {1} caracteres, no se muestra)");
    add(
        "NOT_A_COUNTRY",
        COLUMN + " " + VALUE + " is not an ISO 3166-1 alpha-2 code such as VE"
            + "( \\(codes are written in upper case\\))?",
        "{1} {2} no es un código ISO 3166-1 alfa-2 como VE{3}");
    add(
        "NOT_A_COUNTRY",
        COLUMN + " " + VALUE + " is not an ISO 3166-1 alpha-2 code such as VE"
            + " \\(several are separated by ;\\)",
        "{1} {2} no es un código ISO 3166-1 alfa-2 como VE (si son varios, se separan con ;)");
    add("NATIONALITY_REPEATED", "nationality ([A-Z]{2}) is listed twice", "nationality {1} figura dos veces");
    add(
        "NOT_A_PROFILE",
        "profiles: " + VALUE + " is not a profile code \\(A-Z 0-9 _, starting with a letter, such as"
            + " JOURNALIST\\)( \\(codes are written in upper case\\))?",
        "profiles: {1} no es un código de perfil (A-Z 0-9 _, empezando por una letra, como"
            + " JOURNALIST){2}");
    add(
        "AGENCY_NOT_ALLOWED",
        "agency must be blank on " + CODE + "; it names who made an ARREST",
        "agency debe quedar vacío en {1}; nombra a quien hizo un ARREST");
    add(
        "OUTCOME_NOT_ALLOWED",
        "outcome must be blank on " + CODE + "; it says how a CASE_CLOSED ended",
        "outcome debe quedar vacío en {1}; dice cómo terminó un CASE_CLOSED");
    add(
        "MEASURES_TOO_LONG",
        "measures is (\\d+) characters long; at most (\\d+) are read",
        "measures tiene {1} caracteres; se leen {2} como máximo");
    add(
        "FIELD_TOO_LONG",
        "(column \\d+|\\S+) holds (\\d+) characters; at most (\\d+) are allowed",
        "{1} tiene {2} caracteres; se admiten {3} como máximo");
    add(
        "TOO_MANY_FIELDS",
        "the row has more than (\\d+) fields",
        "la fila tiene más de {1} campos");
    add(
        "WRONG_FIELD_COUNT",
        "the row has (\\d+) fields but the header has (\\d+) columns",
        "la fila tiene {1} campos pero el encabezado tiene {2} columnas");
    add("MEASURES_INVALID", "measures: (.+?)", "measures no se puede leer: {1}");
    add("SOURCE_INVALID", "source: (.+?)", "source no se puede leer: {1}");
    add(
        "DUPLICATE_ID",
        "duplicate (facility|detainee|event) id (\\S+) \\(first at " + ORIGIN + "(, rejected)?\\)",
        "{1} con identificador repetido {2} (la primera vez en {3}{4})");
    add(
        "PERSON_REJECTED",
        "detainee (\\S+) was rejected \\(" + ORIGIN + "\\)",
        "la fila de la persona {1} fue rechazada ({2})");
    add(
        "FACILITY_REJECTED",
        "facility (\\S+) was rejected \\(" + ORIGIN + "\\)",
        "la fila del centro {1} fue rechazada ({2})");
    add(
        "NOT_A_JSON_OBJECT", "the record is not a JSON object", "el registro no es un objeto JSON");
    add(
        "NOT_A_JSON_STRING",
        COLUMN + " must be a JSON string or null, was (a number|a boolean|an array|an object|not a"
            + " string)",
        "{1} debe ser una cadena JSON o null, y era {2}");
    // the corrections: retractions and amendments, and their refusals
    add(
        "CORRECTION_UNKNOWN_EVENT",
        "correction of unknown event id (\\S+)",
        "corrección de un evento desconocido, con identificador {1}");
    add(
        "ALREADY_CORRECTED",
        "event (\\S+) was already corrected on (\\S+)",
        "el evento {1} ya fue corregido el {2}");
    add(
        "CORRECTION_BEFORE_EVENT",
        "the correction of event (\\S+) is recorded on (\\S+), before the event was recorded"
            + " \\((\\S+)\\)",
        "la corrección del evento {1} está registrada el {2}, antes de que se registrara el evento"
            + " ({3})");
    add(
        "REPLACES_ITSELF",
        "event (\\S+) cannot replace itself",
        "el evento {1} no puede reemplazarse a sí mismo");
    add(
        "REPLACEMENT_UNKNOWN",
        "the replacement of event (\\S+), event (\\S+), is unknown",
        "el reemplazo del evento {1}, el evento {2}, es desconocido");
    add(
        "REPLACEMENT_OTHER_PERSON",
        "the replacement of event (\\S+), event (\\S+), is an event of another person",
        "el reemplazo del evento {1}, el evento {2}, es un evento de otra persona");
    add(
        "REPLACEMENT_WRONG_DATE",
        "the replacement of event (\\S+), event (\\S+), is recorded on (\\S+), not on the"
            + " correction's date (\\S+)",
        "el reemplazo del evento {1}, el evento {2}, está registrado el {3}, no en la fecha de la"
            + " corrección {4}");
    // a refused correction names the event it would leave not applying (one part, to the end)
    add(
        "CORRECTION_BREAKS_HISTORY",
        "retracting " + CODE + " on (\\S+) of (\\S+) would leave " + CODE + " on (\\S+) not"
            + " applying: (.+)$",
        "retirar {1} del {2} de {3} dejaría {4} del {5} sin corresponder: {6}");
    add("UNKNOWN_DETAINEE", "unknown detainee (\\S+)", "persona desconocida {1}");
    add("UNKNOWN_FACILITY", "unknown facility (\\S+)", "centro desconocido {1}");
    // the spreadsheet import
    add(
        "DATE_AMBIGUOUS",
        COLUMN + " " + VALUE + " is ambiguous \\(day/month or month/day\\?\\): give"
            + " --date-format (\\S+) or --date-format (\\S+)",
        "{1} {2} es ambigua (¿día/mes o mes/día?): indique --date-format {3} o --date-format {4}");
    add(
        "DATE_DAY_FIRST",
        COLUMN + " " + VALUE + " is not yyyy-mm-dd; it reads as day/month/year: give"
            + " --date-format (\\S+)",
        "{1} {2} no es aaaa-mm-dd; se lee como día/mes/año: indique --date-format {3}");
    add(
        "DATE_MONTH_FIRST",
        COLUMN + " " + VALUE + " is not yyyy-mm-dd; it reads as month/day/year: give"
            + " --date-format (\\S+)",
        "{1} {2} no es aaaa-mm-dd; se lee como mes/día/año: indique --date-format {3}");
    add(
        "DATE_NOT_IN_FORM",
        COLUMN + " " + VALUE + " is not a valid date in the form (\\S+)",
        "{1} {2} no es una fecha válida con la forma {3}");
    add(
        "DATE_IS_NUMBER",
        COLUMN + " holds the number " + VALUE + ", not a date: format the column as dates, or as"
            + " text written yyyy-mm-dd",
        "{1} tiene el número {2}, no una fecha: dé a la columna formato de fecha, o escríbala"
            + " como texto aaaa-mm-dd");
    add(
        "DATE_OUT_OF_RANGE",
        COLUMN + " (\\S+) is outside the years 0000 to 9999",
        "{1} {2} está fuera de los años 0000 a 9999");
    add(
        "SPREADSHEET_ERROR",
        COLUMN + " holds a spreadsheet error \\(" + VALUE + "\\)",
        "{1} tiene un error de la hoja de cálculo ({2})");
    add(
        "DIFFERS_FROM_FIRST_ROW",
        COLUMN + "(?: " + VALUE + ")? differs from the (person|facility)'s first row \\(" + ORIGIN
            + "\\)(?:, where it is blank|: .+?)?; a (?:person's details|facility's kind) come"
            + "s? from (?:their|the) first row(?: that names it)?",
        "{1} {2} difiere de la primera fila {3} ({4}); los datos se toman de la primera fila");
    // the replay's refusals, the {4} of DOES_NOT_APPLY
    add(
        "REFUSAL_DECEASED",
        "the person is deceased; no event may follow a death",
        "la persona ha fallecido; ningún evento puede seguir a una muerte");
    add(
        "REFUSAL_ARREST",
        "the person is (.+?); ARREST applies only as the first event or while at liberty or in"
            + " exile",
        "la persona está {S1}; ARREST solo corresponde como primer evento, en libertad o en el"
            + " exilio");
    add(
        "REFUSAL_NOT_IN_CUSTODY",
        "the person is (.+?); " + CODE + " applies only in custody",
        "la persona está {S1}; {2} solo corresponde a una persona detenida");
    add(
        "REFUSAL_NOT_AT_LIBERTY",
        "the person is (.+?); " + CODE + " applies only at liberty",
        "la persona está {S1}; {2} solo corresponde a una persona en libertad");
    add(
        "REFUSAL_NO_APPEARANCES",
        "no COURT_APPEARANCE is active \\(the person is (.+?)\\); " + CODE + " applies only while"
            + " periodic court appearances are in force",
        "no hay un régimen de presentación (COURT_APPEARANCE) vigente (la persona está {S1}); {2}"
            + " solo corresponde mientras lo esté");
    add(
        "REFUSAL_NOT_ARRESTED_CASE",
        "the person has not been arrested; " + CODE + " applies only to an open case",
        "la persona no ha sido detenida; {1} solo corresponde a un caso abierto");
    add(
        "REFUSAL_NO_OPEN_CASE",
        "no case is open; " + CODE + " applies only to an open case",
        "no hay un caso abierto; {1} solo corresponde a un caso abierto");
    add(
        "REFUSAL_NOT_ARRESTED",
        "the person has not been arrested; a history starts with an ARREST",
        "la persona no ha sido detenida; una historia empieza con ARREST");
    add(
        "REFUSAL_MEASURE_NOT_ACTIVE",
        CODE + " is not active \\(active: (.+?)\\); MEASURE_LIFTED applies only to active"
            + " measures",
        "{1} no está vigente (vigentes: {2}); MEASURE_LIFTED solo corresponde a medidas vigentes");
  }

  private RejectionReasons() {}

  /**
   * Returns the codes of the parts of {@code reason}, in order, such as {@code [INVALID_DATE,
   * UNKNOWN_DETAINEE]}; a part no code describes is {@value #UNCODED}.
   *
   * @throws NullPointerException if {@code reason} is null
   */
  public static ImmutableList<String> codes(String reason) {
    checkNotNull(reason, "reason");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    parse(reason, (code, text) -> out.add(code));
    return out.build();
  }

  /**
   * Returns {@code reason} in the language of {@code locale}: Spanish for {@code es}, the reason
   * itself for any other. A part no code describes stays in English.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String translate(String reason, Locale locale) {
    checkNotNull(reason, "reason");
    checkNotNull(locale, "locale");
    if (!locale.getLanguage().equals("es")) {
      return reason;
    }
    StringBuilder out = new StringBuilder();
    parse(
        reason,
        (code, text) -> {
          if (out.length() > 0) {
            out.append("; ");
          }
          out.append(text);
        });
    return out.toString();
  }

  private interface Part {
    void accept(String code, String spanish);
  }

  private static void parse(String reason, Part sink) {
    int at = 0;
    while (at < reason.length()) {
      Entry found = null;
      Matcher m = null;
      for (Entry e : ENTRIES) {
        Matcher candidate = e.pattern().matcher(reason).region(at, reason.length());
        candidate.useTransparentBounds(true);
        if (candidate.lookingAt()) {
          found = e;
          m = candidate;
          break;
        }
      }
      int end;
      if (found == null || m == null) {
        int next = reason.indexOf("; ", at);
        end = next < 0 ? reason.length() : next;
        sink.accept(UNCODED, reason.substring(at, end));
      } else {
        end = m.end();
        sink.accept(found.code(), fill(found, m));
      }
      at = end < reason.length() ? end + 2 : end;
    }
  }

  private static String fill(Entry e, Matcher m) {
    String text = e.spanish();
    for (int g = m.groupCount(); g >= 1; g--) {
      String v = m.group(g) == null ? "" : m.group(g);
      text = text.replace("{S" + g + "}", state(v));
      String translated = v;
      if ((e.code().equals("DOES_NOT_APPLY") && g == 4)
          || (e.code().equals("CORRECTION_BREAKS_HISTORY") && g == 6)) {
        translated = translate(v, Locale.forLanguageTag("es"));
      } else if (e.code().equals("DUPLICATE_ID") && g == 1) {
        translated = v.equals("facility") ? "centro" : v.equals("event") ? "evento" : "persona";
      } else if (e.code().equals("NOT_A_JSON_STRING") && g == 2) {
        translated = JSON_KINDS.getOrDefault(v, v);
      } else if (e.code().equals("DUPLICATE_ID") && g == 4) {
        translated = v.isEmpty() ? "" : ", rechazada";
      } else if (e.code().equals("DIFFERS_FROM_FIRST_ROW") && g == 3) {
        translated = v.equals("facility") ? "del centro" : "de la persona";
      } else if (v.startsWith(" (codes are written in upper case")) {
        translated = " (los códigos se escriben en mayúsculas" + v.substring(v.indexOf(':') < 0
            ? v.length() - 1 : v.indexOf(':'));
      }
      text = text.replace("{" + g + "}", translated);
    }
    return NOT_SHOWN
        .matcher(text.replace(" )", ")").replace("  ", " "))
        .replaceAll("($1 caracteres, no se muestra)");
  }

  private static String state(String english) {
    StringBuilder out = new StringBuilder();
    for (String piece : Splitter.on(", ").split(english)) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(STATES.getOrDefault(piece, piece));
    }
    return out.toString();
  }
}
