package io.github.vigil.core;

/**
 * The root of Vigil's domain exceptions: a rule of the domain was broken. Messages are plain
 * English, name ids, events and states, and never contain personal data.
 */
public class VigilException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what rule was broken, without personal data
   */
  public VigilException(String message) {
    super(message);
  }
}
