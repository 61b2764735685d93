/**
 * A registry's release spells, the input of the survival estimates of {@code
 * io.github.vigil.survival}: {@link io.github.vigil.conditions.survival.ReleaseSpells} turns a
 * registry view into {@link io.github.vigil.conditions.survival.ReleaseSpell}s, the time from
 * each release to the next rearrest, censored at the view's date.
 */
@NullMarked
@VigilStyle
package io.github.vigil.conditions.survival;

import io.github.vigil.core.VigilStyle;
import org.jspecify.annotations.NullMarked;
