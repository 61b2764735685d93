/**
 * The bundled synthetic sample registry. {@link io.github.vigil.cli.sample.SampleRegistry}
 * tells the January 2026 story with invented people from a fixed seed, {@link
 * io.github.vigil.cli.sample.SampleRegistryGenerator} writes it as a CSV folder, and {@link
 * io.github.vigil.cli.sample.BundledSample} reads the copy bundled in the jar.
 */
@NullMarked
package io.github.vigil.cli.sample;

import org.jspecify.annotations.NullMarked;
