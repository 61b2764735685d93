package io.github.vigil.core;

import java.time.LocalDate;

/**
 * Thrown when an event does not apply to a person's history: a release while at liberty,
 * anything after death, a measure lifted that is not active. The message names the person's
 * id, the event, the state it met and what would be valid; never personal data. {@link
 * #refusal()} says the same as a value, with a stable {@link RefusalCode} and whether the refused
 * event is the one offered or a later recorded event that the offered one breaks. To ask without
 * catching, use {@link History#refusal} or {@link Registry#refusal}.
 */
public final class InvalidTransitionException extends VigilException {
  private static final long serialVersionUID = 1L;

  /** The id of the person whose history refused the event. */
  private final DetaineeId detainee;

  /** Why, with the refused event. */
  @SuppressWarnings("serial") // an immutable value of strings, enums and a date
  private final Refusal refusal;

  /** Creates the exception of the offered event, refused itself. */
  InvalidTransitionException(DetaineeId detainee, Refusal refusal) {
    super(refusal.eventType() + " on " + refusal.date() + " does not apply to " + detainee + ": "
        + refusal.reason());
    this.detainee = detainee;
    this.refusal = refusal;
  }

  /** Creates the exception of {@code offered}, refused itself or breaking a later event. */
  InvalidTransitionException(DetaineeId detainee, Event offered, Refusal refusal) {
    super(message(detainee, offered, refusal));
    this.detainee = detainee;
    this.refusal = refusal;
  }

  private static String message(DetaineeId detainee, Event offered, Refusal r) {
    String refused = r.eventType() + " on " + r.date();
    return r.isLaterEvent()
        ? offered.type() + " on " + offered.date() + " does not apply to " + detainee
            + ": the later recorded " + refused + " would no longer apply: " + r.reason()
        : refused + " does not apply to " + detainee + ": " + r.reason();
  }

  /** Returns the id of the person whose history refused the event. */
  public DetaineeId detainee() {
    return detainee;
  }

  /** Returns why, with the refused event's type and date and its stable code. */
  public Refusal refusal() {
    return refusal;
  }

  /** Returns the stable code of the refusal. */
  public RefusalCode code() {
    return refusal.code();
  }

  /** Returns the type of the refused event: the offered one, or the later one it breaks. */
  public EventType eventType() {
    return refusal.eventType();
  }

  /** Returns the date of the refused event. */
  public LocalDate date() {
    return refusal.date();
  }

  /**
   * Returns whether the refused event is a later recorded event that the offered one breaks,
   * rather than the offered event itself.
   */
  public boolean isLaterEvent() {
    return refusal.isLaterEvent();
  }
}
