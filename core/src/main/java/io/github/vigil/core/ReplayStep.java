package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a person's replay: the event just applied and the state it left. A step is a
 * window onto the replay in progress, handed to a {@link ReplayListener}: one object serves every
 * step of a replay, its accessors read the replay's state without copying it, and it is valid
 * only during the call that received it ({@link IllegalStateException} once the replay is over).
 * {@link #status()} takes an immutable snapshot to keep. Not thread-safe.
 */
public final class ReplayStep {
  private final CustodyMachine machine;
  private @Nullable Event event;
  private int index = -1;
  private @Nullable LegalStatus status;
  private boolean over;

  private ReplayStep(CustodyMachine machine) {
    this.machine = machine;
  }

  /**
   * Replays {@code events} (in order, each of which must apply) dated on or before {@code
   * through}, calling {@code listener} after each.
   */
  static void replay(List<Event> events, LocalDate through, ReplayListener listener) {
    checkNotNull(through, "through");
    checkNotNull(listener, "listener");
    CustodyMachine machine = new CustodyMachine();
    ReplayStep step = new ReplayStep(machine);
    try {
      for (Event e : events) {
        if (e.date().isAfter(through)) {
          break;
        }
        machine.apply(e);
        step.event = e;
        step.index++;
        step.status = null;
        listener.applied(step);
      }
    } finally {
      step.over = true;
    }
  }

  /** Returns the event just applied. */
  public Event event() {
    return current();
  }

  /** Returns the position of {@link #event()} among the events applied, counting from 0. */
  public int index() {
    checkCurrent();
    return index;
  }

  /** Returns where the person stands after the event. */
  public CustodyState custody() {
    checkCurrent();
    return checkNotNull(machine.custody());
  }

  /**
   * Returns the date the custody state after the event began: the event's own date when it
   * changed the state (an arrest, release, exile or death), an earlier one otherwise.
   */
  public LocalDate since() {
    checkCurrent();
    return checkNotNull(machine.since());
  }

  /**
   * Returns whether the event moved the person into {@code state} from another state (or, for the
   * first arrest, from none): {@code entered(IN_CUSTODY)} is an arrest, {@code
   * entered(AT_LIBERTY)} a release.
   */
  public boolean entered(CustodyState state) {
    checkNotNull(state, "state");
    checkCurrent();
    return machine.custody() == state && machine.custodyBefore() != state;
  }

  /**
   * Returns whether the event moved the person out of {@code state}: {@code left(IN_CUSTODY)} is
   * a release, exile or death from custody, {@code left(AT_LIBERTY)} the end of a spell at
   * liberty (a rearrest, exile or death).
   */
  public boolean left(CustodyState state) {
    checkNotNull(state, "state");
    checkCurrent();
    return machine.custodyBefore() == state && machine.custody() != state;
  }

  /**
   * Returns the person's status after the event: an immutable snapshot, built on the first call
   * for this step and the same object on later calls for it.
   */
  public LegalStatus status() {
    checkCurrent();
    LegalStatus s = status;
    if (s == null) {
      s = machine.status();
      status = s;
    }
    return s;
  }

  private Event current() {
    checkState(!over, "a replay step is valid only during the call that received it");
    return checkNotNull(event);
  }

  private void checkCurrent() {
    checkState(!over, "a replay step is valid only during the call that received it");
  }

  /** Returns the event's type and date and the state it left; never personal data. */
  @Override
  public String toString() {
    if (over || event == null) {
      return "ReplayStep{over}";
    }
    return "ReplayStep{" + index + ": " + event.type() + " " + event.date() + " -> "
        + machine.status().describe() + "}";
  }
}
