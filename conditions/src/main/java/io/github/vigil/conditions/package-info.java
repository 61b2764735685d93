/**
 * Freedom categories and the policy that classifies people into them. {@link
 * io.github.vigil.conditions.ClassificationPolicy#classify} turns a {@link
 * io.github.vigil.core.LegalStatus} into a {@link io.github.vigil.conditions.Classification}: one
 * of the eight {@link io.github.vigil.conditions.FreedomCategory}s, with the reasons behind it.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.conditions;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
