/**
 * A Jackson module for Vigil's results: registered on an application's own {@code ObjectMapper},
 * it writes freedom reports, risk reports and survival estimates in the JSON of docs/format.md,
 * the same characters as {@code vigil report}, {@code vigil risk} and {@code vigil survival} with
 * {@code --format json}, and reads that JSON back: a risk report whole, the others into what they
 * published.
 */
module io.github.vigil.jackson {
  requires transitive io.github.vigil.reporting;
  requires transitive io.github.vigil.survival;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.vigil.jackson;
}
