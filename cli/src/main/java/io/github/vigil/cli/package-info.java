/**
 * The {@code vigil} command line. {@link io.github.vigil.cli.VigilCommand} is the entry
 * point and lists the subcommands ({@link io.github.vigil.cli.ReportCommand}, {@link
 * io.github.vigil.cli.ValidateCommand}, {@link io.github.vigil.cli.ListCommand}, the one
 * command that may print names, on purpose only); {@link
 * io.github.vigil.cli.RegistryOptions} is the {@code --registry} option every subcommand
 * mixes in; {@link io.github.vigil.cli.ExitCode} holds the exit codes.
 */
@NullMarked
package io.github.vigil.cli;

import org.jspecify.annotations.NullMarked;
