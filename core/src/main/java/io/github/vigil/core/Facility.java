package io.github.vigil.core;

import java.util.Optional;
import org.immutables.value.Value;

/** A place of detention. Immutable and thread-safe. */
@Value.Immutable
public abstract class Facility {
  Facility() {}

  /** Returns the facility's id. */
  public abstract FacilityId id();

  /** Returns the facility's name, if recorded (such as {@code El Helicoide}). */
  public abstract Optional<String> name();

  /** Returns the kind of facility; {@link FacilityKind#OTHER} when not recorded. */
  @Value.Default
  public FacilityKind kind() {
    return FacilityKind.OTHER;
  }

  /** Returns the region the facility is in, if recorded. */
  public abstract Optional<String> region();

  /** Returns the facility's country as an ISO 3166-1 alpha-2 code, if recorded. */
  public abstract Optional<String> country();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a facility with the given id and kind and nothing else recorded. */
  public static Facility of(FacilityId id, FacilityKind kind) {
    return builder().id(id).kind(kind).build();
  }

  @Value.Check
  final void check() {
    country().ifPresent(c -> Countries.check("facility country", c));
  }

  /**
   * Builds {@link Facility}s. {@code build()} throws {@link IllegalStateException} if the id is
   * not set, and {@link IllegalArgumentException} if the country is not an ISO 3166-1
   * alpha-2 code.
   */
  public static final class Builder extends ImmutableFacility.Builder {
    Builder() {}
  }
}
