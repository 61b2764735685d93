/**
 * A registry's release spells, the input of the survival estimates of {@code
 * io.github.vigil.survival}: {@link io.github.vigil.conditions.survival.ReleaseSpells} turns a
 * registry view into {@link io.github.vigil.conditions.survival.ReleaseSpell}s, the time from
 * each release to the next rearrest, censored at the view's date, and {@link
 * io.github.vigil.conditions.survival.SpellPeriod}s, the spells cut where a measure is imposed or
 * lifted (time-varying covariates).
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.conditions.survival;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
