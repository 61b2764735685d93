package io.github.vigil.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict reader's contract as a {@link Reader}, below what the parsers ask of it. */
class Utf8Test {
  @TempDir Path dir;

  @Test
  void readingNoCharacterGivesZeroEvenAtTheEnd() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "ab", StandardCharsets.UTF_8);
    try (Reader r = Utf8.open(file)) {
      char[] buffer = new char[4];
      assertEquals(0, r.read(buffer, 0, 0));
      assertEquals(2, r.read(buffer, 0, 4));
      assertEquals(0, r.read(buffer, 0, 0));
      assertEquals(-1, r.read(buffer, 0, 4));
    }
  }

  @Test
  void bytesThatAreNotUtf8NameTheirLineInTheMessage() {
    assertEquals("not UTF-8 text at line 3", new Utf8.NotUtf8Exception(3).getMessage());
  }
}
