/**
 * Measures what users of Vigil feel, as ratios against peers in the same run. {@link
 * io.github.vigil.benchmarks.RegistryGenerator} writes large, valid registries in the CSV
 * format; {@link io.github.vigil.benchmarks.VigilWorkloads}, {@link
 * io.github.vigil.benchmarks.DuckDbWorkloads} and {@link io.github.vigil.benchmarks.Floor} load
 * them and count freedom categories ({@link io.github.vigil.benchmarks.CategoryCounts}); {@link
 * io.github.vigil.benchmarks.Compare} runs them side by side and prints medians and ratios; the
 * {@code *Benchmark} classes are the JMH micro benchmarks.
 */
@NullMarked
package io.github.vigil.benchmarks;

import org.jspecify.annotations.NullMarked;
