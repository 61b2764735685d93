package io.github.vigil.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person as a {@link RegistryView} sees them: the events seen (by date, recording date and
 * source), those of them that applied in this partial view, the ones skipped because they did
 * not, and the resulting status. Immutable and thread-safe.
 */
public final class PersonView {
  private final Detainee detainee;
  private final @Nullable LegalStatus status;
  private final ImmutableList<Event> applied;
  private final int seen;
  private final int skipped;
  private final int approximate;
  private final int corroborations;
  private final int conflicts;
  private final ImmutableList<Event> unverifiedClaims;
  private final int notYetKnown;

  PersonView(
      Detainee detainee,
      @Nullable LegalStatus status,
      ImmutableList<Event> applied,
      int seen,
      int skipped,
      int approximate,
      int corroborations,
      int conflicts,
      ImmutableList<Event> unverifiedClaims,
      int notYetKnown) {
    this.unverifiedClaims = unverifiedClaims;
    this.notYetKnown = notYetKnown;
    this.corroborations = corroborations;
    this.conflicts = conflicts;
    this.detainee = detainee;
    this.status = status;
    this.applied = applied;
    this.seen = seen;
    this.skipped = skipped;
    this.approximate = approximate;
  }

  /** Returns the person. */
  public Detainee detainee() {
    return detainee;
  }

  /** Returns the person's id. */
  public DetaineeId id() {
    return detainee.id();
  }

  /** Returns the status after the applied events; empty when none applied. */
  public Optional<LegalStatus> status() {
    return Optional.ofNullable(status);
  }

  /** Returns whether at least one seen event applied, which puts the person in the population. */
  public boolean inPopulation() {
    return status != null;
  }

  /**
   * Returns the seen events that applied, in order. An {@code ARREST} other than the first is a
   * rearrest.
   */
  public ImmutableList<Event> appliedEvents() {
    return applied;
  }

  /**
   * Replays the {@linkplain #appliedEvents() applied events}, calling {@code listener} after each
   * with the state it left; the status after the last one is {@link #status()}.
   *
   * @see ReplayListener
   */
  public void replay(ReplayListener listener) {
    ReplayStep.replay(applied, LocalDate.MAX, listener);
  }

  /** Returns how many events were seen. */
  public int seenEvents() {
    return seen;
  }

  /** Returns how many seen events were skipped because they did not apply in this view. */
  public int skippedEvents() {
    return skipped;
  }

  /**
   * Returns how many seen events did not apply because they repeat the last change of the
   * person's state on the same date, with a claim involved (a claim and the verified report that
   * confirms it, in a view including claims).
   */
  public int corroborations() {
    return corroborations;
  }

  /**
   * Returns how many seen events did not apply because they repeat the last change of the
   * person's state on another date, with a claim involved: two reports that disagree on the date.
   */
  public int dateConflicts() {
    return conflicts;
  }

  /**
   * Returns the seen claims that no seen verified event of the same type and date confirms, in
   * order: the claims still to check. Empty unless the view {@linkplain
   * RegistryView#includingClaims() includes claims}. A claim is confirmed from the day its
   * confirmation is recorded on, so a view known on an earlier date still lists it.
   */
  public ImmutableList<Event> unverifiedClaims() {
    return unverifiedClaims;
  }

  /**
   * Returns how many events dated on or before the view's date were recorded after the date it
   * is {@linkplain RegistryView#knownOn() known on}, among those the view would otherwise take
   * (its claims and sources): what the registry learnt of this person's past later. Counted
   * whether or not a correction retracts them.
   */
  public int notYetKnownEvents() {
    return notYetKnown;
  }

  /** Returns how many seen events have an approximate date, corroborations left out. */
  public int approximateDates() {
    return approximate;
  }

  /** Returns the id and counts; never personal data. */
  @Override
  public String toString() {
    return "PersonView{"
        + id()
        + ", "
        + (status == null ? "not in population" : status.describe())
        + ", applied="
        + applied.size()
        + ", skipped="
        + skipped
        + "}";
  }
}
