/**
 * Disclosure control for published tables of counts. A {@link
 * io.github.vigil.reporting.disclosure.CountTable} is a table of rows by columns; {@link
 * io.github.vigil.reporting.disclosure.LinkedTables} are the tables published together with the
 * column totals they share; {@link io.github.vigil.reporting.disclosure.Suppression} decides
 * which cells to hide (small cells, small groups, and the complementary cells that keep them from
 * being worked out), and {@link io.github.vigil.reporting.disclosure.DisclosureAudit} proves, for
 * each hidden cell, that what is published leaves it at least two possible values.
 */
@NullMarked
package io.github.vigil.reporting.disclosure;

import org.jspecify.annotations.NullMarked;
