/**
 * The {@code vigil} command line. {@link io.github.vigil.examples.cli.VigilCommand} is the entry
 * point and lists the subcommands ({@link io.github.vigil.examples.cli.ReportCommand}, {@link
 * io.github.vigil.examples.cli.ValidateCommand}); {@link
 * io.github.vigil.examples.cli.RegistryOptions} is the {@code --registry} option every subcommand
 * mixes in; {@link io.github.vigil.examples.cli.ExitCode} holds the exit codes.
 */
@NullMarked
package io.github.vigil.examples.cli;

import org.jspecify.annotations.NullMarked;
