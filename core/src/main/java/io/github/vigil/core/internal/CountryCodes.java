package io.github.vigil.core.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The ISO 3166-1 alpha-2 country codes, as the running Java lists them ({@link
 * Locale#getISOCountries(Locale.IsoCountryCode)}): the officially assigned codes only, so that a
 * typo such as {@code VZ} for Venezuela ({@code VE}) is refused instead of making everyone a
 * foreign national. User-assigned codes such as {@code XK} are not in the list.
 */
public final class CountryCodes {
  private static final ImmutableSet<String> CODES =
      ImmutableSet.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  private CountryCodes() {}

  /** Returns whether {@code code} is an assigned ISO 3166-1 alpha-2 code, in upper case. */
  public static boolean isValid(String code) {
    return CODES.contains(code);
  }
}
