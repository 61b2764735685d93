/**
 * What Vigil's own modules share and users do not: the {@link
 * io.github.vigil.core.internal.VigilStyle} of every value type; the {@link
 * io.github.vigil.core.internal.RegistryLoader} behind the interchange format's readers, which
 * loads rows with their origins and collects a rejection for each that does not load; and {@link
 * io.github.vigil.core.internal.Echo}, the one way a value read from a file or typed on a command
 * line is shown in a message. Exported only to Vigil's modules; not an API, and it may change in
 * any release.
 */
@NullMarked
@CheckReturnValue
package io.github.vigil.core.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
