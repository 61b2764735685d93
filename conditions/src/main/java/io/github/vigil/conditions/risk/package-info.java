/**
 * Rearrest risk: an explainable points model and its calibration on the registry's own history. A
 * {@link io.github.vigil.conditions.risk.RiskPolicy} (named and versioned, every weight
 * configurable) turns a person's legal status into a {@link
 * io.github.vigil.conditions.risk.RiskAssessment}: a list of {@link
 * io.github.vigil.conditions.risk.ScoredFactor}s whose points sum to the score, and a {@link
 * io.github.vigil.conditions.risk.RiskLevel}. A {@link io.github.vigil.conditions.risk.RiskReport}
 * assesses everyone at liberty in a registry view and carries a {@link
 * io.github.vigil.conditions.risk.RiskCalibration}: the observed rearrest rate per level
 * (Kaplan–Meier on release-to-rearrest spells). Protected traits (gender, nationality, health, age,
 * affiliation) are never factors. The model supports advocacy and legal aid; it is not a tool for
 * deciding anyone's liberty, nor for locating anyone.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.conditions.risk;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
