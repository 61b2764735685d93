package io.github.vigil.cli;

import io.github.vigil.core.RegistryView;
import picocli.CommandLine.Option;

/**
 * The {@code --evidence} option, mixed into every command that counts a registry's people
 * (report, risk, survival): {@code verified} (the default) sees verified events only; {@code
 * all} sees claims as well, for the official figure (docs/format.md, "Evidence").
 */
public final class EvidenceOptions {
  /** Which events a view sees. */
  enum Evidence {
    verified,
    all
  }

  @Option(
      names = "--evidence",
      paramLabel = "EVIDENCE",
      description = "${COMPLETION-CANDIDATES}: count verified events only (the default), or claims"
          + " too (the official figure).")
  Evidence evidence = Evidence.verified;

  EvidenceOptions() {}

  /** Returns {@code view} seeing claims too when {@code --evidence all} was given. */
  RegistryView apply(RegistryView view) {
    return evidence == Evidence.all ? view.includingClaims() : view;
  }
}
