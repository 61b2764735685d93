package io.github.vigil.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import io.github.vigil.core.DetaineeId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces each detainee id by a keyed pseudonym: the first 16 bytes of HMAC-SHA256 of the id's
 * UTF-8 bytes under a secret key, in lower-case hexadecimal (32 characters). The same key always
 * gives the same pseudonym for the same id, so two lists made with one key can be matched; without
 * the key a pseudonym cannot be traced back to its id, nor recomputed from a guessed id (such as a
 * national identity number). Commands that print ids ({@code risk}, and any later one) take it
 * through {@link PseudonymOptions}. Immutable and thread-safe.
 */
public final class Pseudonymizer implements Function<DetaineeId, String> {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private static final int PSEUDONYM_BYTES = 16;

  private final SecretKeySpec key;

  private Pseudonymizer(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /**
   * Returns a pseudonymizer with {@code key}, which is copied.
   *
   * @throws IllegalArgumentException if the key is shorter than {@link #MIN_KEY_BYTES} bytes
   */
  public static Pseudonymizer ofKey(byte[] key) {
    checkNotNull(key, "key");
    checkArgument(
        key.length >= MIN_KEY_BYTES,
        "the pseudonym key must be at least %s bytes, was %s",
        MIN_KEY_BYTES,
        key.length);
    return new Pseudonymizer(Arrays.copyOf(key, key.length));
  }

  /** Returns the pseudonym of {@code id}. */
  @Override
  public String apply(DetaineeId id) {
    checkNotNull(id, "id");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(id.value().getBytes(StandardCharsets.UTF_8));
      return BaseEncoding.base16().lowerCase().encode(digest, 0, PSEUDONYM_BYTES);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the pseudonym key was refused", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
    }
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "Pseudonymizer{HmacSHA256, key hidden}";
  }
}
