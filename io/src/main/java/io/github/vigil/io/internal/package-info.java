/**
 * The format's machinery, not exported: {@link io.github.vigil.io.internal.CsvTable} and {@link
 * io.github.vigil.io.internal.JsonDocument} stream the rows of a CSV file or of the JSON
 * document's arrays as {@link io.github.vigil.io.internal.Row}s, {@link
 * io.github.vigil.io.internal.Records} turns a row into a facility, a person or an event (or the
 * reasons it cannot), and back into the columns the format writes, and {@link
 * io.github.vigil.io.internal.Columns} names the columns of each file.
 */
@NullMarked
package io.github.vigil.io.internal;

import org.jspecify.annotations.NullMarked;
