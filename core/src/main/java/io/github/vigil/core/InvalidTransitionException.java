package io.github.vigil.core;

import java.time.LocalDate;

/**
 * Thrown when an event does not apply to a person's history: a release while at liberty,
 * anything after death, a measure lifted that is not active. The message names the person's
 * id, the event, the state it met and what would be valid; never personal data.
 */
public final class InvalidTransitionException extends VigilException {
  private static final long serialVersionUID = 1L;

  /** The id of the person whose history refused the event. */
  private final DetaineeId detainee;

  /** The type of the refused event. */
  private final EventType eventType;

  /** The date of the refused event. */
  private final LocalDate date;

  /** The state the event met and what would be valid. */
  private final String refusal;

  InvalidTransitionException(DetaineeId detainee, Event event, String refusal) {
    super(event.type() + " on " + event.date() + " does not apply to " + detainee + ": " + refusal);
    this.detainee = detainee;
    this.eventType = event.type();
    this.date = event.date();
    this.refusal = refusal;
  }

  /** Returns the id of the person whose history refused the event. */
  public DetaineeId detainee() {
    return detainee;
  }

  /** Returns the type of the refused event. */
  public EventType eventType() {
    return eventType;
  }

  /** Returns the date of the refused event. */
  public LocalDate date() {
    return date;
  }

  /** Returns the state the event met and what would be valid, without the person's id. */
  public String refusal() {
    return refusal;
  }
}
