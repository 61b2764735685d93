package io.github.vigil.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
 *
 * <p>The generated classes carry no annotation of Immutables' own ({@code allowedClasspathAnnotations}
 * keeps its {@code @Generated} out, and lets builders say that their setters may be chained
 * without using each result), and the value types use {@code @Value.Immutable} without
 * attributes: an annotation with attribute values stays in the class file, and a user's compiler,
 * which does not have Immutables, warns that it cannot find them. For the same reason this style
 * is kept in the sources only ({@code RetentionPolicy.SOURCE}): the compiled packages do not name
 * it. A user of the library never needs Immutables.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    redactedMask = "<redacted>",
    allowedClasspathAnnotations = {Override.class, CanIgnoreReturnValue.class},
    defaults = @Value.Immutable(copy = true))
public @interface VigilStyle {}
