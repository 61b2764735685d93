package io.github.vigil.reporting;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The events applied after a date S and on or before the report's date D: arrests and
 * rearrests (which together are every applied {@code ARREST}), releases, exiles and deaths —
 * the revolving door of releases against new arrests. Immutable and thread-safe.
 */
public final class Flows {
  private final LocalDate since;
  private final long arrests;
  private final long rearrests;
  private final long releases;
  private final long exiles;
  private final long deaths;
  private final long newlyRegistered;
  private final CategoryCounts releasesTo;
  private final long deathsInCustody;

  Flows(
      LocalDate since,
      long arrests,
      long rearrests,
      long releases,
      long exiles,
      long deaths,
      long newlyRegistered,
      CategoryCounts releasesTo,
      long deathsInCustody) {
    this.newlyRegistered = newlyRegistered;
    this.releasesTo = releasesTo;
    this.deathsInCustody = deathsInCustody;
    this.since = since;
    this.arrests = arrests;
    this.rearrests = rearrests;
    this.releases = releases;
    this.exiles = exiles;
    this.deaths = deaths;
  }

  /** Returns the date S: events dated after it are counted. */
  public LocalDate since() {
    return since;
  }

  /**
   * Returns the applied arrests that are the person's first applied event; arrests of people
   * released or exiled before are {@link #rearrests()}, counted apart (as the conformance
   * reports of docs/format.md count them).
   */
  public long arrests() {
    return arrests;
  }

  /** Returns the applied arrests of people released or exiled before: rearrests. */
  public long rearrests() {
    return rearrests;
  }

  /** Returns the applied releases (excarcelaciones). */
  public long releases() {
    return releases;
  }

  /** Returns the applied exiles. */
  public long exiles() {
    return exiles;
  }

  /** Returns the applied deaths. */
  public long deaths() {
    return deaths;
  }

  /**
   * Returns the people newly registered: in the population, and first recorded after S (the
   * earliest {@code recorded_on} of their applied events), whatever the date of their arrest — the
   * registry grows as families come forward.
   */
  public long newlyRegistered() {
    return newlyRegistered;
  }

  /**
   * Returns the {@link #releases()} by the category each lands in, at the end of the release's
   * day ({@code HOUSE_ARREST}, {@code CONDITIONAL} or {@code FULL}; another category only when an
   * arrest, exile or death followed on the same day). The counts add up to {@link #releases()}.
   */
  public CategoryCounts releasesTo() {
    return releasesTo;
  }

  /** Returns the applied deaths of people in custody or under house arrest; part of {@link #deaths()}. */
  public long deathsInCustody() {
    return deathsInCustody;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Flows f
        && f.since.equals(since)
        && f.arrests == arrests
        && f.rearrests == rearrests
        && f.releases == releases
        && f.exiles == exiles
        && f.deaths == deaths
        && f.newlyRegistered == newlyRegistered
        && f.releasesTo.equals(releasesTo)
        && f.deathsInCustody == deathsInCustody;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        since, arrests, rearrests, releases, exiles, deaths, newlyRegistered, releasesTo, deathsInCustody);
  }

  @Override
  public String toString() {
    return "Flows{since="
        + since
        + ", arrests="
        + arrests
        + ", rearrests="
        + rearrests
        + ", releases="
        + releases
        + ", exiles="
        + exiles
        + ", deaths="
        + deaths
        + ", newlyRegistered="
        + newlyRegistered
        + ", deathsInCustody="
        + deathsInCustody
        + "}";
  }
}
