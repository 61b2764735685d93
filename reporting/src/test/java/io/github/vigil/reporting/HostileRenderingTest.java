package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Registry;
import io.github.vigil.core.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * Reports of registries whose ids and source labels are markup or formulas: the Markdown, read by
 * a CommonMark parser with GitHub's tables and automatic links, shows them as text; the CSV never
 * starts a cell with a formula. And the figures of what a report leaves out, in every format.
 */
class HostileRenderingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> IDS =
      List.of("_x_", "a*b*", "www.evil.org", "-cmd", "a__b__c", "x~~y~~", "[a]", "1.");
  private static final String SOURCE = "<img src=x onerror=alert(1)> [l](http://e.org) `c` &amp; http://e.org";

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static Registry registry() {
    Registry r = Registry.empty().withCountry("VE");
    for (int i = 0; i < IDS.size(); i++) {
      FacilityId f = FacilityId.of(IDS.get(i).replaceAll("[^A-Za-z0-9._-]", "_").equals(IDS.get(i)) ? IDS.get(i) : "f" + i);
      r = r.withFacility(Facility.of(f, FacilityKind.PRISON));
      DetaineeId p = DetaineeId.of("p" + i);
      r = r.withDetainee(Detainee.of(p));
      r =
          r.withEvent(
              p,
              Event.builder()
                  .type(EventType.ARREST)
                  .date(d("2025-01-01"))
                  .facility(f)
                  .source(Source.of(SOURCE))
                  .build());
    }
    return r;
  }

  private static String html(String markdown) {
    var extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
    Parser parser = Parser.builder().extensions(extensions).build();
    return HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
  }

  @Test
  void idsAndSourceLabelsAreTextInMarkdownNeverMarkup() {
    FreedomReport report =
        FreedomReport.of(
            registry().asOf(d("2025-06-01")).fromSources(Set.of(Source.of(SOURCE))),
            ReportOptions.builder().minCell(1).build());
    String markdown = report.render(ReportFormat.MARKDOWN, Language.EN);
    String html = html(markdown);
    for (String tag : List.of("<em>", "<strong>", "<del>", "<a ", "<img", "<ol")) {
      assertFalse(html.contains(tag), tag + " in:\n" + html);
    }
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertTrue(html.contains("&amp;amp;"), html);
    assertTrue(html.contains("http://e.org"), html);
    for (String id : List.of("_x_", "www.evil.org", "-cmd", "a__b__c", "1.")) {
      assertTrue(html.contains("<td align=\"left\"><code>" + id + "</code></td>"), id + " in:\n" + html);
    }
    assertTrue(html.contains("<td align=\"left\">Elderly (60 or over)</td>"), html);
    // the plain text is left as it is
    String text = report.render(ReportFormat.TEXT, Language.EN);
    assertTrue(text.contains("\n_x_ "), text);
    assertTrue(text.contains(SOURCE), text);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreGuarded() {
    assertEquals("'-cmd", CsvRenderer.quote("-cmd"));
    assertEquals("'=1+1", CsvRenderer.quote("=1+1"));
    assertEquals("'+1", CsvRenderer.quote("+1"));
    assertEquals("'@SUM(A1)", CsvRenderer.quote("@SUM(A1)"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", CsvRenderer.quote("=HYPERLINK(\"x\",\"y\")"));
    assertEquals("'\tx", CsvRenderer.quote("\tx"));
    assertEquals("rodeo-1", CsvRenderer.quote("rodeo-1"));
    String csv =
        FreedomReport.of(registry().asOf(d("2025-06-01")), ReportOptions.builder().minCell(1).build())
            .render(ReportFormat.CSV, Language.EN);
    assertTrue(csv.contains("\nbyFacility,'-cmd,DETAINED,Detained,1,false\n"), csv);
    for (String line : csv.lines().toList()) {
      for (String cell : line.split(",", -1)) {
        assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, line);
      }
    }
  }

  @Test
  void csvCellsThatStartWithACommaAQuoteOrALineBreakAreQuoted() {
    assertEquals("\",a\"", CsvRenderer.quote(",a"));
    assertEquals("\"\"\"a\"", CsvRenderer.quote("\"a"));
    assertEquals("\"\na\"", CsvRenderer.quote("\na"));
    assertEquals("\"a\rb\"", CsvRenderer.quote("a\rb"));
    assertEquals("\"'\ra\"", CsvRenderer.quote("\ra"));
  }

  @Test
  void peopleLeftOutAndNotYetKnownAreInEveryFormat() throws Exception {
    DetaineeId late = DetaineeId.of("late");
    Registry r =
        registry()
            .withDetainee(Detainee.of(late))
            .withEvent(
                late,
                Event.builder()
                    .type(EventType.ARREST)
                    .date(d("2025-05-01"))
                    .recordedOn(d("2025-07-01"))
                    .facility(FacilityId.of("_x_"))
                    .build());
    FreedomReport report =
        FreedomReport.of(
            r.withRejections(4, 3).asOf(d("2025-06-01")),
            ReportOptions.builder().minCell(1).build());
    assertEquals(3, report.rejectedPeople());
    assertEquals(1, report.peopleWithEventsNotYetKnown());
    assertEquals(IDS.size(), report.population());
    JsonNode json = MAPPER.readTree(report.toJson());
    assertEquals(4, json.get("rejectedRows").asInt());
    assertEquals(3, json.get("rejectedPeople").asInt());
    assertEquals(1, json.get("peopleWithEventsNotYetKnown").asInt());
    String text = report.render(ReportFormat.TEXT, Language.EN);
    assertTrue(text.matches("(?s).*\nPeople left out \\(their row was rejected\\) +3\n.*"), text);
    assertTrue(text.matches("(?s).*\nPeople with events recorded after 2025-06-01 +1\n.*"), text);
    String es = report.render(ReportFormat.MARKDOWN, Language.ES);
    assertTrue(es.contains("| Personas excluidas (su fila fue rechazada) "), es);
    String csv = report.render(ReportFormat.CSV, Language.EN);
    assertTrue(csv.contains("\nfigure,rejectedPeople,,People left out (their row was rejected),3,false\n"), csv);
    assertTrue(
        csv.contains("\nfigure,peopleWithEventsNotYetKnown,,People with events recorded after 2025-06-01,1,false\n"),
        csv);
    // as known on a later day, the late arrest is seen and nobody is still unknown
    FreedomReport later = FreedomReport.of(r.asOf(d("2025-06-01")).knownOn(d("2025-07-01")));
    assertEquals(0, later.peopleWithEventsNotYetKnown());
    assertEquals(IDS.size() + 1, later.population());
  }
}
