package io.github.vigil.conditions.risk;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

  /**
   * Returns a report from its parts, such as one read back from its JSON.
   *
   * @param asOf the date of the assessments
   * @param model the model that scored them
   * @param assessments one per person, ordered by id; may be empty
   * @param calibration the calibration of {@code model} on the same view, as of {@code asOf}
   * @throws IllegalArgumentException if {@code assessments} are not in strictly increasing order of
   *     id, one is of a category other than {@link #ASSESSED}, or {@code calibration} is of another
   *     model or date
   */
  public static RiskReport of(
      LocalDate asOf, String model, List<RiskAssessment> assessments, RiskCalibration calibration) {
    return ImmutableRiskReport.builder()
        .asOf(asOf)
        .model(model)
        .assessments(assessments)
        .calibration(calibration)
        .build();
  }

  @Value.Check
  final void check() {
    for (int i = 0; i < assessments().size(); i++) {
      RiskAssessment a = assessments().get(i);
      checkArgument(
          i == 0 || assessments().get(i - 1).id().compareTo(a.id()) < 0,
          "assessments must be in strictly increasing order of id");
      checkArgument(
          ASSESSED.contains(a.category()),
          "an assessment's category must be HOUSE_ARREST, CONDITIONAL or FULL");
    }
    checkArgument(calibration().model().equals(model()), "the calibration must be of the report's model");
    checkArgument(calibration().asOf().equals(asOf()), "the calibration must be as of the report's date");
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
