package io.github.vigil.conditions.risk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * The rearrest risk of everyone at liberty in a registry view — in {@code CONDITIONAL}, {@code
 * FULL} or {@code HOUSE_ARREST} under the standard classification — ordered by id, with the
 * policy's calibration on the same view. Holds ids only, never names. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskReport {
  /** The categories whose people are assessed. */
  public static final ImmutableSet<FreedomCategory> ASSESSED =
      ImmutableSet.of(
          FreedomCategory.HOUSE_ARREST, FreedomCategory.CONDITIONAL, FreedomCategory.FULL);

  RiskReport() {}

  /** Returns the date of the assessments. */
  public abstract LocalDate asOf();

  /** Returns the model that scored them, as {@link RiskPolicy#model()}. */
  public abstract String model();

  /** Returns one assessment per person assessed, ordered by id. */
  public abstract ImmutableList<RiskAssessment> assessments();

  /** Returns the observed rearrest rates per level on the same view. */
  public abstract RiskCalibration calibration();

  /**
   * Returns the report of {@code view} under the {@linkplain RiskPolicy#standard() standard}
   * policy.
   */
  public static RiskReport of(RegistryView view) {
    return of(view, RiskPolicy.standard());
  }

  /** Returns the report of {@code view} under {@code policy}. */
  public static RiskReport of(RegistryView view, RiskPolicy policy) {
    ClassificationPolicy classification = ClassificationPolicy.standard();
    ImmutableList<RiskAssessment> assessments =
        view.population()
            .filter(p -> ASSESSED.contains(classification.category(p.status().orElseThrow())))
            .map(p -> policy.assess(p, view.asOf()))
            .sorted(Comparator.comparing(RiskAssessment::id))
            .collect(ImmutableList.toImmutableList());
    return ImmutableRiskReport.builder()
        .asOf(view.asOf())
        .model(policy.model())
        .assessments(assessments)
        .calibration(RiskCalibration.of(view, policy))
        .build();
  }

  @Override
  public final String toString() {
    return "RiskReport{"
        + model()
        + ", asOf="
        + asOf()
        + ", "
        + assessments().size()
        + " assessed}";
  }
}
