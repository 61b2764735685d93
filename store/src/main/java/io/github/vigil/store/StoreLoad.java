package io.github.vigil.store;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vigil.core.Registry;

/**
 * A registry loaded from a store and the position of the last entry it holds: pass both to
 * {@link RegistryStore#catchUp} to bring the registry up to date with what was appended since.
 * Immutable and thread-safe.
 */
public final class StoreLoad {
  private final Registry registry;
  private final long position;

  StoreLoad(Registry registry, long position) {
    this.registry = checkNotNull(registry, "registry");
    this.position = position;
  }

  /** Returns the registry. */
  public Registry registry() {
    return registry;
  }

  /** Returns the position of the last entry the registry holds; 0 for an empty store. */
  public long position() {
    return position;
  }

  /** Returns the registry's counts and the position; never personal data. */
  @Override
  public String toString() {
    return "StoreLoad{" + registry + ", position=" + position + "}";
  }
}
