package example.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measure;
import io.github.vigil.core.Registry;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryReader;
import io.github.vigil.jackson.VigilModule;
import io.github.vigil.reporting.CategoryCounts;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.Language;
import io.github.vigil.reporting.PublishedReport;
import io.github.vigil.reporting.ReportFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The README's ten lines, then a registry read from files and its report: what an application
 * embedding Vigil does.
 */
public final class WeeklyReport {
  private WeeklyReport() {}

  /**
   * Prints the README example's count, then the report of the registry {@code args[0]} as of
   * {@code args[1]}: one line of figures and the JSON document.
   *
   * @param args the registry's folder or file, and the report's date (ISO)
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: weekly-report REGISTRY DATE");
      System.exit(2);
    }
    // The README's ten lines.
    DetaineeId a = DetaineeId.of("A");
    FacilityId helicoide = FacilityId.of("helicoide");
    Registry registry = Registry.empty().withCountry("VE")
        .withFacility(Facility.of(helicoide, FacilityKind.INTELLIGENCE))
        .withDetainee(Detainee.of(a))
        .withEvent(a, Event.of(EventType.ARREST, LocalDate.of(2025, 3, 1), helicoide))
        .withEvent(a, Event.of(EventType.RELEASE_ORDER, LocalDate.of(2026, 1, 8),
            Measure.parse("COURT_APPEARANCE(P30D)"), Measure.parse("SPEECH_BAN")))
        .withEvent(a, Event.of(EventType.RELEASE, LocalDate.of(2026, 1, 9)));
    FreedomReport report = FreedomReport.of(registry.asOf(LocalDate.of(2026, 1, 10)));
    long conditional = report.categories().get(FreedomCategory.CONDITIONAL);
    String json = report.render(ReportFormat.JSON, Language.EN);
    System.out.println("README: conditional " + conditional + ", " + json.length() + " characters of JSON");

    // A registry read from files, and its report.
    ReadResult read = RegistryReader.read(Path.of(args[0]));
    FreedomReport weekly = FreedomReport.of(read.registry().asOf(LocalDate.parse(args[1])));
    StringBuilder line = new StringBuilder()
        .append("registry: population ").append(weekly.population())
        .append(", rejected rows ").append(read.rejections().size());
    CategoryCounts categories = weekly.categories();
    for (FreedomCategory category : CategoryCounts.REPORT_ORDER) {
      if (categories.get(category) > 0) {
        line.append(", ").append(category).append(' ').append(categories.get(category));
      }
    }
    System.out.println(line);

    // The application's own ObjectMapper writes the report, and reads what it wrote back: what
    // the report published (a hidden cell is empty), equal to the report's own.
    ObjectMapper mapper = new ObjectMapper().registerModule(new VigilModule());
    try {
      String written = mapper.writeValueAsString(weekly);
      PublishedReport back = mapper.readValue(written, PublishedReport.class);
      boolean same = back.equals(weekly.published())
          && back.rejectedRows() == read.rejectedRows()
          && mapper.writeValueAsString(back).equals(written);
      System.out.println("jackson: " + written.length() + " characters, read back "
          + (same ? "equal" : "DIFFERENT"));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print(weekly.render(ReportFormat.JSON, Language.EN));
  }
}
