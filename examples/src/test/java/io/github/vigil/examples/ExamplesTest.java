package io.github.vigil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.vigil.cli.sample.SampleRegistry;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.Language;
import io.github.vigil.reporting.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  private static List<String> lines(java.util.function.Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void buildHistoryShowsDetainedThenPendingThenConditionalThenARefusal() {
    List<String> out = lines(BuildHistory::run);
    assertEquals(4, out.size(), out.toString());
    assertTrue(out.get(0).startsWith("2025-12-31: DETAINED"), out.get(0));
    assertTrue(out.get(1).startsWith("2026-01-09: RELEASE_PENDING"), out.get(1));
    assertTrue(out.get(2).startsWith("2026-02-01: CONDITIONAL"), out.get(2));
    assertTrue(out.get(3).startsWith("refused: ") && out.get(3).contains("P-EXAMPLE"), out.get(3));
  }

  /** The ten lines of the README, verbatim. */
  @Test
  void theReadmeExampleCountsOneConditionalRelease() {
    DetaineeId a = DetaineeId.of("A");
    FacilityId helicoide = FacilityId.of("helicoide");
    Registry registry = Registry.empty().withCountry("VE")
        .withFacility(Facility.of(helicoide, FacilityKind.INTELLIGENCE))
        .withDetainee(Detainee.of(a))
        .withEvent(a, Event.of(EventType.ARREST, LocalDate.of(2025, 3, 1), helicoide))
        .withEvent(a, Event.of(EventType.RELEASE_ORDER, LocalDate.of(2026, 1, 8),
            Measure.parse("COURT_APPEARANCE(P30D)"), Measure.parse("SPEECH_BAN")))
        .withEvent(a, Event.of(EventType.RELEASE, LocalDate.of(2026, 1, 9)));  // takes the order's measures
    FreedomReport report = FreedomReport.of(registry.asOf(LocalDate.of(2026, 1, 10)));
    long conditional = report.categories().get(FreedomCategory.CONDITIONAL);  // 1: released, not free
    String json = report.render(ReportFormat.JSON, Language.EN);               // docs/format.md section 5

    assertEquals(1, conditional);
    assertEquals(1, report.population());
    assertTrue(json.contains("\"CONDITIONAL\":1"), json);
  }

  @Test
  void reportInAppReadsFiguresFromTheReport() {
    List<String> out = lines(o -> ReportInApp.run(SampleRegistry.generate(), o));
    assertEquals(4, out.size(), out.toString());
    assertTrue(out.get(0).startsWith("as of 2026-01-15: 1100 people"), out.get(0));
    assertTrue(out.get(3).endsWith("verified by foro-penal or family: 11"), out.get(3));
  }
}
