/**
 * Not an API: what Vigil's own modules share to read back the JSON documents they write ({@link
 * io.github.vigil.survival.internal.JsonFields}). Exported to Vigil's reporting module only.
 */
@NullMarked
package io.github.vigil.survival.internal;

import org.jspecify.annotations.NullMarked;
