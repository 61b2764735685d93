package io.github.vigil.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens files as strict UTF-8 text. The reader knows the line of every character it decodes, so
 * that bytes that are not UTF-8 are reported at their own line, not where a parser happened to
 * be when the decoder ran ahead of it.
 */
final class Utf8 {
  private static final int BUFFER = 1 << 16;

  private Utf8() {}

  /**
   * Returns a reader of {@code path} that throws {@link NotUtf8Exception}, naming the line, on
   * bytes that are not UTF-8, and skips a leading byte order mark.
   */
  static Reader open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      StrictReader reader = new StrictReader(in);
      reader.skipByteOrderMark();
      return reader;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Bytes that are not UTF-8 text, at a known line (the first is line 1). */
  static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final long line;

    NotUtf8Exception(long line) {
      this.line = line;
    }

    /** Returns the line of the first byte that is not UTF-8. */
    long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return "not UTF-8 text at line " + line;
    }
  }

  /** Decodes strictly, counting {@code \n}, {@code \r\n} and {@code \r} as line ends. */
  private static final class StrictReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long line = 1;
    private boolean afterCarriageReturn;

    StrictReader(InputStream in) {
      this.in = in;
    }

    void skipByteOrderMark() throws IOException {
      if (fill() && chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!chars.hasRemaining() && !fill()) {
        return -1;
      }
      int n = Math.min(length, chars.remaining());
      chars.get(target, offset, n);
      return n;
    }

    /**
     * Decodes more characters into {@code chars}, which must be empty (both callers make sure of
     * it); returns false at the end of the input.
     */
    private boolean fill() throws IOException {
      if (flushed) {
        return false;
      }
      chars.clear();
      try {
        while (true) {
          int before = chars.position();
          CoderResult r = endOfInput && !bytes.hasRemaining() && !flushed
              ? flush()
              : decoder.decode(bytes, chars, endOfInput);
          count(before, chars.position());
          if (r.isError()) {
            throw new NotUtf8Exception(line);
          }
          // no overflow without characters: `chars` is empty before each decode, with room for many
          if (chars.position() > 0) {
            return true;
          }
          if (endOfInput) {
            if (flushed) {
              return false;
            }
            continue;
          }
          bytes.compact();
          int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (read < 0) {
            endOfInput = true;
          } else {
            bytes.position(bytes.position() + read);
          }
          bytes.flip();
        }
      } finally {
        chars.flip();
      }
    }

    /**
     * Ends the decoding; called once every byte was decoded, so that the last decode has nothing
     * left to read (it cannot fail or overflow) and only tells the decoder that the input ended.
     */
    private CoderResult flush() {
      decoder.decode(bytes, chars, true);
      flushed = true;
      return decoder.flush(chars);
    }

    private void count(int from, int to) {
      char[] a = chars.array();
      for (int i = from; i < to; i++) {
        char c = a[i];
        if (c == '\n') {
          if (!afterCarriageReturn) {
            line++;
          }
          afterCarriageReturn = false;
        } else if (c == '\r') {
          line++;
          afterCarriageReturn = true;
        } else {
          afterCarriageReturn = false;
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
