package io.github.vigil.io;

import static io.github.vigil.io.Folders.DETAINEES;
import static io.github.vigil.io.Folders.EVENTS_HEADER;
import static io.github.vigil.io.Folders.FACILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registry.properties}: its size limit, its byte order mark, its blank values. */
class PropertiesReadingTest {
  @TempDir Path dir;

  private Path folder(byte[] properties) throws IOException {
    Path f = Folders.folder(dir, FACILITIES, DETAINEES, EVENTS_HEADER);
    Files.write(f.resolve("registry.properties"), properties);
    return f;
  }

  /** {@code country=VE}, then a comment that pads the file to {@code size} bytes. */
  private static byte[] ofSize(int size) {
    String head = "country=VE\n#";
    return (head + "x".repeat(size - head.length() - 1) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void propertiesOfSixtyFourKibibytesAreReadAndOneByteMoreIsRefused() throws IOException {
    ReadResult r = Folders.read(folder(ofSize(65_536)));
    assertEquals("VE", r.registry().country().orElseThrow());
    Path f = folder(ofSize(65_537));
    assertEquals(
        "registry.properties is larger than 65536 bytes; it holds only the keys country, name and"
            + " claimed_sources",
        assertThrows(RegistryFormatException.class, () -> RegistryReader.read(f)).getMessage());
  }

  @Test
  void aFileOfJustAByteOrderMarkHoldsNoKey() throws IOException {
    ReadResult r = Folders.read(folder(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}));
    assertEquals(List.of(), r.warnings());
    assertTrue(r.registry().country().isEmpty());
  }

  @Test
  void blankValuesAreNoCountryAndNoName() throws IOException {
    ReadResult r = Folders.read(folder("country=  \nname=\t\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), r.warnings());
    assertTrue(r.registry().country().isEmpty());
    assertTrue(r.registry().name().isEmpty());
  }
}
