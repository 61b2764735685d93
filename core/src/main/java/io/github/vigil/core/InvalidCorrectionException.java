package io.github.vigil.core;

/**
 * Thrown when a correction cannot retract or amend its event: the event is unknown or corrected
 * already, the correction is dated before the event was recorded, its replacement is missing, or
 * the history without the event would no longer be valid. The message names ids, types, dates
 * and states; never personal data.
 */
public final class InvalidCorrectionException extends VigilException {
  private static final long serialVersionUID = 1L;

  InvalidCorrectionException(String message) {
    super(message);
  }
}
