/**
 * The registry store: {@link io.github.vigil.store.RegistryStore} opens a database (migrating its
 * schema), appends facilities, people, events and corrections, each checked against what is
 * stored by the rules of the registry format and refused with the reason a file would get
 * ({@link io.github.vigil.store.StoreRefusedException}), loads a {@link
 * io.github.vigil.core.Registry} in one pass and catches up from a position ({@link
 * io.github.vigil.store.StoreLoad}), and lists a person's audit trail ({@link
 * io.github.vigil.store.AuditEntry}).
 */
@NullMarked
package io.github.vigil.store;

import org.jspecify.annotations.NullMarked;
