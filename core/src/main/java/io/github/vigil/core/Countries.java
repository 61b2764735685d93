package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;

/** Validation of ISO 3166-1 alpha-2 country codes. */
final class Countries {
  private static final CharMatcher UPPER = CharMatcher.inRange('A', 'Z');

  private Countries() {}

  static boolean isValid(String code) {
    return code.length() == 2 && UPPER.matchesAllOf(code);
  }

  static void check(String what, String code) {
    checkArgument(
        isValid(code), "%s must be an ISO 3166-1 alpha-2 code such as VE, was '%s'", what, code);
  }
}
