package io.github.vigil.core;

/** Thrown when an event names a detainee or facility that the registry does not hold. */
public final class UnknownIdException extends VigilException {
  private static final long serialVersionUID = 1L;

  UnknownIdException(String message) {
    super(message);
  }
}
