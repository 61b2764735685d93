/**
 * The store's machinery: the schema migration ({@link
 * io.github.vigil.store.internal.V1__Schema}) and the sealing of personal data ({@link
 * io.github.vigil.store.internal.Sealer}). Not exported.
 */
@NullMarked
package io.github.vigil.store.internal;

import org.jspecify.annotations.NullMarked;
