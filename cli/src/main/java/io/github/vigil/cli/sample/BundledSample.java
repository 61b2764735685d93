package io.github.vigil.cli.sample;

import io.github.vigil.core.Rejection;
import io.github.vigil.io.ReadOptions;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryFormatException;
import io.github.vigil.io.RegistryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The synthetic sample registry bundled in the {@code vigil} jar (as the resources under {@code
 * /sample-registry/}), read with the io module's reader straight from the jar, without
 * extracting it.
 */
public final class BundledSample {
  /** The folder of the bundled sample among the resources. */
  public static final String RESOURCE_FOLDER = "/sample-registry";

  private BundledSample() {}

  /**
   * Reads the bundled sample.
   *
   * @return the registry, with no rejection
   * @throws IllegalStateException if the sample is missing from the class path
   * @throws RegistryFormatException if the bundled files cannot be read
   * @throws UncheckedIOException if the jar cannot be opened
   */
  public static ReadResult read() {
    return read(RegistryReader::read);
  }

  /**
   * Reads the bundled sample with the given options, passing any rejection to {@code
   * rejections}.
   *
   * @return the registry; it has no rejection unless {@code today} is before its latest date
   * @throws IllegalStateException if the sample is missing from the class path
   * @throws RegistryFormatException if the bundled files cannot be read
   * @throws UncheckedIOException if the jar cannot be opened
   */
  public static ReadResult read(ReadOptions options, Consumer<? super Rejection> rejections) {
    return read(folder -> RegistryReader.read(folder, options, rejections));
  }

  private static ReadResult read(Function<Path, ReadResult> reader) {
    URL marker = BundledSample.class.getResource(RESOURCE_FOLDER + "/" + RegistryReader.PROPERTIES);
    if (marker == null) {
      throw new IllegalStateException("the sample registry is not on the class path");
    }
    URI uri;
    try {
      uri = marker.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the sample registry has an unusable location", e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return reader.apply(jar.getPath(RESOURCE_FOLDER));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the jar holding the sample registry", e);
      }
    }
    Path properties = Path.of(uri);
    return reader.apply(Objects.requireNonNull(properties.getParent(), "sample folder"));
  }
}
