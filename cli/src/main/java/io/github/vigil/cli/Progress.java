package io.github.vigil.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * Shows what a long command is doing on one overwritten line of standard error, when it is a
 * terminal ({@code System.console() != null}); quiet otherwise, so pipes and logs stay clean.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final boolean enabled;
  private int width;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Returns progress on {@code err}, shown only when the process has a terminal. */
  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, hasTerminal());
  }

  /**
   * Returns whether the process has a terminal. On Java 17 to 21 that is {@code System.console()
   * != null}; from Java 22 a console may exist without a terminal, so its {@code isTerminal()} is
   * asked too (through reflection, as the code is compiled for Java 17).
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  static boolean hasTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Shows {@code step}, replacing the previous step. */
  void step(String step) {
    if (!enabled) {
      return;
    }
    String line = "vigil: " + step;
    StringBuilder out = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < width; i++) {
      out.append(' ');
    }
    width = line.length();
    err.print(out);
    err.flush();
  }

  /** Clears the progress line, so that messages can follow. */
  @Override
  public void close() {
    clear();
  }

  /** Clears the progress line, so that messages can follow; later steps show again. */
  void clear() {
    if (enabled && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
