package io.github.vigil.testkit;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.FacilityId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of Vigil's domain types. Every generator is composed from smaller
 * ones, so a failing value shrinks; every generated history is valid by construction.
 */
public final class VigilGen {
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  private VigilGen() {}

  /** Returns generated id text: 1–64 characters of {@code A–Z a–z 0–9 . _ -}. */
  public static Gen<String> idText() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, ID_CHARS.length() - 1))
        .ofSizeBetween(1, 64)
        .map(
            codes -> {
              StringBuilder s = new StringBuilder(codes.size());
              codes.forEach(c -> s.append(ID_CHARS.charAt(c)));
              return s.toString();
            });
  }

  /** Returns generated detainee ids. */
  public static Gen<DetaineeId> detaineeIds() {
    return idText().map(DetaineeId::of);
  }

  /** Returns generated facility ids. */
  public static Gen<FacilityId> facilityIds() {
    return idText().map(FacilityId::of);
  }
}
