package io.github.vigil.cli;

import io.github.vigil.core.Rejection;
import io.github.vigil.io.FileCounts;
import io.github.vigil.io.RejectionReasons;
import io.github.vigil.reporting.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines {@code vigil validate} and {@code vigil import} print, in English or Spanish:
 * rejected rows (their reasons through {@link RejectionReasons}), counts, and the import's notes,
 * warnings and refusals. English lines are the messages as the libraries write them; Spanish
 * lines translate them, a line no pattern knows staying in English.
 */
final class Messages {
  private final Language language;

  Messages(Language language) {
    this.language = language;
  }

  boolean spanish() {
    return language == Language.ES;
  }

  /** Returns {@code file:line: reason} in the language. */
  String rejection(Rejection r) {
    return spanish()
        ? r.origin() + ": " + RejectionReasons.translate(r.reason(), language.locale())
        : r.toString();
  }

  /** Returns {@code file:line: date conflict: reason} in the language. */
  String dateConflict(Rejection c) {
    return spanish()
        ? c.origin() + ": conflicto de fecha: "
            + RejectionReasons.translate(c.reason(), language.locale())
        : c.origin() + ": date conflict: " + c.reason();
  }

  /** Returns {@code file: read N, accepted N, rejected N} in the language. */
  String counts(FileCounts c) {
    return spanish()
        ? c.file() + ": leídas " + c.read() + ", aceptadas " + c.accepted() + ", rechazadas "
            + c.rejected()
        : c.toString();
  }

  /** Returns the total line. */
  String total(long read, long rejected) {
    return spanish()
        ? "total: leídas " + read + ", aceptadas " + (read - rejected) + ", rechazadas " + rejected
        : "total: read " + read + ", accepted " + (read - rejected) + ", rejected " + rejected;
  }

  /** Returns the line that says how many rows a person's rejected row took with it. */
  String eventsOfPerson(List<String> origins) {
    return (spanish() ? "    y con ella sus eventos: " : "    and with it their events: ")
        + String.join(", ", origins);
  }

  /** Returns the line of validate on the people left out. */
  String peopleLeftOut(long people) {
    return spanish()
        ? "personas excluidas: " + people + " (su fila fue rechazada, y con ella sus eventos)"
        : "people left out: " + people + " (their row was rejected, and with it their events)";
  }

  /** Returns the import's line on people. */
  String importPeople(long withEvents, long leftOut, long partly) {
    return spanish()
        ? "personas con eventos: " + withEvents + "; excluidas (ninguna fila suya se cargó): "
            + leftOut + "; con alguna fila rechazada: " + partly
        : "people with events: " + withEvents + "; left out (no row of theirs loaded): " + leftOut
            + "; with some rows rejected: " + partly;
  }

  private static final Pattern SHEET_NOTE =
      Pattern.compile("(.+?): (events|detainees|facilities); (.+)");

  private static final String MADE = "facilities made from the events' facility column: ";

  private static final Pattern TEXT_NOTE = Pattern.compile("[^:]+: text, .+");

  private static final List<String[]> LINES =
      List.of(
          new String[] {
            "(.+?) is not (\\S+) text: line (\\d+) holds the byte (0x[0-9A-F]{2}), which \\S+ does"
                + " not allow; if the file was saved by Excel or another Windows program, run again"
                + " with --encoding windows-1252 \\(or --encoding iso-8859-1\\), or save it as CSV"
                + " UTF-8",
            "{1} no es texto {2}: la línea {3} tiene el byte {4}, que {2} no admite; si el archivo"
                + " se guardó con Excel u otro programa de Windows, vuelva a ejecutar con"
                + " --encoding windows-1252 (o --encoding iso-8859-1), o guárdelo como CSV UTF-8"
          },
          new String[] {
            "(.+?) is not (\\S+) text: line (\\d+) holds the byte (0x[0-9A-F]{2}), which \\S+ does"
                + " not allow; is it in another encoding\\?",
            "{1} no es texto {2}: la línea {3} tiene el byte {4}, que {2} no admite; ¿está en otra"
                + " codificación?"
          },
          new String[] {
            "(.+?): unknown key (.+) is ignored", "{1}: la clave desconocida {2} se ignora"
          },
          new String[] {
            "(.+?): unknown column (.+) is ignored", "{1}: la columna desconocida {2} se ignora"
          },
          new String[] {
            "(.+?): column (\\d+) has no name in the header; it is ignored",
            "{1}: la columna {2} no tiene nombre en el encabezado; se ignora"
          },
          new String[] {
            "(.+?): and ([\\d,]+) more unknown keys are ignored",
            "{1}: y {2} claves desconocidas más se ignoran"
          },
          new String[] {
            "(.+?): and ([\\d,]+) more unknown columns are ignored",
            "{1}: y {2} columnas desconocidas más se ignoran"
          },
          new String[] {
            "(.+?): and ([\\d,]+) more columns without a name are ignored",
            "{1}: y {2} columnas sin nombre más se ignoran"
          },
          new String[] {
            "(.+?): column (\\d+) (.+?) is not imported \\(no field of the format has that name;"
                + " name it in a mapping file to import it\\)",
            "{1}: la columna {2} {3} no se importa (ningún campo del formato tiene ese nombre;"
                + " nómbrela en un archivo de correspondencias para importarla)"
          },
          new String[] {
            "(.+?): column (\\d+) has no name in the header but holds data in (\\d+) rows?; it is"
                + " not imported",
            "{1}: la columna {2} no tiene nombre en el encabezado pero tiene datos en {3} filas; no"
                + " se importa"
          },
          new String[] {
            "(.+?): (\\d+) dates? (?:is|are) written with / or - instead of yyyy-mm-dd and (?:was|were)"
                + " rejected; those that can be read one way only are day/month/year \\(such as"
                + " (.+?)\\): if all are, run again with --date-format dd/MM/yyyy",
            "{1}: {2} fechas escritas con / o - en lugar de aaaa-mm-dd fueron rechazadas; las que"
                + " solo se leen de una manera son día/mes/año (como {3}): si todas lo son, vuelva a"
                + " ejecutar con --date-format dd/MM/yyyy"
          },
          new String[] {
            "(.+?): (\\d+) dates? (?:is|are) written with / or - instead of yyyy-mm-dd and (?:was|were)"
                + " rejected; none can be read one way only: give --date-format dd/MM/yyyy if the"
                + " day comes first, --date-format MM/dd/yyyy if the month does",
            "{1}: {2} fechas escritas con / o - en lugar de aaaa-mm-dd fueron rechazadas; ninguna"
                + " se lee de una sola manera: indique --date-format dd/MM/yyyy si el día va"
                + " primero, --date-format MM/dd/yyyy si va el mes"
          });

  /** Returns a note, warning or refusal of the import in the language. */
  String line(String english) {
    if (!spanish()) {
      return english;
    }
    Matcher sheet = SHEET_NOTE.matcher(english);
    if (sheet.matches()) {
      String kind =
          switch (sheet.group(2)) {
            case "events" -> "eventos";
            case "detainees" -> "personas";
            default -> "centros";
          };
      return sheet.group(1) + ": " + kind + "; " + sheet.group(3);
    }
    if (english.startsWith(MADE)) {
      return "centros creados a partir de la columna de centro de los eventos: "
          + english.substring(MADE.length()).replace(" more", " más").replace(" and ", " y ");
    }
    if (TEXT_NOTE.matcher(english).matches()) {
      return english
          .replace(": text, ", ": texto, ")
          .replace("delimiter ", "separador ")
          .replace("(found in the header)", "(hallado en el encabezado)")
          .replace("(byte order mark)", "(marca de orden de bytes)")
          .replace("one column (the header holds no comma, semicolon or tab; give --delimiter for"
              + " another)", "una columna (el encabezado no tiene coma, punto y coma ni tabulador;"
              + " indique --delimiter para otro)");
    }
    for (String[] l : LINES) {
      Matcher m = Pattern.compile(l[0]).matcher(english);
      if (m.matches()) {
        String out = l[1];
        for (int g = m.groupCount(); g >= 1; g--) {
          out = out.replace("{" + g + "}", m.group(g));
        }
        return out;
      }
    }
    return english;
  }

}
