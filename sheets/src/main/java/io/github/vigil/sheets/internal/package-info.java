/**
 * The import's machinery, not exported: {@link io.github.vigil.sheets.internal.TextBook},
 * {@link io.github.vigil.sheets.internal.XlsxBook} and {@link
 * io.github.vigil.sheets.internal.OdsBook} stream the rows of a file's sheets as {@link
 * io.github.vigil.sheets.internal.SheetRow}s of {@link io.github.vigil.sheets.internal.Cell}s;
 * {@link io.github.vigil.sheets.internal.Mapping} says which header and word mean which field and
 * code; {@link io.github.vigil.sheets.internal.DateReader} reads dates without guessing; and
 * {@link io.github.vigil.sheets.internal.Assembly} turns the rows into the records of a registry.
 */
@NullMarked
package io.github.vigil.sheets.internal;

import org.jspecify.annotations.NullMarked;
