package io.github.vigil.core;

/**
 * Receives a person's replay one applied event at a time, with the status that event left:
 * the per-event view of the custody rules. Custody periods, release spells, the date a release
 * was ordered or whereabouts became unknown, and every duration are read from the steps a replay
 * passes through, never worked out again from the events.
 *
 * <pre>{@code
 * history.replay(step -> {
 *   if (step.entered(CustodyState.AT_LIBERTY)) {
 *     released.add(step.event().date());
 *   }
 * });
 * }</pre>
 *
 * @see History#replay(ReplayListener)
 * @see PersonView#replay(ReplayListener)
 */
@FunctionalInterface
public interface ReplayListener {
  /**
   * Called after {@code step.event()} applied, in the order of the history.
   *
   * @param step the event and the state it left; valid only during this call (keep {@link
   *     ReplayStep#status()}, an immutable snapshot, rather than the step)
   */
  void applied(ReplayStep step);
}
