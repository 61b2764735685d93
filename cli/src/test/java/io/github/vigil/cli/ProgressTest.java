package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void stepsOverwriteOneLineAndCloseClearsIt() {
    StringWriter text = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(text), true)) {
      progress.step("reading the registry");
      progress.step("counting");
    }
    assertEquals(
        "\rvigil: reading the registry"
            + "\rvigil: counting" + " ".repeat("reading the registry".length() - "counting".length())
            + "\r" + " ".repeat("vigil: counting".length()) + "\r",
        text.toString());
  }

  @Test
  void withoutATerminalNothingIsWritten() {
    StringWriter text = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(text), false)) {
      progress.step("reading the registry");
    }
    assertEquals("", text.toString());
  }
}
