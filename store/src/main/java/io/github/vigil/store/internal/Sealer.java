package io.github.vigil.store.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals personal data (names, notes, reasons) with AES-GCM through the JDK: a random 96-bit
 * nonce per value, a 128-bit tag, and the column's name as associated data, so that a sealed
 * value moved to another column does not open. A sealed value is written {@code
 * aesgcm1:<base64 of nonce and ciphertext>}. The key is never stored. Thread-safe.
 */
public final class Sealer {
  /** The prefix of a sealed value. */
  public static final String PREFIX = "aesgcm1:";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  /**
   * Returns a sealer with {@code key}.
   *
   * @throws IllegalArgumentException if the key is not an AES key of 128, 192 or 256 bits
   */
  public Sealer(SecretKey key) {
    checkArgument(key.getAlgorithm().equals("AES"), "the key must be an AES key");
    int bits = key.getEncoded().length * 8;
    checkArgument(bits == 128 || bits == 192 || bits == 256, "the key must have 128, 192 or 256 bits");
    this.key = key;
  }

  /** Returns whether {@code stored} is a sealed value. */
  public static boolean isSealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  /** Returns {@code plain} sealed for {@code column}. */
  public String seal(String column, String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Returns the plain text of {@code stored}, a value sealed for {@code column}, or empty when it
   * does not open with this key (another key, another column, or altered).
   */
  public Optional<String> open(String column, String stored) {
    if (!isSealed(stored)) {
      return Optional.empty();
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      if (all.length < NONCE_BYTES + TAG_BITS / 8) {
        return Optional.empty();
      }
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
      byte[] plain = c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns the algorithm only; never the key. */
  @Override
  public String toString() {
    return "Sealer{AES-GCM}";
  }
}
