package io.github.vigil.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.vigil.conditions.risk.RiskReport;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.PublishedReport;
import io.github.vigil.reporting.ReportOptions;
import io.github.vigil.reporting.RiskRenderer;
import io.github.vigil.testkit.VigilGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Laws of the Jackson module, over the testkit's generated registries. */
class VigilModuleProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new VigilModule());
  private static final ObjectMapper INDENTING =
      new ObjectMapper().registerModule(new VigilModule()).enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void aMapperWritesEveryReportInTheReportsOwnJsonAndIndentingChangesOnlyTheLayout() {
    qt().withExamples(150)
        .forAll(
            VigilGen.registries(),
            VigilGen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)),
            org.quicktheories.generators.SourceDSL.integers().between(1, 6))
        .checkAssert(
            (registry, date, minCell) -> {
              FreedomReport report =
                  FreedomReport.of(
                      registry.withRejections(minCell, minCell - 1).asOf(date),
                      ReportOptions.builder().minCell(minCell).since(date.minusDays(30)).build());
              assertEquals(report.toJson(), write(MAPPER, report) + "\n");
              assertEquals(tree(report.toJson()), tree(write(INDENTING, report)));
            });
  }

  @Test
  void aMapperReadsWhatItWroteIntoWhatTheReportPublishedAndWritesThatInTheSameBytes() {
    qt().withExamples(150)
        .forAll(
            VigilGen.registries(),
            VigilGen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)),
            org.quicktheories.generators.SourceDSL.integers().between(1, 6),
            org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert(
            (registry, date, minCell, claims) -> {
              RegistryView view = registry.withRejections(minCell - 1, minCell / 2).asOf(date);
              FreedomReport report =
                  FreedomReport.of(
                      claims ? view.includingClaims() : view,
                      ReportOptions.builder().minCell(minCell).since(date.minusDays(30)).build());
              String written = write(MAPPER, report);
              PublishedReport read = read(written);
              assertEquals(report.published(), read);
              assertEquals(written, write(MAPPER, read));
              assertEquals(report.published(), read(write(INDENTING, report)));
            });
  }

  @Test
  void aMapperWritesEveryRiskReportAsTheRiskRendererDoesAndReadsItBackWhole() {
    qt().withExamples(100)
        .forAll(VigilGen.registries(), VigilGen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)))
        .checkAssert(
            (Registry registry, LocalDate date) -> {
              RiskReport report = RiskReport.of(registry.asOf(date));
              String written = write(MAPPER, report);
              assertEquals(RiskRenderer.json(report), written + "\n");
              RiskReport read = read(written, RiskReport.class);
              assertEquals(report, read);
              assertEquals(written, write(MAPPER, read));
              assertEquals(report, read(write(INDENTING, report), RiskReport.class));
            });
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PublishedReport read(String json) {
    return read(json, PublishedReport.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
