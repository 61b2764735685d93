package io.github.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FileCountsTest {
  @Test
  void aNegativeCountOfRejectedRowsIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> FileCounts.of("events.csv", 1, -1));
    assertEquals("events.csv: rejected -1 of 1", e.getMessage());
  }

  @Test
  void moreRowsRejectedThanReadAreRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> FileCounts.of("events.csv", 1, 2));
    assertEquals("events.csv: rejected 2 of 1", e.getMessage());
  }
}
