package io.github.vigil.reporting;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.core.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labels of one language, read from the resource bundle {@code labels_<code>.properties},
 * with number formatting that depends on the language only, never on the default locale.
 */
final class Labels {
  private static final Map<Language, Labels> CACHE = load();

  private final Language language;
  private final ResourceBundle bundle;
  private final char grouping;
  private final char decimal;

  private Labels(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
    this.grouping = bundle.getString("number.grouping").charAt(0);
    this.decimal = bundle.getString("number.decimal").charAt(0);
  }

  static Labels of(Language language) {
    return Objects.requireNonNull(CACHE.get(language), "load() reads every language or fails");
  }

  private static Map<Language, Labels> load() {
    EnumMap<Language, Labels> map = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      String name = "labels_" + l.code() + ".properties";
      try (InputStream in = Labels.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource bundle " + name);
        }
        map.put(
            l,
            new Labels(
                l, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8))));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource bundle " + name, e);
      }
    }
    return ImmutableMap.copyOf(map);
  }

  Language language() {
    return language;
  }

  /** Returns whether the language has a label for {@code key}. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Returns {@code key}, or {@code key.none} when {@code minCell} is 1 and the language has that
   * label: with a minimum cell of 1 nothing is hidden, and a text on hiding says so instead.
   */
  String forMinCell(String key, int minCell) {
    return minCell == 1 && has(key + ".none") ? key + ".none" : key;
  }

  /** Returns the label for {@code key}, with {@code {0}}, {@code {1}}... replaced by the args. */
  String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing label " + key + " for " + language, e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Returns the labels of {@code sources} in order, comma-separated, or "all" when empty. */
  String sources(Optional<? extends Set<Source>> sources) {
    return sources
        .map(s -> s.stream().map(Source::label).sorted().collect(Collectors.joining(", ")))
        .orElse(get("html.sources.all"));
  }

  /** Returns {@code n} with the language's thousands separator, such as {@code 1,000}. */
  String number(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder s = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    int lead = digits.length() % 3;
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i - lead) % 3 == 0) {
        s.append(grouping);
      }
      s.append(digits.charAt(i));
    }
    return (n < 0 ? "-" : "") + s;
  }

  /** Returns {@code x}, a whole number or a half, as 12 or 12.5 with the language's decimal mark. */
  String decimal(double x) {
    long whole = (long) Math.floor(x);
    return x == whole ? number(whole) : number(whole) + decimal + "5";
  }

  /** Returns {@code n} as {@link #number} does, with a sign when it is not zero: +3, -2, 0. */
  String signed(long n) {
    return n > 0 ? "+" + number(n) : number(n);
  }

  /**
   * Returns {@code x} with the language's separators and at most two decimals, trailing zeros
   * dropped: {@code 1,234.5}, {@code 12.25}, {@code 7}.
   */
  String number(double x) {
    BigDecimal d = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    long whole = d.longValue();
    BigDecimal fraction = d.subtract(BigDecimal.valueOf(whole)).abs();
    String digits = fraction.signum() == 0 ? "" : fraction.toPlainString().substring(1);
    return (x < 0 && whole == 0 ? "-" : "") + number(whole) + digits.replace('.', decimal);
  }

  /**
   * Returns {@code part} as a percentage of {@code whole}, honestly rounded to one decimal: 11
   * of 1,000 is 1.1%; a share that is not zero is never shown as 0.0% (it is {@code <0.1%}),
   * and a share that is not whole never as 100.0% ({@code >99.9%}). A share of nothing is a
   * dash.
   */
  String percent(long part, long whole) {
    if (whole <= 0) {
      return "–";
    }
    BigDecimal p =
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    String prefix = "";
    if (part > 0 && p.signum() == 0) {
      p = new BigDecimal("0.1");
      prefix = "<";
    } else if (part < whole && p.compareTo(BigDecimal.valueOf(100)) >= 0) {
      p = new BigDecimal("99.9");
      prefix = ">";
    }
    String text = p.toPlainString().replace('.', decimal);
    return prefix + get("percent", text);
  }
}
