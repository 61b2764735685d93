/**
 * Spreadsheets in and out. {@link io.github.vigil.sheets.SheetImport} reads a workbook or a
 * delimited text file, with the {@link io.github.vigil.sheets.ImportOptions} given (encoding,
 * delimiter, date format, mapping file), into an {@link io.github.vigil.sheets.ImportResult}:
 * the registry, every rejected row as {@code file:sheet:row: reason}, and the counts of each
 * sheet. {@link io.github.vigil.sheets.WorkbookWriter} writes a registry as a workbook that
 * imports back equal. A file that cannot be imported at all throws a {@link
 * io.github.vigil.io.RegistryFormatException}.
 */
@NullMarked
@CheckReturnValue
@VigilStyle
package io.github.vigil.sheets;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.vigil.core.internal.VigilStyle;
import org.jspecify.annotations.NullMarked;
