package io.github.vigil.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link VigilStyle} for the value types a registry holds one of per person (people), whose
 * defaults are constants or read only attributes that have no default: the generated class
 * initialises its defaults without the guard ({@code unsafeDefaultAndDerived}) that detects a
 * default reading another default before it is set, so that no instance carries the guard's
 * field (eight bytes, with alignment, of every event and every person). Put on the type itself,
 * which then takes no other style; not for a type whose defaults read one another (such as
 * {@code ClassificationPolicy}, whose default name reads its default flags, which is why this is
 * not {@link VigilStyle} itself).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    redactedMask = "<redacted>",
    allowedClasspathAnnotations = {Override.class, CanIgnoreReturnValue.class},
    defaults = @Value.Immutable(copy = true),
    unsafeDefaultAndDerived = true)
public @interface CompactStyle {}
