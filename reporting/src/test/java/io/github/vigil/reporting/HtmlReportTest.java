package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML page: self-contained, accessible tables, the same hidden cells as the other formats,
 * hostile registry values inert, both languages, and a palette that survives colour blindness.
 */
class HtmlReportTest {
  private static final Path EXPECTED = Path.of("src/test/resources/expected-reports");
  private static final Path OUT = Path.of("target/rendered-expected");
  private static final String HOSTILE = "<script>alert(1)</script>\"'&";
  private static final LocalDate D = LocalDate.of(2025, 6, 1);

  /** Twelve people in a facility whose region is markup, seen from a source whose label is too. */
  private static Registry registry() {
    Registry r = Registry.empty().withCountry("VE");
    FacilityId f = FacilityId.of("f1");
    r = r.withFacility(Facility.builder().id(f).kind(FacilityKind.PRISON).region(HOSTILE).build());
    r = r.withFacility(Facility.of(FacilityId.of("f2"), FacilityKind.PRISON));
    for (int i = 0; i < 12; i++) {
      DetaineeId p = DetaineeId.of("p" + i);
      r = r.withDetainee(Detainee.of(p));
      r =
          r.withEvent(
              p,
              Event.builder()
                  .type(EventType.ARREST)
                  .date(LocalDate.of(2025, 1, 1).plusDays(i))
                  .facility(i < 9 ? f : FacilityId.of("f2"))
                  .source(Source.of(HOSTILE))
                  .build());
    }
    return r;
  }

  private static FreedomReport report() {
    return FreedomReport.of(registry().asOf(D), ReportOptions.builder().since(LocalDate.of(2025, 1, 1)).build());
  }

  private static String page(Language language) {
    FreedomReport report = report();
    CategorySeries series =
        CategorySeries.of(registry().asOf(D), LocalDate.of(2025, 1, 1), CategorySeries.Interval.MONTH);
    return report.toHtml(language, Optional.of(series));
  }

  @Test
  void hostileRegistryValuesComeOutAsText() throws Exception {
    for (Language l : Language.values()) {
      String html =
          FreedomReport.of(registry().asOf(D).fromSources(Set.of(Source.of(HOSTILE))))
              .toHtml(l, Optional.empty());
      assertFalse(html.contains("<script"), "a script element");
      assertFalse(html.contains("alert(1)</"), "markup of the registry");
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"), "escaped text");
      String withChart = page(l);
      assertFalse(withChart.contains("<script"));
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "report-hostile-" + l.code() + ".html"), withChart, StandardCharsets.UTF_8);
    }
  }

  @Test
  void thePageIsSelfContained() {
    for (Language l : Language.values()) {
      String html = page(l);
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + l.code() + "\">"));
      assertFalse(html.contains("<script"), "no script");
      assertFalse(html.contains("<link"), "no external stylesheet");
      assertFalse(html.contains("@import"), "no imported stylesheet");
      assertFalse(html.contains("url("), "no external font or image");
      assertFalse(html.contains("src="), "no external resource");
      // the one link is the methodology's, to be followed, never fetched
      Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
      List<String> links = new ArrayList<>();
      while (href.find()) {
        links.add(href.group(1));
      }
      assertEquals(List.of(HtmlRenderer.METHODOLOGY), links);
      assertTrue(html.contains("@media print") && html.contains("size: A4"), "prints on A4");
      assertTrue(html.contains("name=\"viewport\""), "reads on a phone");
    }
  }

  @Test
  void tablesHaveColumnAndRowHeadersAndTheChartATextAlternative() {
    String html = page(Language.EN);
    int tables = count(html, "<table");
    assertTrue(tables >= 8, "tables: " + tables);
    assertEquals(tables, count(html, "<thead>"), "every table has a header row");
    assertTrue(count(html, "<th scope=\"row\">") > 50);
    assertEquals(0, count(html, "<th>"), "every header cell has a scope");
    assertTrue(html.contains("role=\"img\" aria-label=\"People by freedom category"), "the chart is named");
    assertTrue(html.contains("<table id=\"chart-table\">"), "the chart's figures as a table");
    assertTrue(html.contains("How to read this") && html.contains("docs/reports.md"));
  }

  @Test
  void theHiddenCellsAreThoseOfTheOtherFormats() throws Exception {
    FreedomReport report = RenderingTest.mixed(5);
    String html = report.toHtml(Language.EN, Optional.empty());
    long hidden = 0;
    for (Breakdown b : report.breakdowns()) {
      for (String key : b.rows().keySet()) {
        for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
          hidden += b.cell(key, c).isEmpty() ? 1 : 0;
        }
      }
    }
    assertTrue(hidden > 0, "some breakdown cells are hidden");
    int shown = count(html, "<td class=\"n\">x</td>");
    assertTrue(shown >= hidden, shown + " hidden cells shown, " + hidden + " hidden");
    assertEquals(count(report.render(ReportFormat.TEXT, Language.EN), "  x"), shown,
        "as many hidden cells as in the text");
    assertTrue(
        html.contains("<dd class=\"figure\" data-figure=\"/population\">" + report.population() + "</dd>")
            || report.population() >= 1000);
  }

  @Test
  void spanishPagesUseSpanishWordsAndNumbers() {
    String html = page(Language.ES);
    assertTrue(html.contains("Cómo leer este informe"));
    assertTrue(html.contains("Personas por categoría de libertad"));
    assertTrue(html.contains("Al 2025-06-01, según lo sabido el 2025-06-01"));
  }

  /**
   * The whole page, the style sheet aside: title, dateline, headline cards, chart and its table,
   * the report's sections and the notes on how to read. The claims registry from its three named
   * sources (the headline counting claims, each source named), and the mixed registry as known
   * on an earlier day (the title says so), its chart with hidden cells.
   */
  @ParameterizedTest
  @CsvSource({
    "claims-sources, 1, EN",
    "mixed, 5, ES",
    "mixed, 1, EN",
  })
  void theWholePageIsTheExpectedOne(String registry, int minCell, Language language) throws IOException {
    RegistryView view =
        registry.equals("mixed") ? RenderingTest.mixedView() : ClaimsReportTest.view("sources");
    LocalDate since = registry.equals("mixed") ? LocalDate.of(2024, 6, 1) : LocalDate.of(2026, 1, 1);
    FreedomReport report =
        FreedomReport.of(view, ReportOptions.builder().minCell(minCell).since(since).build());
    CategorySeries series = CategorySeries.of(view, since, CategorySeries.Interval.MONTH);
    String name = registry + "-min" + minCell + "-" + language.code() + ".html";
    String actual =
        report.toHtml(language, Optional.of(series)).replaceFirst("(?s)<style>\\n.*</style>", "<style></style>");
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name), actual, StandardCharsets.UTF_8);
    assertEquals(expected(name), actual, "compare with " + OUT.resolve(name));
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacterAndTabsAndLineFeedsStay() {
    assertEquals(
        "a\uFFFDb\tc\nd\uFFFD \uFFFDe\uFFFDf\uFFFDg\u00a0h~",
        Html.escape("a\u0000b\tc\nd\u001f \u007fe\u0080f\u009fg\u00a0h~"));
  }

  private static String expected(String name) throws IOException {
    Path file = EXPECTED.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no file " + file + ")";
  }

  @Test
  void thePaletteStaysDistinctUnderSimulatedColourBlindness() {
    List<String> colours = new ArrayList<>(SvgChart.COLORS.values());
    colours.add(SvgChart.HIDDEN);
    // Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB
    Map<String, double[][]> simulations =
        Map.of(
            "none", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia",
                new double[][] {
                  {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
                },
            "deuteranopia",
                new double[][] {
                  {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
                },
            "tritanopia",
                new double[][] {
                  {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
                });
    simulations.forEach(
        (name, m) -> {
          double worst = Double.MAX_VALUE;
          for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
              worst = Math.min(worst, distance(lab(simulate(colours.get(i), m)), lab(simulate(colours.get(j), m))));
            }
          }
          assertTrue(worst > 15, name + ": two colours only " + worst + " CIELAB units apart");
        });
  }

  private static double[] simulate(String hex, double[][] m) {
    double[] linear = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    double[] out = new double[3];
    for (int r = 0; r < 3; r++) {
      out[r] = Math.min(1, Math.max(0, m[r][0] * linear[0] + m[r][1] * linear[1] + m[r][2] * linear[2]));
    }
    return out;
  }

  /** Returns CIELAB (D65) of linear RGB. */
  private static double[] lab(double[] rgb) {
    double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
