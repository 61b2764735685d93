/**
 * Small programs showing the API. {@link io.github.vigil.examples.BuildHistory} builds and
 * classifies one person's history; {@link io.github.vigil.examples.ReportInApp} computes a freedom
 * report inside an application; {@link io.github.vigil.examples.ReportServer} serves the report as
 * JSON over HTTP with the JDK's built-in server.
 */
@NullMarked
package io.github.vigil.examples;

import org.jspecify.annotations.NullMarked;
