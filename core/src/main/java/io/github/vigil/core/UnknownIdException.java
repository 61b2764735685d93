package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an event or a call names a detainee or facility that the registry does not hold.
 * The message and {@link #detainee()} or {@link #facility()} give the unknown id; never a name.
 */
public final class UnknownIdException extends VigilException {
  private static final long serialVersionUID = 1L;

  /** The unknown detainee, or null when the unknown id is a facility's. */
  private final @Nullable DetaineeId detainee;

  /** The unknown facility, or null when the unknown id is a detainee's. */
  private final @Nullable FacilityId facility;

  /**
   * Creates the exception for the unknown detainee {@code id}: "unknown detainee ID".
   *
   * @throws NullPointerException if {@code id} is null
   */
  public UnknownIdException(DetaineeId id) {
    super("unknown detainee " + checkNotNull(id, "id"));
    this.detainee = id;
    this.facility = null;
  }

  /** Creates the exception for the unknown facility {@code id}, with the message given. */
  UnknownIdException(FacilityId id, String message) {
    super(message);
    this.detainee = null;
    this.facility = checkNotNull(id, "id");
  }

  /** Returns the unknown detainee's id, or empty when the unknown id is a facility's. */
  public Optional<DetaineeId> detainee() {
    return Optional.ofNullable(detainee);
  }

  /** Returns the unknown facility's id, or empty when the unknown id is a detainee's. */
  public Optional<FacilityId> facility() {
    return Optional.ofNullable(facility);
  }
}
