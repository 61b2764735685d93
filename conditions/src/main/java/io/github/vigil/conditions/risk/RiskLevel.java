package io.github.vigil.conditions.risk;

/**
 * A band of risk scores, from the cut points of a {@link RiskPolicy}: a level says how a score
 * compares with others under the same policy, not what will happen to anyone.
 */
public enum RiskLevel {
  /** A score below the policy's {@linkplain RiskPolicy#moderateFrom() moderate} cut point. */
  LOW,
  /** A score from the moderate cut point up to, not including, the high one. */
  MODERATE,
  /** A score at or above the policy's {@linkplain RiskPolicy#highFrom() high} cut point. */
  HIGH
}
