package io.github.vigil.cli;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.internal.Echo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --pseudonymize} and {@code --pseudonym-key-file} options, mixed into every command
 * that prints detainee ids. The key is read from the file named by {@code --pseudonym-key-file}
 * or, without it, from the environment variable {@value #KEY_VARIABLE}; it is never given on the
 * command line itself, where other users of the machine and the shell's history would see it.
 */
public final class PseudonymOptions {
  /** The environment variable holding the key when no key file is given. */
  public static final String KEY_VARIABLE = "VIGIL_PSEUDONYM_KEY";

  /** Reads environment variables; replaced in tests. */
  static Function<String, Optional<String>> environment = k -> Optional.ofNullable(System.getenv(k));

  @Spec(Spec.Target.MIXEE)
  @Nullable CommandSpec mixee;

  @Option(
      names = "--pseudonymize",
      description =
          "Write each id as a keyed pseudonym (HMAC-SHA256, 32 hex digits), the same for the same"
              + " key, so the list can be shared without the registry's ids. The key comes from"
              + " --pseudonym-key-file or the environment variable " + KEY_VARIABLE + ".")
  boolean pseudonymize;

  @Option(
      names = "--pseudonym-key-file",
      paramLabel = "FILE",
      description =
          "A file holding the pseudonym key (at least 16 bytes; one final line end is ignored).")
  @Nullable Path keyFile;

  PseudonymOptions() {}

  /**
   * Returns how ids are written: as they are, or as pseudonyms with {@code --pseudonymize}.
   *
   * @throws ParameterException if a key file is given without {@code --pseudonymize}, or with it
   *     no key is found, the key file cannot be read or the key is too short
   */
  Function<DetaineeId, String> ids() {
    if (!pseudonymize) {
      if (keyFile != null) {
        throw usage("--pseudonym-key-file is only used with --pseudonymize");
      }
      return DetaineeId::value;
    }
    byte[] key;
    Path file = keyFile;
    if (file != null) {
      try {
        key = Files.readAllBytes(file);
      } catch (IOException e) {
        throw usage(
            "cannot read the pseudonym key file '" + Echo.line(file.toString()) + "' ("
                + e.getClass().getSimpleName() + ")");
      }
      key = withoutFinalLineEnd(key);
    } else {
      String value = environment.apply(KEY_VARIABLE).orElse("");
      if (value.isEmpty()) {
        throw usage(
            "--pseudonymize needs a key: give --pseudonym-key-file FILE or set " + KEY_VARIABLE);
      }
      key = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    if (key.length < Pseudonymizer.MIN_KEY_BYTES) {
      throw usage(
          "the pseudonym key must be at least " + Pseudonymizer.MIN_KEY_BYTES + " bytes, was "
              + key.length);
    }
    Pseudonymizer p = Pseudonymizer.ofKey(key);
    Arrays.fill(key, (byte) 0);
    return p;
  }

  private static byte[] withoutFinalLineEnd(byte[] key) {
    int n = key.length;
    if (n > 0 && key[n - 1] == '\n') {
      n--;
      if (n > 0 && key[n - 1] == '\r') {
        n--;
      }
    }
    return Arrays.copyOf(key, n);
  }

  private ParameterException usage(String message) {
    return new ParameterException(Objects.requireNonNull(mixee, "mixee").commandLine(), message);
  }
}
