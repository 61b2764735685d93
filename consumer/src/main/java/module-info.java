/** A small application using Vigil as its users do: on the module path, linkable with jlink. */
module example.consumer {
  requires io.github.vigil.reporting;
  requires io.github.vigil.io;
  requires io.github.vigil.jackson;
}
