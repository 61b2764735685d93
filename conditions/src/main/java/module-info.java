/**
 * What makes conditional freedom conditional: restrictive measures and their jurisdiction
 * catalogues, court-appearance schedules and compliance, freedom categories and the policy that
 * classifies them, rearrest risk and survival estimates.
 */
module io.github.vigil.conditions {
  requires transitive io.github.vigil.core;
  requires transitive com.google.common;
  requires transitive io.github.vigil.survival;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.conditions;
  exports io.github.vigil.conditions.appearance;
  exports io.github.vigil.conditions.measure;
  exports io.github.vigil.conditions.risk;
  exports io.github.vigil.conditions.survival;

  uses io.github.vigil.conditions.measure.JurisdictionProvider;
}
