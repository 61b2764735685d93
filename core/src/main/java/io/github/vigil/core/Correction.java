package io.github.vigil.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A correction of an event: the registry learnt, on {@link #recordedOn()}, that the event was
 * wrong, and retracts it, for a reason; when {@link #replacedBy()} names another event of the
 * same person (recorded on the same day), the correction amends the event: the replacement says
 * what really happened. A correction is never a change of the event: the event stays in the
 * history, seen by every view as known before the correction's recording date and by none from
 * that date on. The reason is free text and may hold personal data: it is redacted from {@code
 * toString} and never printed. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Correction {
  Correction() {}

  /** Returns the date the registry learnt the event was wrong. */
  public abstract LocalDate recordedOn();

  /** Returns why the event is retracted: free text, redacted from {@code toString}. */
  @Value.Redacted
  public abstract String reason();

  /** Returns the id of the event that replaces the corrected one, for an amendment. */
  public abstract Optional<String> replacedBy();

  /** Returns whether another event replaces the corrected one. */
  public boolean isAmendment() {
    return replacedBy().isPresent();
  }

  /**
   * Returns a retraction recorded on {@code recordedOn} for {@code reason}.
   *
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public static Correction retraction(LocalDate recordedOn, String reason) {
    return builder().recordedOn(recordedOn).reason(reason).build();
  }

  /**
   * Returns an amendment recorded on {@code recordedOn} for {@code reason}: the event with id
   * {@code replacement} replaces the corrected one.
   *
   * @throws IllegalArgumentException if {@code reason} is blank or {@code replacement} is not 1 to
   *     64 characters of {@code A–Z a–z 0–9 . _ -}
   */
  public static Correction amendment(LocalDate recordedOn, String reason, String replacement) {
    return builder().recordedOn(recordedOn).reason(reason).replacedBy(replacement).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns why {@code correction} cannot correct {@code target}, or empty when it can as far as
   * the two events go: the target was corrected already, the correction is recorded before the
   * target was, or the replacement is missing ({@code replacement} empty while one is named), is
   * the target itself, or was not recorded on the correction's date. Whether the history without
   * the target is still valid is the history's business ({@link History#correctionRefusal}).
   * The reason names ids and dates, never personal data.
   */
  public static Optional<String> refusal(
      Event target, Correction correction, Optional<Event> replacement) {
    checkNotNull(target, "target");
    checkNotNull(correction, "correction");
    checkNotNull(replacement, "replacement");
    String id = target.id().orElse("(no id)");
    if (target.correction().isPresent()) {
      return Optional.of(
          "event " + id + " was already corrected on " + target.correction().get().recordedOn());
    }
    if (correction.recordedOn().isBefore(target.recordedOn())) {
      return Optional.of(
          "the correction of event " + id + " is recorded on " + correction.recordedOn()
              + ", before the event was recorded (" + target.recordedOn() + ")");
    }
    if (correction.replacedBy().isPresent()) {
      String by = correction.replacedBy().get();
      if (by.equals(id)) {
        return Optional.of("event " + id + " cannot replace itself");
      }
      if (replacement.isEmpty()) {
        return Optional.of("the replacement of event " + id + ", event " + by + ", is unknown");
      }
      if (!replacement.get().recordedOn().equals(correction.recordedOn())) {
        return Optional.of(
            "the replacement of event " + id + ", event " + by + ", is recorded on "
                + replacement.get().recordedOn() + ", not on the correction's date "
                + correction.recordedOn());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the reason a correction is refused because the history without its target no longer
   * applies: "retracting TYPE on DATE of ID would leave TYPE on DATE not applying: STATE".
   */
  public static String breaking(DetaineeId person, Event target, Event broken, String refusal) {
    checkNotNull(person, "person");
    checkNotNull(target, "target");
    checkNotNull(broken, "broken");
    checkNotNull(refusal, "refusal");
    return "retracting " + target.type() + " on " + target.date() + " of " + person
        + " would leave " + broken.type() + " on " + broken.date() + " not applying: " + refusal;
  }

  @Value.Check
  final void check() {
    checkArgument(!reason().isBlank(), "the reason of a correction must not be blank");
    replacedBy()
        .ifPresent(r -> checkArgument(Ids.isValid(r), "%s", Ids.explain("replaced_by", r)));
  }

  /**
   * Builds {@link Correction}s. {@code build()} throws {@link IllegalStateException} if the date
   * or reason is not set, and {@link IllegalArgumentException} if the reason is blank or the
   * replacement's id is not valid.
   */
  public static final class Builder extends ImmutableCorrection.Builder {
    Builder() {}
  }
}
