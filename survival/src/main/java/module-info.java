/**
 * Survival analysis that agrees with R's {@code survival} package: Kaplan–Meier, the log-rank
 * test and Cox proportional hazards, on plain tables. Depends on no other Vigil module.
 */
module io.github.vigil.survival {
  requires transitive com.google.common;
  requires org.apache.commons.numbers.gamma;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.survival;
}
