package io.github.vigil.core;

import io.github.vigil.core.internal.CountryCodes;
import io.github.vigil.core.internal.Echo;

/** Validation of ISO 3166-1 alpha-2 country codes ({@link CountryCodes}). */
final class Countries {
  private Countries() {}

  static void check(String what, String code) {
    if (!CountryCodes.isValid(code)) {
      throw new IllegalArgumentException(
          what + " must be an ISO 3166-1 alpha-2 code such as VE, was "
              + Echo.quoteIf(code, Echo.Shape.CODE));
    }
  }
}
