package io.github.vigil.reporting;

import org.immutables.value.Value;

/**
 * The events applied after a date S and on or before the report's date, as the claims section of
 * a report publishes them beside each other, counting verified events only and counting claims
 * too: arrests, rearrests, releases, exiles and deaths. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedFlows {
  PublishedFlows() {}

  /** Returns the applied arrests that are the person's first applied event. */
  public abstract long arrests();

  /** Returns the applied arrests of people released or exiled before. */
  public abstract long rearrests();

  /** Returns the applied releases. */
  public abstract long releases();

  /** Returns the applied exiles. */
  public abstract long exiles();

  /** Returns the applied deaths. */
  public abstract long deaths();

  /** Returns the published counts of {@code f}. */
  static PublishedFlows of(Flows f) {
    return ImmutablePublishedFlows.builder()
        .arrests(f.arrests())
        .rearrests(f.rearrests())
        .releases(f.releases())
        .exiles(f.exiles())
        .deaths(f.deaths())
        .build();
  }

  @Value.Check
  final void check() {
    for (long n : new long[] {arrests(), rearrests(), releases(), exiles(), deaths()}) {
      PublishedReport.checkCount(n, "claims.flows");
    }
  }
}
