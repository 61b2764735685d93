package io.github.vigil.conditions.measure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.vigil.core.MeasureType;
import org.immutables.value.Value;

/**
 * One numbered item of a jurisdiction's catalogue of measures, such as item 3 of article 242 of
 * Venezuela's criminal procedure code, "la presentación periódica ante el tribunal", with the
 * generic {@link MeasureType} codes a registry records it under. An item may cover several codes
 * (a ban on leaving the country or the locality), or none (a measure with no generic code, which
 * a registry records as {@code OTHER}); an <em>open</em> item ("any other measure") also covers
 * every code that no other item names. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provision {
  Provision() {}

  /** Returns the item's number as the law writes it, such as {@code "3"}. */
  public abstract String number();

  /** Returns the item's name in the law's own language, such as "Presentación periódica ante el tribunal". */
  public abstract String localName();

  /** Returns the item's name in English, such as "periodic appearance before the court". */
  public abstract String englishName();

  /** Returns the generic codes recorded under this item; may be empty. */
  public abstract ImmutableSet<MeasureType> measureTypes();

  /**
   * Returns whether this is the catalogue's open item ("any other measure"), which also covers
   * the codes no other item names.
   */
  @Value.Default
  public boolean open() {
    return false;
  }

  /** Returns whether a measure of {@code type} is recorded under this item by name. */
  public boolean covers(MeasureType type) {
    return measureTypes().contains(type);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    checkArgument(!number().isBlank(), "a provision's number must not be blank");
    checkArgument(!localName().isBlank(), "provision %s needs a local name", number());
    checkArgument(!englishName().isBlank(), "provision %s needs an English name", number());
  }

  /** Returns the number and the codes covered; the names are in {@link #localName()}. */
  @Override
  public final String toString() {
    return "Provision{" + number() + (open() ? " (open)" : "") + ", " + measureTypes() + "}";
  }

  /**
   * Builds {@link Provision}s. {@code build()} throws {@link IllegalArgumentException} if the
   * number or a name is blank.
   */
  public static final class Builder extends ImmutableProvision.Builder {
    Builder() {}
  }
}
