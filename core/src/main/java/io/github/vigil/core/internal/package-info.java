/**
 * Vigil's own helpers, shared by its modules and not part of the public API: {@link
 * io.github.vigil.core.internal.Echo}, the one way a value read from a file or typed on a command
 * line is shown in a message. Exported only to Vigil's modules; it may change in any release.
 */
@NullMarked
package io.github.vigil.core.internal;

import org.jspecify.annotations.NullMarked;
