package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.testkit.VigilGen;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of keyed pseudonyms. */
class PseudonymizerProperties {
  /**
   * Keys of one length: HMAC pads a short key with zero bytes, so two keys that differ only by
   * trailing zeros are the same key, and the law "differs across keys" holds for keys of equal
   * length.
   */
  private static Gen<byte[]> keys() {
    return Generate.intArrays(Generate.constant(32), Generate.range(0, 255))
        .map(
            ints -> {
              byte[] b = new byte[ints.length];
              for (int i = 0; i < ints.length; i++) {
                b[i] = (byte) ints[i];
              }
              return b;
            });
  }

  @Test
  void aPseudonymIsStableForOneKeyAndDiffersAcrossKeys() {
    qt().withExamples(500)
        .forAll(VigilGen.detaineeIds(), keys(), keys())
        .checkAssert(
            (id, k1, k2) -> {
              String p = Pseudonymizer.ofKey(k1).apply(id);
              assertEquals(p, Pseudonymizer.ofKey(k1.clone()).apply(DetaineeId.of(id.value())));
              assertTrue(p.matches("[0-9a-f]{32}"), p);
              assertNotEquals(id.value(), p);
              if (!java.util.Arrays.equals(k1, k2)) {
                assertNotEquals(p, Pseudonymizer.ofKey(k2).apply(id));
              }
            });
  }

  @Test
  void differentIdsGetDifferentPseudonyms() {
    qt().withExamples(500)
        .forAll(VigilGen.detaineeIds(), VigilGen.detaineeIds(), keys())
        .assuming((a, b, k) -> !a.equals(b))
        .checkAssert((a, b, k) -> assertNotEquals(Pseudonymizer.ofKey(k).apply(a), Pseudonymizer.ofKey(k).apply(b)));
  }

  @Test
  void theKnownValueOfHmacSha256IsKept() {
    // checked with openssl:
    // printf 'V-001' | openssl dgst -sha256 -hmac '0123456789abcdef'
    Pseudonymizer p = Pseudonymizer.ofKey("0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    assertEquals(OPENSSL.substring(0, 32), p.apply(DetaineeId.of("V-001")));
    assertThrows(IllegalArgumentException.class, () -> Pseudonymizer.ofKey(new byte[15]));
    assertEquals("Pseudonymizer{HmacSHA256, key hidden}", p.toString());
  }

  static final String OPENSSL = "5ae9e4f6129d1481b34886adb7aea4eb6499db9f4060b8cc0cf23ef842243856";
}
