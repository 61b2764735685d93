package io.github.vigil.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens files as strict UTF-8 text. */
final class Utf8 {
  private static final int BUFFER = 1 << 16;

  private Utf8() {}

  /**
   * Returns a reader of {@code path} that throws {@link
   * java.nio.charset.CharacterCodingException} on bytes that are not UTF-8, and skips a leading
   * byte order mark.
   */
  static Reader open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      Reader decoded =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      PushbackReader reader = new PushbackReader(new BufferedReader(decoded, BUFFER), 1);
      int first = reader.read();
      if (first >= 0 && first != '\uFEFF') {
        reader.unread(first);
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
