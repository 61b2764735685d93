package io.github.vigil.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the library: the generated
 * implementation is hidden behind the abstract type, builders build the abstract type, and
 * personal data marked {@code @Value.Redacted} never reaches {@code toString}. Put on the
 * {@code package-info.java} of every package of value types of Vigil's modules; not for users.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
public @interface VigilStyle {}
