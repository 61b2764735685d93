package io.github.vigil.core;

import com.google.common.base.CharMatcher;
import io.github.vigil.core.internal.Echo;

/** Validation shared by the identifier value types. */
final class Ids {
  static final int MAX_LENGTH = 64;
  private static final CharMatcher ALLOWED =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("._-"))
          .precomputed();

  private Ids() {}

  /** Returns whether {@code value} is 1–64 characters of {@code A–Z a–z 0–9 . _ -}. */
  static boolean isValid(String value) {
    return !value.isEmpty() && value.length() <= MAX_LENGTH && ALLOWED.matchesAllOf(value);
  }

  /** Returns a message saying why {@code value} is not a valid id of the given kind. */
  static String explain(String kind, String value) {
    if (value.isEmpty()) {
      return kind + " must not be empty";
    }
    if (value.length() > MAX_LENGTH) {
      return kind + " must be at most " + MAX_LENGTH + " characters, was " + value.length();
    }
    return kind + " may hold only A-Z a-z 0-9 . _ - but was "
        + Echo.quoteIf(value, Echo.Shape.TOKEN);
  }
}
