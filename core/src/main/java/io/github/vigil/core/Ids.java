package io.github.vigil.core;

import io.github.vigil.core.internal.Echo;

/** Validation shared by the identifier value types. */
final class Ids {
  static final int MAX_LENGTH = 64;

  private Ids() {}

  /** Returns whether {@code value} is 1–64 characters of {@code A–Z a–z 0–9 . _ -}. */
  static boolean isValid(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
              || c == '-' || c == '_' || c == '.';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the first eight characters of {@code value} packed in a {@code long}, a byte each,
   * the first in the highest byte and zeros past the end: compared unsigned, a smaller prefix
   * means a smaller id in {@link String#compareTo} order (an id's characters are all below 128).
   * A character of 255 or more ends the prefix, as if the value ended there, so the order holds
   * for any string; equal prefixes say nothing ({@link SortedTree} then compares the values).
   */
  static long sortPrefix(String value) {
    long p = 0;
    int n = Math.min(8, value.length());
    int i = 0;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0xFF) {
        p = (p << 8) | 0xFF;
        i++;
        break;
      }
      p = (p << 8) | c;
    }
    return p << (8 * (8 - i));
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
