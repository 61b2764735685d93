/**
 * Reading and writing registries in the interchange format of docs/format.md. {@link
 * io.github.vigil.io.RegistryReader} reads a registry folder or JSON document into a {@link
 * io.github.vigil.io.ReadResult} (the registry, the rejected rows, the warnings and the {@link
 * io.github.vigil.io.FileCounts} of each file); {@link io.github.vigil.io.RegistryWriter}
 * writes a registry back, deterministically. A registry that cannot be read at all throws a
 * {@link io.github.vigil.io.RegistryFormatException}.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.io;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
