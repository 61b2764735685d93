/**
 * The bundled synthetic sample registry. {@link io.github.vigil.examples.sample.SampleRegistry}
 * tells the January 2026 story with invented people from a fixed seed, {@link
 * io.github.vigil.examples.sample.SampleRegistryGenerator} writes it as a CSV folder, and {@link
 * io.github.vigil.examples.sample.BundledSample} reads the copy bundled in the jar.
 */
@NullMarked
package io.github.vigil.examples.sample;

import org.jspecify.annotations.NullMarked;
