/**
 * Survival estimates that agree with R's {@code survival} package: {@link
 * io.github.vigil.conditions.survival.KaplanMeier} gives {@link
 * io.github.vigil.conditions.survival.SurvivalCurve}s of {@link
 * io.github.vigil.conditions.survival.SurvivalRow}s, {@link
 * io.github.vigil.conditions.survival.LogRank} a {@link
 * io.github.vigil.conditions.survival.LogRankTest}, and {@link
 * io.github.vigil.conditions.survival.CoxRegression} a {@link
 * io.github.vigil.conditions.survival.CoxModel} of {@link
 * io.github.vigil.conditions.survival.CoxCoefficient}s. {@link
 * io.github.vigil.conditions.survival.ReleaseSpells} turns a registry view into {@link
 * io.github.vigil.conditions.survival.ReleaseSpell}s: time from each release to the next
 * rearrest. Data the estimators cannot honestly fit raise a {@link
 * io.github.vigil.conditions.survival.SurvivalException}; no result ever holds a NaN.
 */
@NullMarked
@VigilStyle
package io.github.vigil.conditions.survival;

import io.github.vigil.core.VigilStyle;
import org.jspecify.annotations.NullMarked;
