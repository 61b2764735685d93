package io.github.vigil.cli;

import io.github.vigil.core.Rejection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes rejected rows as {@code file:line: reason}, sorted by file and line as long as there are
 * at most {@value #SORTED} of them; past that, as they are found (each file in reading order, its
 * rows in line order, then the events that do not apply), so that memory stays bounded however
 * many rows a file holds. The switch is announced once, by {@code notice}.
 */
final class RejectionList implements Consumer<Rejection> {
  /** How many rejected rows are held to be written sorted. */
  static final int SORTED = 100_000;

  private final PrintWriter out;
  private final Function<Rejection, String> format;
  private final Runnable notice;
  private final List<Rejection> held = new ArrayList<>();
  private boolean streaming;
  private long written;

  /**
   * Returns a list written to {@code out}; {@code notice} runs once, when there are too many
   * rows to sort.
   */
  RejectionList(PrintWriter out, Runnable notice) {
    this(out, Rejection::toString, notice);
  }

  /**
   * Returns a list written to {@code out}, each row as {@code format} gives it (such as in
   * Spanish); {@code notice} runs once, when there are too many rows to sort.
   */
  RejectionList(PrintWriter out, Function<Rejection, String> format, Runnable notice) {
    this.out = out;
    this.format = format;
    this.notice = notice;
  }

  @Override
  public void accept(Rejection r) {
    if (streaming) {
      write(r);
      return;
    }
    held.add(r);
    if (held.size() > SORTED) {
      streaming = true;
      notice.run();
      held.forEach(this::write);
      held.clear();
    }
  }

  /** Writes the rows still held, sorted; call once every row was passed. */
  void finish() {
    Collections.sort(held);
    held.forEach(this::write);
    held.clear();
  }

  private void write(Rejection r) {
    out.println(format.apply(r));
    // a full disk or a closed pipe stops the command instead of reading on for nothing
    if (++written % 8192 == 0 && out.checkError()) {
      throw new OutputException();
    }
  }
}
