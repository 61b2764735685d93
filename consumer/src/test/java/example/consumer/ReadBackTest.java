package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryReader;
import io.github.vigil.jackson.VigilModule;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.PublishedReport;
import io.github.vigil.reporting.ReportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The application's own ObjectMapper writes a report and reads it back, as a user's would. */
class ReadBackTest {
  private static final Path REGISTRY = Path.of(System.getProperty("consumer.registry"));
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new VigilModule());

  @Test
  void aReportWrittenByTheApplicationsMapperIsReadBackIntoWhatItPublished() throws IOException {
    ReadResult read = RegistryReader.read(REGISTRY);
    LocalDate date = LocalDate.of(2026, 6, 1);
    FreedomReport report = FreedomReport.of(read.registry().asOf(date),
        ReportOptions.builder().since(LocalDate.of(2026, 1, 1)).build());

    String json = MAPPER.writeValueAsString(report);
    PublishedReport back = MAPPER.readValue(json, PublishedReport.class);

    assertEquals(report.published(), back);
    assertEquals(json, MAPPER.writeValueAsString(back));
    assertEquals(date, back.asOf());
    assertEquals(report.population(), back.population());
    assertEquals(report.categories().get(FreedomCategory.FULL), back.categories().get(FreedomCategory.FULL));
    assertTrue(back.flows().isPresent());
    assertEquals(report.byFacility().cell("helicoide", FreedomCategory.CONDITIONAL),
        back.breakdown("byFacility").cell("helicoide", FreedomCategory.CONDITIONAL));
  }

  @Test
  void aRiskReportWrittenByTheApplicationsMapperIsReadBackWhole() throws IOException {
    RiskReport report = RiskReport.of(RegistryReader.read(REGISTRY).registry().asOf(LocalDate.of(2026, 6, 1)));

    String json = MAPPER.writeValueAsString(report);
    RiskReport back = MAPPER.readValue(json, RiskReport.class);

    assertEquals(report, back);
    assertEquals(json, MAPPER.writeValueAsString(back));
  }

  @Test
  void aReportsJsonIsNotReadIntoAFreedomReport() {
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue(
        FreedomReport.of(RegistryReader.read(REGISTRY).registry().asOf(LocalDate.of(2026, 1, 10))).toJson(),
        FreedomReport.class));
  }
}
