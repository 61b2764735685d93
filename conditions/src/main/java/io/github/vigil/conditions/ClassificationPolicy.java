package io.github.vigil.conditions;

import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import org.immutables.value.Value;

/**
 * How legal statuses are classified into {@link FreedomCategory}s and grouped. The {@linkplain
 * #standard() standard} policy follows FORMAT.md section 4; variants are configurations of the
 * same rules, never forks. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClassificationPolicy {
  ClassificationPolicy() {}

  /** Returns the policy's name, shown beside figures computed with it. */
  @Value.Default
  public String name() {
    return "standard";
  }

  /**
   * Returns whether house arrest is grouped as deprivation of liberty (the standard, as Foro
   * Penal counts it: house arrest is not a release). When {@code false}, {@link
   * FreedomCategory#HOUSE_ARREST} is grouped at liberty.
   */
  @Value.Default
  public boolean houseArrestDeprivesOfLiberty() {
    return true;
  }

  /**
   * Returns whether an open case alone makes freedom conditional (the standard). When {@code
   * false}, a person at liberty with an open case but no active measure is {@link
   * FreedomCategory#FULL}.
   */
  @Value.Default
  public boolean openCaseIsConditional() {
    return true;
  }

  /** Returns the policy of FORMAT.md section 4. */
  public static ClassificationPolicy standard() {
    return builder().build();
  }

  /** Returns a new builder, starting from the standard policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the category of {@code status}, with its reasons. */
  public Classification classify(LegalStatus status) {
    ImmutableClassification.Builder b = Classification.builder();
    FreedomCategory category = category(status);
    b.category(category).group(group(category));
    switch (status.custody()) {
      case DECEASED -> b.addReasons("deceased since " + status.since());
      case EXILED -> b.addReasons("exiled since " + status.since());
      case IN_CUSTODY -> {
        b.addReasons("in custody at " + status.facility() + " since " + status.since());
        if (!status.whereaboutsKnown()) {
          b.addReasons("whereabouts unknown");
        }
        status
            .releaseOrder()
            .ifPresent(o -> b.addReasons("release ordered " + o.date() + ", not executed"));
      }
      case AT_LIBERTY -> {
        b.addReasons("released " + status.since());
        for (ActiveMeasure m : status.activeMeasures()) {
          b.addReasons(m.measure().type() + " active since " + m.since());
        }
        if (status.caseOpen()) {
          b.addReasons(openCaseIsConditional() ? "open case" : "open case (not counted)");
        } else {
          b.addReasons("case closed");
        }
      }
    }
    if (status.convicted()) {
      b.addReasons("convicted");
    }
    return b.build();
  }

  /** Returns the category of {@code status}: the first rule of FORMAT.md section 4 that matches. */
  public FreedomCategory category(LegalStatus status) {
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
    return switch (category) {
      case DECEASED -> FreedomGroup.NONE;
      case WHEREABOUTS_UNKNOWN, RELEASE_PENDING, DETAINED -> FreedomGroup.DEPRIVED_OF_LIBERTY;
      case HOUSE_ARREST ->
          houseArrestDeprivesOfLiberty() ? FreedomGroup.DEPRIVED_OF_LIBERTY : FreedomGroup.AT_LIBERTY;
      case CONDITIONAL, FULL, EXILED -> FreedomGroup.AT_LIBERTY;
    };
  }

  /** Builds {@link ClassificationPolicy}s. */
  public static final class Builder extends ImmutableClassificationPolicy.Builder {
    Builder() {}
  }
}
