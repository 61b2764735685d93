package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.io.RegistryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Examples of each format, on the worked example of docs/format.md section 6 and the mixed registry. */
class RenderingTest {
  @Test
  void aReportOfARegistryReadFromFilesCarriesItsRejectionsWithoutTheCallersHelp() throws IOException {
    var read = RegistryReader.read(ConformanceTest.ROOT.resolve("mixed"));
    FreedomReport report = FreedomReport.of(read.registry().asOf(LocalDate.of(2025, 6, 1)));

    assertTrue(read.rejectedRows() > 0);
    assertEquals(read.rejectedRows(), report.rejectedRows());
    assertEquals(read.rejectedPeople(), report.rejectedPeople());
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertEquals(read.rejectedRows(), json.get("rejectedRows").asLong());
    assertEquals(read.rejectedPeople(), json.get("rejectedPeople").asLong());
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path OUT = Path.of("target/rendered");

  static Registry workedExample() throws IOException {
    return RegistryReader.read(ConformanceTest.ROOT.resolve("worked-example")).registry();
  }

  static FreedomReport mixed(int minCell) throws IOException {
    return FreedomReport.of(
        mixedView(),
        ReportOptions.builder()
            .minCell(minCell)
            .since(LocalDate.of(2024, 6, 1))
            .build());
  }

  /** The mixed registry as on 2025-06-01, as known on 2025-01-01. */
  static RegistryView mixedView() throws IOException {
    var loaded = RegistryReader.read(ConformanceTest.ROOT.resolve("mixed"));
    return loaded.registry().asOf(LocalDate.of(2025, 6, 1)).knownOn(LocalDate.of(2025, 1, 1));
  }

  static FreedomReport workedExampleReport() throws IOException {
    return FreedomReport.of(
        workedExample().asOf(LocalDate.of(2026, 1, 10)),
        ReportOptions.builder().since(LocalDate.of(2026, 1, 1)).build());
  }

  @Test
  void writesEveryFormatOfTheWorkedExampleForReading() throws IOException {
    Files.createDirectories(OUT);
    FreedomReport r = workedExampleReport();
    for (Language l : Language.values()) {
      for (ReportFormat f : ReportFormat.values()) {
        String text = r.render(f, l);
        assertFalse(text.isEmpty());
        Files.writeString(
            OUT.resolve("worked-example-" + l.code() + "." + f.name().toLowerCase(Locale.ROOT)),
            text,
            StandardCharsets.UTF_8);
      }
      Files.writeString(
          OUT.resolve("mixed-" + l.code() + ".text"), mixed(5).render(ReportFormat.TEXT, l));
      Files.writeString(
          OUT.resolve("mixed-" + l.code() + ".markdown"), mixed(5).render(ReportFormat.MARKDOWN, l));
    }
  }

  @Test
  void theWorkedExampleTextShowsTheCategoriesWithHonestPercentages() throws IOException {
    String text = workedExampleReport().render(ReportFormat.TEXT, Language.EN);
    assertTrue(text.startsWith("Freedom report as of 2026-01-10\n"), text);
    assertTrue(Pattern.compile("\nWhereabouts unknown +1 +33\\.3%\n").matcher(text).find(), text);
    assertTrue(
        Pattern.compile("\nReleased under measures or with an open case +1 +33\\.3%\n").matcher(text).find(),
        text);
    assertTrue(Pattern.compile("\nTotal +3 +100\\.0%\n").matcher(text).find(), text);
    assertTrue(Pattern.compile("\nReleases +2\n").matcher(text).find(), text);
  }

  @Test
  void theSpanishTextUsesTheRegistriesVocabulary() throws IOException {
    String text = workedExampleReport().render(ReportFormat.TEXT, Language.ES);
    assertTrue(text.startsWith("Informe de libertad al 2026-01-10\n"), text);
    assertTrue(text.contains("Paradero desconocido"), text);
    assertTrue(text.contains("Libertad plena"), text);
    assertTrue(text.contains("Excarcelaciones"), text);
    assertTrue(text.contains("33,3 %"), text);
  }

  @Test
  void percentagesAreRoundedHonestly() {
    Labels en = Labels.of(Language.EN);
    assertEquals("1.1%", en.percent(11, 1000));
    assertEquals("33.3%", en.percent(1, 3));
    assertEquals("66.7%", en.percent(2, 3));
    assertEquals("<0.1%", en.percent(1, 100_000));
    assertEquals(">99.9%", en.percent(99_999, 100_000));
    assertEquals("100.0%", en.percent(7, 7));
    assertEquals("0.0%", en.percent(0, 7));
    assertEquals("–", en.percent(0, 0));
    assertEquals("1,1 %", Labels.of(Language.ES).percent(11, 1000));
    assertEquals("1,000", en.number(1000));
    assertEquals("1.234.567", Labels.of(Language.ES).number(1_234_567));
    assertEquals("999", en.number(999));
  }

  @Test
  void decimalsKeepTheirSignAndTheLanguagesMarks() {
    Labels en = Labels.of(Language.EN);
    assertEquals("-0.5", en.number(-0.5));
    assertEquals("-2.25", en.number(-2.25));
    assertEquals("0", en.number(0.0));
    assertEquals("7", en.number(7.0));
    assertEquals("1,234.5", en.number(1234.5));
    assertEquals("-0,25", Labels.of(Language.ES).number(-0.25));
  }

  @Test
  void everyFormatHidesTheSameCellsAndNoneLooksLikeAZero() throws IOException {
    FreedomReport r = mixed(5);
    assertTrue(r.suppression().hiddenCount() > 0);
    JsonNode json = MAPPER.readTree(r.toJson());
    String csv = r.render(ReportFormat.CSV, Language.EN);
    int hidden = 0;
    for (Breakdown b : r.breakdowns()) {
      for (String key : b.rows().keySet()) {
        for (FreedomCategory c : CategoryCounts.REPORT_ORDER) {
          boolean h = b.isHidden(key, c);
          hidden += h ? 1 : 0;
          assertEquals(h, json.get(b.name()).get(key).get(c.name()).isNull(), b.name() + key + c);
          String line = "\n" + b.name() + "," + key + "," + c.name() + ",";
          int at = csv.indexOf(line);
          String row = csv.substring(at + 1, csv.indexOf('\n', at + 1));
          assertEquals(h, row.endsWith(",,true"), row);
          assertEquals(!h, row.endsWith(",false") && !row.endsWith(",,false"), row);
        }
      }
    }
    assertEquals(r.suppression().hiddenCount(), hidden);
    String whole = r.render(ReportFormat.TEXT, Language.EN);
    String text = whole.substring(whole.indexOf("\nBy facility")); // the breakdowns
    assertEquals(hidden, Pattern.compile("  x(?= |\n)").matcher(text).results().count(), text);
    assertTrue(text.contains("\nx marks a hidden cell: fewer than 5 people"), text);
    String wholeMd = r.render(ReportFormat.MARKDOWN, Language.ES);
    String md = wholeMd.substring(wholeMd.indexOf("\n## Por centro de reclusión"));
    assertEquals(hidden, Pattern.compile("\\| +x \\|").matcher(md.replace("| x |", "| x || x |")).results().count() / 2 * 0 + md.split("\\| +x(?= \\|)", -1).length - 1, md);
    assertTrue(md.contains("x indica una celda oculta"), md);
    assertEquals(3, json.get("categories").get("WHEREABOUTS_UNKNOWN").asInt());
  }

  @Test
  void csvHasOneRowPerCellThenTheFiguresOfWhatIsLeftOut() throws IOException {
    FreedomReport r = mixed(1);
    List<String> lines =
        Splitter.on('\n').omitEmptyStrings().splitToList(r.render(ReportFormat.CSV, Language.EN));
    int rows = 1;
    for (Breakdown b : r.breakdowns()) {
      rows += b.rows().size();
    }
    int cells = 8 * rows;
    int figures = 3 + 5 + 7 + (7 + 8) + 5 * 11; // left out; groups and deaths; outcomes; flows; durations
    assertEquals(1 + cells + figures, lines.size());
    assertEquals("breakdown,key,category,category_label,count,suppressed", lines.get(0));
    assertEquals("total,,DETAINED,Detained,17,false", lines.get(1));
    assertEquals("figure,rejectedRows,,Rejected rows,44,false", lines.get(9));
  }

  @Test
  void jsonKeysAreInTheOrderOfTheFormat() throws IOException {
    JsonNode json = MAPPER.readTree(workedExampleReport().toJson());
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    assertEquals(
        List.of(
            "formatVersion", "asOf", "knownAsOf", "population", "rearrests", "rejectedRows",
            "skippedEvents", "rejectedPeople", "peopleWithEventsNotYetKnown", "categories", "groups", "deprivedOfLibertyWithoutConviction",
            "approximateDates", "releaseOrdersNotExecuted", "releaseOrderWaits", "byFacility", "byAffiliation",
            "byVulnerableGroup", "byRegion", "byAgency", "byGender", "byAgeBand", "byNationality", "byProfile",
            "flows", "deceased", "caseOutcomes", "durations", "minCell", "policy"),
        keys);
    List<String> categories = new ArrayList<>();
    json.get("categories").fieldNames().forEachRemaining(categories::add);
    assertEquals(
        List.of(
            "DETAINED", "WHEREABOUTS_UNKNOWN", "RELEASE_PENDING", "HOUSE_ARREST", "CONDITIONAL",
            "FULL", "EXILED", "DECEASED"),
        categories);
    assertEquals(1, json.get("groups").get("deprivedOfLiberty").asInt());
    assertEquals(2, json.get("groups").get("atLiberty").asInt());
  }

  @Test
  void theSameReportGivesTheSameBytesWhateverTheDefaultLocaleOrTimeZone() throws IOException {
    FreedomReport r = mixed(5);
    CategorySeries series =
        CategorySeries.of(
            workedExample().asOf(LocalDate.of(2026, 2, 28)),
            LocalDate.of(2025, 3, 1),
            CategorySeries.Interval.MONTH);
    List<String> before = everything(r, series);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String tag : List.of("de-DE", "ar", "es-VE", "hi-IN-u-nu-deva", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone(tag.startsWith("ar") ? "Asia/Riyadh" : "Pacific/Kiritimati"));
        assertEquals(before, everything(r, series), tag);
        assertEquals(before, everything(mixed(5), series), tag);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static List<String> everything(FreedomReport r, CategorySeries series) {
    List<String> out = new ArrayList<>();
    for (Language l : Language.values()) {
      for (ReportFormat f : ReportFormat.values()) {
        out.add(r.render(f, l));
      }
      out.add(series.toSvg(l));
    }
    return out;
  }

  @Test
  void theChartIsWellFormedSelfContainedSvg() throws Exception {
    Registry registry = RegistryReader.read(ConformanceTest.ROOT.resolve("mixed")).registry();
    CategorySeries series =
        CategorySeries.of(
            registry.asOf(LocalDate.of(2025, 12, 31)), LocalDate.of(2024, 1, 1), CategorySeries.Interval.MONTH);
    assertEquals(24, series.points().size());
    Files.createDirectories(OUT);
    for (Language l : Language.values()) {
      String svg = series.toSvg(l);
      Files.writeString(OUT.resolve("chart-mixed-" + l.code() + ".svg"), svg, StandardCharsets.UTF_8);
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      var doc =
          f.newDocumentBuilder()
              .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertEquals("svg", doc.getDocumentElement().getLocalName());
      assertFalse(svg.contains("href"), "no external reference");
      assertFalse(svg.contains("<script"), "no script");
    }
    assertTrue(series.toSvg(Language.ES).contains("Paradero desconocido"));
    CategorySeries weekly =
        CategorySeries.of(
            registry.asOf(LocalDate.of(2024, 3, 31)), LocalDate.of(2024, 1, 1), CategorySeries.Interval.WEEK);
    assertEquals(LocalDate.of(2024, 1, 7), weekly.points().get(0).asOf());
    assertEquals(LocalDate.of(2024, 1, 8), weekly.points().get(1).start());
    assertEquals(LocalDate.of(2024, 3, 31), weekly.points().get(weekly.points().size() - 1).asOf());
  }

  @Test
  void optionsAndArgumentsAreChecked() throws IOException {
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.builder().minCell(0).build());
    assertThrows(IllegalArgumentException.class, () -> Registry.empty().withRejections(-1, 0));
    Registry r = workedExample();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FreedomReport.of(
                r.asOf(LocalDate.of(2026, 1, 10)),
                ReportOptions.builder().since(LocalDate.of(2026, 1, 11)).build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> CategorySeries.of(r.asOf(LocalDate.of(2026, 1, 10)), LocalDate.of(2026, 1, 11), CategorySeries.Interval.DAY));
    assertThrows(IllegalArgumentException.class, () -> Language.of("fr"));
    assertEquals(Language.ES, Language.of("ES"));
    assertThrows(IllegalArgumentException.class, () -> ReportFormat.of("pdf"));
    assertEquals(ReportFormat.MARKDOWN, ReportFormat.of("markdown"));
  }

  @Test
  void noNameOrNoteEverAppearsInAnyOutput() throws IOException {
    FreedomReport r = mixed(1);
    for (Language l : Language.values()) {
      for (ReportFormat f : ReportFormat.values()) {
        String out = r.render(f, l);
        assertFalse(out.contains("Name0") || out.contains("Surname") || out.contains("note "), f + " " + l);
      }
    }
    assertFalse(r.toString().contains("Name0"));
  }
}
