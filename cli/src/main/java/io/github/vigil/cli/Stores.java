package io.github.vigil.cli;

import io.github.vigil.core.internal.Echo;
import io.github.vigil.store.RegistryStore;
import io.github.vigil.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Opens the store a {@code --db} URL names, with the key of the environment variable {@code
 * VIGIL_STORE_KEY} (the base64 of 16, 24 or 32 bytes) when it is set: a key is never given on
 * the command line, where other users of the machine could read it.
 */
final class Stores {
  static final String KEY_VARIABLE = "VIGIL_STORE_KEY";

  /**
   * Flyway's logger: it reports every schema check at INFO, which is noise on a command's
   * stderr; warnings and errors still show. Held here so that the setting is not collected.
   */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(Level.WARNING);
  }

  private Stores() {}

  /**
   * Returns the store at {@code url}, opened for {@code account}.
   *
   * @param create whether a SQLite file that does not exist may be created
   * @throws ParameterException if the URL is not a store's, a SQLite file is missing, or the key
   *     variable does not hold a key
   * @throws DataException if the store cannot be opened (unreachable, or the key is not its)
   */
  static RegistryStore open(String url, String account, boolean create, CommandLine cmd) {
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new ParameterException(
          cmd, "--db must be a jdbc:sqlite:FILE or jdbc:postgresql://... URL");
    }
    if (url.startsWith("jdbc:sqlite:") && !create) {
      String file = url.substring("jdbc:sqlite:".length());
      int q = file.indexOf('?');
      Path p = Path.of(q < 0 ? file : file.substring(0, q));
      if (!Files.isRegularFile(p)) {
        throw new ParameterException(cmd, "no store at '" + Echo.line(p.toString()) + "'");
      }
    }
    @Nullable String encoded = System.getenv(KEY_VARIABLE);
    try {
      if (encoded == null || encoded.isBlank()) {
        return RegistryStore.open(url, account);
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(encoded.strip());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(cmd, KEY_VARIABLE + " is not base64 text");
      }
      if (key.length != 16 && key.length != 24 && key.length != 32) {
        throw new ParameterException(
            cmd, KEY_VARIABLE + " must hold 16, 24 or 32 bytes (base64), not " + key.length);
      }
      return RegistryStore.open(url, account, new SecretKeySpec(key, "AES"));
    } catch (StoreException e) {
      throw new DataException(Objects.requireNonNullElse(e.getMessage(), "the store failed"), e);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          cmd, String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("account")
              ? "--account must be 1 to 64 characters without control characters"
              : "--db is not a store's URL");
    }
  }
}
