package io.github.vigil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.examples.sample.SampleRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void reportInAppReadsFiguresFromTheReport() {
    List<String> out = lines(o -> ReportInApp.run(SampleRegistry.generate(), o));
    assertEquals(4, out.size(), out.toString());
    assertTrue(out.get(0).startsWith("as of 2026-01-15: 1100 people"), out.get(0));
    assertTrue(out.get(3).endsWith("verified by foro-penal or family: 11"), out.get(3));
  }
}
