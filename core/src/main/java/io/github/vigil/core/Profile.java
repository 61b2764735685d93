package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.vigil.core.internal.Echo;
import org.jspecify.annotations.Nullable;

/**
 * Who a person is, as far as why they were detained goes: a journalist, a human-rights defender,
 * a trade unionist... (the optional {@code profiles} column of {@code detainees.csv}). A profile
 * is a code of 1 to 64 characters of {@code A–Z 0–9 _} starting with a letter; the catalogue is
 * open like the measures' {@code OTHER}: the codes of {@link #catalogue()} have labels in every
 * report language, and any other code is kept and reported as written. Immutable and
 * thread-safe.
 */
public final class Profile implements Comparable<Profile> {
  private static final CharMatcher CODE =
      CharMatcher.inRange('A', 'Z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('_'))
          .precomputed();

  /** A journalist or media worker. */
  public static final Profile JOURNALIST = new Profile("JOURNALIST");
  /** A defender of human rights. */
  public static final Profile HUMAN_RIGHTS_DEFENDER = new Profile("HUMAN_RIGHTS_DEFENDER");
  /** A trade unionist. */
  public static final Profile TRADE_UNIONIST = new Profile("TRADE_UNIONIST");
  /** A political leader or activist. */
  public static final Profile POLITICAL_LEADER = new Profile("POLITICAL_LEADER");
  /** A member of an indigenous people. */
  public static final Profile INDIGENOUS = new Profile("INDIGENOUS");
  /** A person with a disability. */
  public static final Profile DISABILITY = new Profile("DISABILITY");
  /** A lesbian, gay, bisexual, trans or intersex person. */
  public static final Profile LGBTI = new Profile("LGBTI");

  private static final ImmutableList<Profile> CATALOGUE =
      ImmutableList.of(
          JOURNALIST,
          HUMAN_RIGHTS_DEFENDER,
          TRADE_UNIONIST,
          POLITICAL_LEADER,
          INDIGENOUS,
          DISABILITY,
          LGBTI);

  private final String code;

  private Profile(String code) {
    this.code = code;
  }

  /**
   * Returns the profile of {@code code}.
   *
   * @throws IllegalArgumentException if {@code code} is not 1 to 64 characters of {@code A–Z 0–9
   *     _} starting with a letter
   */
  public static Profile of(String code) {
    checkNotNull(code, "code");
    checkArgument(isValid(code), "%s", explain(code));
    for (Profile p : CATALOGUE) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    return new Profile(code);
  }

  /** Returns whether {@code code} is a valid profile code. */
  public static boolean isValid(String code) {
    return !code.isEmpty()
        && code.length() <= Ids.MAX_LENGTH
        && code.charAt(0) >= 'A'
        && code.charAt(0) <= 'Z'
        && CODE.matchesAllOf(code);
  }

  private static String explain(String code) {
    return "a profile must be 1 to " + Ids.MAX_LENGTH
        + " characters of A-Z 0-9 _ starting with a letter, was "
        + (code.length() > Ids.MAX_LENGTH
            ? code.length() + " characters"
            : Echo.quoteIf(code, Echo.Shape.CODE));
  }

  /** Returns the profiles every report language has a label for, in catalogue order. */
  public static ImmutableList<Profile> catalogue() {
    return CATALOGUE;
  }

  /** Returns the code, such as {@code JOURNALIST}. */
  public String code() {
    return code;
  }

  /** Returns whether the code is one of the {@linkplain #catalogue() catalogue}. */
  public boolean isCatalogued() {
    return CATALOGUE.contains(this);
  }

  @Override
  public int compareTo(Profile o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Profile p && p.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
