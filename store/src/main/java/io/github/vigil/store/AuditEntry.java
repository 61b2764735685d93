package io.github.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import io.github.vigil.core.internal.VigilStyle;
import org.immutables.value.Value;

/**
 * One entry of a person's audit trail in a store: who stored what, and when. It holds ids,
 * types and dates only — never a name, a note or a correction's reason. Immutable and
 * thread-safe.
 */
@Value.Immutable
@VigilStyle
public abstract class AuditEntry {
  AuditEntry() {}

  /** What an entry stored. */
  public enum Kind {
    /** The person was added. */
    PERSON,
    /** An event. */
    EVENT,
    /** A correction that retracts or amends an event. */
    CORRECTION
  }

  /** Returns the position in the store's log. */
  public abstract long position();

  /** Returns what the entry stored. */
  public abstract Kind kind();

  /** Returns the account that stored it, as the app named it. */
  public abstract String account();

  /** Returns the instant it was stored. */
  public abstract Instant storedAt();

  /** Returns the event's id, or for a correction the id of the event it corrects, if any. */
  public abstract Optional<String> eventId();

  /** Returns the event's type ({@code ARREST}, ...), for an event. */
  public abstract Optional<String> type();

  /** Returns the event's date, for an event. */
  public abstract Optional<LocalDate> date();

  /** Returns the date the registry learnt of the event, or of the correction. */
  public abstract Optional<LocalDate> recordedOn();

  /** Returns, for an amendment, the id of the event that replaces the corrected one. */
  public abstract Optional<String> replacedBy();

  /**
   * Returns the entry as one line of {@code vigil history}: position, instant, account, then
   * what was stored — ids, types and dates only.
   */
  public String line() {
    StringBuilder s = new StringBuilder();
    s.append(position()).append('\t').append(storedAt()).append('\t').append(account()).append('\t');
    switch (kind()) {
      case PERSON -> s.append("PERSON");
      case EVENT -> {
        s.append(type().orElse("?")).append(' ').append(date().map(LocalDate::toString).orElse("?"));
        eventId().ifPresent(id -> s.append(" id=").append(id));
        recordedOn().ifPresent(r -> s.append(" recorded_on=").append(r));
      }
      case CORRECTION -> {
        s.append(replacedBy().isPresent() ? "AMENDS " : "RETRACTS ").append(eventId().orElse("?"));
        recordedOn().ifPresent(r -> s.append(" recorded_on=").append(r));
        replacedBy().ifPresent(r -> s.append(" replaced_by=").append(r));
      }
    }
    return s.toString();
  }
}
