/** QuickTheories generators of every Vigil domain type, for our tests and our users'. */
module io.github.vigil.testkit {
  requires transitive io.github.vigil.core;
  requires transitive quicktheories;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports io.github.vigil.testkit;
}
