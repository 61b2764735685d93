package io.github.vigil.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.vigil.cli.sample.BundledSample;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.core.Registry;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.RiskRenderer;
import io.github.vigil.survival.IncidenceReport;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.survival.SurvivalReport;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VigilModuleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new VigilModule());

  @Test
  void aUsersMapperWritesTheSampleReportInTheCommandLinesBytes() throws IOException {
    FreedomReport report = FreedomReport.of(BundledSample.read().registry().asOf(DAY));

    String cli = vigil("report", "--as-of", DAY.toString(), "--format", "json");

    assertEquals(cli, MAPPER.writeValueAsString(report) + "\n");
  }

  @Test
  void aUsersMapperWritesTheSampleRiskReportInTheCommandLinesBytes() throws IOException {
    Registry registry = BundledSample.read().registry();
    RiskReport report = RiskReport.of(registry.asOf(DAY));

    String cli = vigil("risk", "--as-of", DAY.toString(), "--format", "json");

    assertEquals(cli, MAPPER.writeValueAsString(report) + "\n");
    assertEquals(RiskRenderer.json(report), MAPPER.writeValueAsString(report) + "\n");
  }

  @Test
  void anIndentingMapperWritesTheSameTreeIndented() throws IOException {
    FreedomReport report = FreedomReport.of(BundledSample.read().registry().asOf(DAY));
    ObjectMapper indenting =
        new ObjectMapper().registerModule(new VigilModule()).enable(SerializationFeature.INDENT_OUTPUT);

    String indented = indenting.writeValueAsString(report);

    assertTrue(indented.contains("\n  \"asOf\" : \"2026-01-15\""), indented);
    assertEquals(MAPPER.readTree(report.toJson()), MAPPER.readTree(indented));
  }

  @Test
  void valueToTreeGivesTheTreeOfTheJson() throws IOException {
    FreedomReport report = FreedomReport.of(BundledSample.read().registry().asOf(DAY));

    JsonNode tree = MAPPER.valueToTree(report);

    assertEquals(MAPPER.readTree(report.toJson()), tree);
    assertEquals(report.population(), tree.get("population").asLong());
  }

  @Test
  void survivalEstimatesAreWrittenAsTheirOwnWriterWritesThem() throws IOException {
    double[] times = {5, 8, 8, 12, 20, 21, 30, 34, 40, 41};
    boolean[] events = {true, false, true, true, false, true, true, false, true, false};
    SurvivalReport survival = SurvivalReport.fit(
        SurvivalData.builder(times, events).build(), io.github.vigil.survival.ReportOptions.defaults());
    IncidenceReport incidence = IncidenceReport.fit(SurvivalData.builder(times, events).build());

    // the writers end their document with a newline, as the command prints it
    assertEquals(own(survival), MAPPER.writeValueAsString(survival) + "\n");
    assertEquals(own(incidence), MAPPER.writeValueAsString(incidence) + "\n");
    assertTrue(MAPPER.readTree(own(survival)).get("km").size() > 0);
  }

  private static String own(SurvivalReport r) throws IOException {
    StringWriter out = new StringWriter();
    r.writeJson(out, Map.of());
    return out.toString();
  }

  private static String own(IncidenceReport r) throws IOException {
    StringWriter out = new StringWriter();
    r.writeJson(out, Map.of());
    return out.toString();
  }

  private static String vigil(String... args) {
    return Documents.vigil(args);
  }
}
