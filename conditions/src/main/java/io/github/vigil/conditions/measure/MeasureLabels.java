package io.github.vigil.conditions.measure;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Static helpers naming measures in English and Spanish (Venezuelan legal usage), for reports
 * and messages: {@code SPEECH_BAN} is "speech ban" or "prohibición de declarar públicamente";
 * {@code COURT_APPEARANCE(P15D)} is "periodic court appearance every 15 days" or "régimen de
 * presentación periódica cada 15 días". Any locale whose language is not Spanish gets English.
 */
public final class MeasureLabels {
  private static final ImmutableMap<MeasureType, String> ENGLISH =
      ImmutableMap.<MeasureType, String>builder()
          .put(MeasureType.COURT_APPEARANCE, "periodic court appearance")
          .put(MeasureType.SPEECH_BAN, "speech ban")
          .put(MeasureType.TRAVEL_BAN, "travel ban")
          .put(MeasureType.LOCALITY_RESTRICTION, "ban on leaving the locality")
          .put(MeasureType.HOUSE_ARREST, "house arrest")
          .put(MeasureType.SUPERVISION, "supervision by a person or institution")
          .put(MeasureType.ASSEMBLY_BAN, "ban on attending certain meetings or places")
          .put(MeasureType.CONTACT_BAN, "ban on contacting certain people")
          .put(MeasureType.BAIL, "bail")
          .put(MeasureType.PASSPORT_SURRENDER, "passport surrender")
          .put(MeasureType.ELECTRONIC_MONITORING, "electronic monitoring")
          .put(MeasureType.OTHER, "other measure")
          .buildOrThrow();

  private static final ImmutableMap<MeasureType, String> SPANISH =
      ImmutableMap.<MeasureType, String>builder()
          .put(MeasureType.COURT_APPEARANCE, "régimen de presentación periódica")
          .put(MeasureType.SPEECH_BAN, "prohibición de declarar públicamente")
          .put(MeasureType.TRAVEL_BAN, "prohibición de salida del país")
          .put(MeasureType.LOCALITY_RESTRICTION, "prohibición de salir de la localidad")
          .put(MeasureType.HOUSE_ARREST, "arresto domiciliario")
          .put(MeasureType.SUPERVISION, "sometimiento al cuidado o vigilancia de una persona o institución")
          .put(MeasureType.ASSEMBLY_BAN, "prohibición de concurrir a determinadas reuniones o lugares")
          .put(MeasureType.CONTACT_BAN, "prohibición de comunicarse con personas determinadas")
          .put(MeasureType.BAIL, "caución económica")
          .put(MeasureType.PASSPORT_SURRENDER, "entrega del pasaporte")
          .put(MeasureType.ELECTRONIC_MONITORING, "monitoreo electrónico")
          .put(MeasureType.OTHER, "otra medida")
          .buildOrThrow();

  private MeasureLabels() {}

  /** Returns whether {@code locale} is Spanish; every other language gets English. */
  static boolean isSpanish(Locale locale) {
    return "es".equals(checkNotNull(locale, "locale").getLanguage());
  }

  /**
   * Returns the name of {@code type} in {@code locale}'s language (English or Spanish), such as
   * "travel ban" or "prohibición de salida del país".
   */
  public static String label(MeasureType type, Locale locale) {
    checkNotNull(type, "type");
    String label = (isSpanish(locale) ? SPANISH : ENGLISH).get(type);
    return label == null ? type.name() : label;
  }

  /**
   * Returns {@code measure} described in {@code locale}'s language, with its parameter: "periodic
   * court appearance every 15 days", "otra medida: no usar redes sociales".
   */
  public static String describe(Measure measure, Locale locale) {
    checkNotNull(measure, "measure");
    boolean es = isSpanish(locale);
    String label = label(measure.type(), locale);
    if (measure.interval().isPresent()) {
      return label + (es ? " cada " : " every ") + interval(measure.interval().get(), locale);
    }
    if (measure.text().isPresent()) {
      return label + ": " + measure.text().get();
    }
    return label;
  }

  /**
   * Returns {@code interval} in words: "15 days", "month", "2 months and 3 days"; "15 días",
   * "mes", "2 meses y 3 días". The singular of a lone unit has no number, to follow "every" or
   * "cada".
   */
  public static String interval(Period interval, Locale locale) {
    checkNotNull(interval, "interval");
    boolean es = isSpanish(locale);
    List<String> parts = new ArrayList<>(3);
    add(parts, interval.getYears(), es ? "año" : "year", es ? "años" : "years");
    add(parts, interval.getMonths(), es ? "mes" : "month", es ? "meses" : "months");
    add(parts, interval.getDays(), es ? "día" : "day", es ? "días" : "days");
    if (parts.isEmpty()) {
      return es ? "0 días" : "0 days";
    }
    if (parts.size() == 1 && parts.get(0).startsWith("1 ")) {
      return parts.get(0).substring(2);
    }
    String and = es ? " y " : " and ";
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
  }

  private static void add(List<String> parts, int n, String one, String many) {
    if (n != 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }
}
