package io.github.vigil.sheets;

import io.github.vigil.core.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers of the sheets module's tests. */
final class Sheets {
  private Sheets() {}

  /** Returns a test resource's path. */
  static Path resource(String name) {
    try {
      return Path.of(Sheets.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code lines}, each ended by CR LF, to {@code dir/name} in {@code charset}. */
  static Path write(Path dir, String name, Charset charset, String... lines) {
    try {
      Path p = dir.resolve(name);
      Files.write(p, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every line a keeper sees: notes, warnings, rejections. */
  static List<String> everything(ImportResult r) {
    List<String> out = new ArrayList<>(r.notes());
    out.addAll(r.warnings());
    r.rejections().stream().map(Rejection::toString).forEach(out::add);
    return out;
  }

  /** Returns the rejections as {@code origin: reason} lines. */
  static List<String> rejections(ImportResult r) {
    return r.rejections().stream().map(Rejection::toString).toList();
  }
}
