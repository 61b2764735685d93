package io.github.vigil.survival;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this module's value types, the same as the rest of Vigil's: the
 * generated implementation is hidden behind the abstract type and builders build the abstract
 * type, and the generated classes carry no annotation of Immutables' own, so that a user's
 * compiler never needs Immutables. (This module stands alone, without Vigil's core, so it
 * declares the style itself.)
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@interface SurvivalStyle {}
