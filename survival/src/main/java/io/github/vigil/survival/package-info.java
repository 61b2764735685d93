/**
 * Survival estimates that agree with R's {@code survival} package, on a {@link
 * io.github.vigil.survival.SurvivalData} table (times, events, entry times, weights, groups,
 * strata, clusters, covariates; read from CSV by {@link io.github.vigil.survival.SurvivalTable}):
 * {@link io.github.vigil.survival.KaplanMeier} gives
 * {@link io.github.vigil.survival.SurvivalCurve}s of {@link io.github.vigil.survival.SurvivalRow}s,
 * {@link io.github.vigil.survival.LogRank} a {@link io.github.vigil.survival.LogRankTest}, and
 * {@link io.github.vigil.survival.CoxRegression} a {@link io.github.vigil.survival.CoxModel} of
 * {@link io.github.vigil.survival.CoxCoefficient}s. Data the estimators cannot honestly fit raise
 * a {@link io.github.vigil.survival.SurvivalException}; no result ever holds a NaN. The module
 * {@link io.github.vigil.survival.SurvivalReport} writes them all as JSON or text. The module
 * knows nothing of registries: {@code io.github.vigil.conditions.survival} turns a registry's
 * release spells into its input.
 */
@NullMarked
@SurvivalStyle
package io.github.vigil.survival;

import org.jspecify.annotations.NullMarked;
