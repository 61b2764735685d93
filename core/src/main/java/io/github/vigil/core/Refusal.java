package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an event would not apply, found without throwing ({@link History#refusal}, {@link
 * Registry#refusal}): a stable {@link #code()}, the reason in plain English (the state met and
 * what would be valid), and the event refused — the one offered, or a later recorded event that
 * the offered one would break ({@link #isLaterEvent()}). Names ids only, never personal data.
 * Immutable and thread-safe.
 */
public final class Refusal {
  private final RefusalCode code;
  private final String reason;
  private final EventType eventType;
  private final LocalDate date;
  private final boolean laterEvent;

  Refusal(RefusalCode code, String reason, EventType eventType, LocalDate date, boolean laterEvent) {
    this.code = checkNotNull(code, "code");
    this.reason = checkNotNull(reason, "reason");
    this.eventType = checkNotNull(eventType, "eventType");
    this.date = checkNotNull(date, "date");
    this.laterEvent = laterEvent;
  }

  /** Returns the refusal's stable code. */
  public RefusalCode code() {
    return code;
  }

  /** Returns the state the refused event met and what would be valid, without the person's id. */
  public String reason() {
    return reason;
  }

  /** Returns the type of the refused event. */
  public EventType eventType() {
    return eventType;
  }

  /** Returns the date of the refused event. */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns whether the refused event is a later recorded event of the history, which no longer
   * applies once the offered event is inserted before it; false when the offered event itself is
   * refused.
   */
  public boolean isLaterEvent() {
    return laterEvent;
  }

  /** Returns this refusal as that of a later recorded event broken by the one offered. */
  Refusal asLaterEvent() {
    return new Refusal(code, reason, eventType, date, true);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Refusal r
        && code == r.code
        && reason.equals(r.reason)
        && eventType == r.eventType
        && date.equals(r.date)
        && laterEvent == r.laterEvent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, reason, eventType, date, laterEvent);
  }

  /** Returns the code, the refused event and the reason: ids only, never personal data. */
  @Override
  public String toString() {
    return code + ": " + (laterEvent ? "the later " : "") + eventType + " on " + date + ": " + reason;
  }
}
