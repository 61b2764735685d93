package io.github.vigil.reporting;

import java.util.Locale;

/** The languages reports are written in. Labels come from resource bundles. */
public enum Language {
  /** English. */
  EN(Locale.ENGLISH),
  /** Spanish, with the vocabulary of Venezuelan registries (excarcelación, paradero desconocido). */
  ES(Locale.forLanguageTag("es"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** Returns the language's locale. */
  public Locale locale() {
    return locale;
  }

  /** Returns the two-letter code, such as {@code en}. */
  public String code() {
    return locale.getLanguage();
  }

  /**
   * Returns the language with the given two-letter code, ignoring case.
   *
   * @throws IllegalArgumentException if the code is not {@code en} or {@code es}
   */
  public static Language of(String code) {
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("language must be en or es, was '" + code + "'");
  }
}
