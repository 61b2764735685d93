package io.github.vigil.conditions;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.ReleaseOrder;
import org.immutables.value.Value;

/**
 * How legal statuses are classified into {@link FreedomCategory}s and grouped into {@link
 * FreedomGroup}s. The {@linkplain #standard() standard} policy follows docs/format.md section 4;
 * variants are configurations of the same rules, never forks:
 *
 * <ul>
 *   <li>{@link #houseArrestDeprivesOfLiberty()} (standard {@code true}): {@code false} groups
 *       house arrest at liberty;
 *   <li>{@link #openCaseIsConditional()} (standard {@code true}): {@code false} counts a person at
 *       liberty whose only restraint is an open case as {@code FULL}.
 * </ul>
 *
 * <p>The policy reads a {@link LegalStatus} only: which events apply and what they change is the
 * core's replay, never re-decided here. Immutable and thread-safe.
 *
 * <pre>{@code
 * Classification c = ClassificationPolicy.standard().classify(status);
 * c.category();   // CONDITIONAL
 * c.reasons();    // [SPEECH_BAN active since 2026-01-09, open case, released 2026-01-09]
 * }</pre>
 */
@Value.Immutable
public abstract class ClassificationPolicy {
  ClassificationPolicy() {}

  /**
   * Returns the policy's name, shown beside figures computed with it: {@code "standard"} for the
   * policy of docs/format.md, otherwise {@code "standard"} followed by each option changed, such as
   * {@code "standard+house-arrest-at-liberty"}, unless a name is set.
   */
  @Value.Default
  public String name() {
    StringBuilder s = new StringBuilder("standard");
    if (!houseArrestDeprivesOfLiberty()) {
      s.append("+house-arrest-at-liberty");
    }
    if (!openCaseIsConditional()) {
      s.append("+open-case-not-conditional");
    }
    return s.toString();
  }

  /**
   * Returns whether house arrest is grouped as deprivation of liberty (the standard, as Foro
   * Penal counts it: house arrest is not a release). When {@code false}, {@link
   * FreedomCategory#HOUSE_ARREST} is grouped {@linkplain FreedomGroup#AT_LIBERTY at liberty};
   * the category itself does not change.
   */
  @Value.Default
  public boolean houseArrestDeprivesOfLiberty() {
    return true;
  }

  /**
   * Returns whether an open case alone makes freedom conditional (the standard). When {@code
   * false}, a person at liberty with an open case but no active measure is {@link
   * FreedomCategory#FULL} instead of {@link FreedomCategory#CONDITIONAL}; nothing else changes.
   */
  @Value.Default
  public boolean openCaseIsConditional() {
    return true;
  }

  /** Returns the policy of docs/format.md section 4. */
  public static ClassificationPolicy standard() {
    return builder().build();
  }

  /** Returns a new builder, starting from the standard policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the category of {@code status}, its group and the reasons behind it, most decisive
   * first. Reasons are short English phrases naming codes, dates and facility ids, never personal
   * data: {@code "whereabouts unknown"}, {@code "in custody at helicoide since 2025-03-01"},
   * {@code "release ordered 2026-01-08, not executed"}, {@code "SPEECH_BAN active since
   * 2026-01-09"}, {@code "open case"}, {@code "no active measure"}, {@code "case closed"},
   * {@code "released 2026-01-09"}, {@code "exiled since ..."}, {@code "deceased since ..."},
   * and {@code "convicted"} last when the person is.
   */
  public Classification classify(LegalStatus status) {
    checkNotNull(status, "status");
    ImmutableClassification.Builder b = Classification.builder();
    FreedomCategory category = category(status);
    b.category(category).group(group(category));
    String custody = "in custody at " + status.facility() + " since " + status.since();
    switch (category) {
      case DECEASED -> b.addReasons("deceased since " + status.since());
      case EXILED -> b.addReasons("exiled since " + status.since());
      case WHEREABOUTS_UNKNOWN -> {
        b.addReasons("whereabouts unknown", custody);
        status.releaseOrder().ifPresent(o -> b.addReasons(releaseOrdered(o)));
      }
      case RELEASE_PENDING -> b.addReasons(releaseOrdered(status.releaseOrder().orElseThrow()), custody);
      case DETAINED -> b.addReasons(custody);
      case HOUSE_ARREST, CONDITIONAL, FULL -> {
        status
            .activeMeasure(MeasureType.HOUSE_ARREST)
            .ifPresent(m -> b.addReasons(active(m)));
        for (ActiveMeasure m : status.activeMeasures()) {
          if (m.type() != MeasureType.HOUSE_ARREST) {
            b.addReasons(active(m));
          }
        }
        if (status.activeMeasures().isEmpty()) {
          b.addReasons("no active measure");
        }
        if (status.caseOpen()) {
          b.addReasons(openCaseIsConditional() ? "open case" : "open case (not counted by this policy)");
        } else {
          b.addReasons("case closed");
        }
        b.addReasons("released " + status.since());
      }
    }
    if (status.convicted()) {
      b.addReasons("convicted");
    }
    return b.build();
  }

  private static String releaseOrdered(ReleaseOrder order) {
    return "release ordered " + order.date() + ", not executed";
  }

  private static String active(ActiveMeasure m) {
    return m.type() + " active since " + m.since();
  }

  /** Returns the category of {@code status}: the first rule of docs/format.md section 4 that matches. */
  public FreedomCategory category(LegalStatus status) {
    checkNotNull(status, "status");
    return switch (status.custody()) {
      case DECEASED -> FreedomCategory.DECEASED;
      case EXILED -> FreedomCategory.EXILED;
      case IN_CUSTODY -> {
        if (!status.whereaboutsKnown()) {
          yield FreedomCategory.WHEREABOUTS_UNKNOWN;
        }
        yield status.releaseOrder().isPresent()
            ? FreedomCategory.RELEASE_PENDING
            : FreedomCategory.DETAINED;
      }
      case AT_LIBERTY -> {
        if (status.hasActive(MeasureType.HOUSE_ARREST)) {
          yield FreedomCategory.HOUSE_ARREST;
        }
        yield !status.activeMeasures().isEmpty() || (status.caseOpen() && openCaseIsConditional())
            ? FreedomCategory.CONDITIONAL
            : FreedomCategory.FULL;
      }
    };
  }

  /** Returns the grouping of {@code category} under this policy. */
  public FreedomGroup group(FreedomCategory category) {
    checkNotNull(category, "category");
    return switch (category) {
      case DECEASED -> FreedomGroup.NONE;
      case WHEREABOUTS_UNKNOWN, RELEASE_PENDING, DETAINED -> FreedomGroup.DEPRIVED_OF_LIBERTY;
      case HOUSE_ARREST ->
          houseArrestDeprivesOfLiberty() ? FreedomGroup.DEPRIVED_OF_LIBERTY : FreedomGroup.AT_LIBERTY;
      case CONDITIONAL, FULL, EXILED -> FreedomGroup.AT_LIBERTY;
    };
  }

  /** Builds {@link ClassificationPolicy}s, starting from the standard policy. */
  public static final class Builder extends ImmutableClassificationPolicy.Builder {
    Builder() {}
  }
}
