package io.github.vigil.cli;

import io.github.vigil.core.internal.Echo;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code vigil} command: reports and checks registries of detained people (docs/format.md section
 * 5). Each subcommand is one class listed in {@code subcommands} below; to add one (such as
 * {@code risk}), write a {@link Callable Callable&lt;Integer&gt;} annotated with {@link Command},
 * mix in {@link RegistryOptions} for {@code --registry}, and list it here.
 *
 * <p>Exit codes are those of {@link ExitCode}, listed in every command's help. No stack trace
 * reaches the terminal unless {@code --debug} is given: every failure becomes one line on
 * standard error, sanitised ({@link Echo#line}). Output that cannot be written (a full disk, a
 * closed pipe) is a failure too, never a silent success.
 */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VigilCommand.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Counts who is held, who is conditionally free and who is really free in a registry of"
          + " detained people.",
      "With no --registry, commands use the synthetic sample registry bundled in this jar."
    },
    subcommands = {
      ReportCommand.class,
      ChartCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      RiskCommand.class,
      ClaimsCommand.class,
      SurvivalCommand.class,
      ListCommand.class,
      ServeCommand.class,
      StoreCommand.class,
      HistoryCommand.class,
      HelpCommand.class
    })
public final class VigilCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected failure.")
  boolean debug;

  VigilCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    throw new ParameterException(
        self.commandLine(),
        "missing command: choose one of " + String.join(", ", self.subcommands().keySet()));
  }

  /**
   * Runs the command and exits with its exit code. Standard output and error are written in UTF-8.
   *
   * @param args the command line, such as {@code report --as-of 2026-01-10}
   */
  public static void main(String[] args) {
    // a command line never opens a window: images are drawn without a display
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns its exit code; never throws. When
   * {@code out} cannot be written, the command says so on {@code err} and exits with {@link
   * ExitCode#INTERNAL}.
   *
   * @param out where results go, in UTF-8
   * @param err where errors, warnings and progress go, in UTF-8
   * @param args the command line
   * @return the exit code, one of {@link ExitCode}
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    PrintWriter errWriter =
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    try {
      CommandLine cl = commandLine();
      PrintWriter outWriter =
          new PrintWriter(
              new BufferedWriter(new OutputStreamWriter(new Checked(out), StandardCharsets.UTF_8)));
      cl.setOut(outWriter);
      cl.setErr(errWriter);
      cl.setParameterExceptionHandler((ex, a) -> usage(errWriter, ex));
      cl.setExecutionExceptionHandler(
          (ex, command, parseResult) -> failure(errWriter, ex, command, debug(parseResult)));
      int code = cl.execute(args);
      // a command that failed (exit 3) has said why already, an unwritable output included
      if (code != ExitCode.INTERNAL && outWriter.checkError()) {
        return unwritten(errWriter, cl);
      }
      errWriter.flush();
      return code;
    } catch (RuntimeException | Error e) {
      errWriter.println("vigil: unexpected failure (" + e.getClass().getSimpleName() + ")");
      errWriter.flush();
      return ExitCode.INTERNAL;
    }
  }

  /**
   * Returns the command line of {@code vigil}, with the exit codes of {@link ExitCode#LIST} in
   * the help of every command.
   */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new VigilCommand());
    listExitCodes(cl);
    return cl;
  }

  private static void listExitCodes(CommandLine cl) {
    cl.getCommandSpec()
        .exitCodeOnInvalidInput(ExitCode.USAGE)
        .exitCodeOnExecutionException(ExitCode.INTERNAL)
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCode.LIST);
    for (CommandLine sub : cl.getSubcommands().values()) {
      listExitCodes(sub);
    }
  }

  /** Returns whether {@code --debug} was given, to the command or any of its subcommands. */
  static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static int usage(PrintWriter err, ParameterException ex) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    err.println(
        Echo.line(command + ": " + oneLine(ex.getMessage()) + " (see '" + command + " --help')"));
    err.flush();
    return ExitCode.USAGE;
  }

  private static int failure(PrintWriter err, Exception ex, CommandLine command, boolean debug) {
    if (ex instanceof ParameterException p) {
      return usage(err, p);
    }
    String name = command.getCommandSpec().qualifiedName();
    if (ex instanceof DataException) {
      err.println(Echo.line(name + ": " + oneLine(ex.getMessage())));
      err.flush();
      return ExitCode.REJECTED;
    }
    if (ex instanceof OutputException) {
      err.println(name + ": " + OutputException.MESSAGE);
      err.flush();
      return ExitCode.INTERNAL;
    }
    // The message of an unexpected exception may quote input (even a name): only its type is shown.
    err.println(name + ": unexpected failure (" + ex.getClass().getSimpleName() + ")" + hint(debug));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static int unwritten(PrintWriter err, CommandLine cl) {
    ParseResult p = cl.getParseResult();
    String name = "vigil";
    if (p != null) {
      while (p.subcommand() != null) {
        p = p.subcommand();
      }
      name = p.commandSpec().qualifiedName();
    }
    err.println(name + ": " + OutputException.MESSAGE);
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static String hint(boolean debug) {
    return debug ? "" : "; run again with --debug for details";
  }

  static String oneLine(@Nullable String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Passes bytes to a {@link PrintStream} and turns the error it records (it never throws) into
   * an {@link IOException}, so that the writers above it know the output is lost.
   */
  private static final class Checked extends OutputStream {
    private final PrintStream out;

    Checked(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      check();
    }

    @Override
    public void flush() throws IOException {
      check();
    }

    private void check() throws IOException {
      if (out.checkError()) {
        throw new IOException("the output could not be written");
      }
    }
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = VigilCommand.class.getPackage().getImplementationVersion();
      return new String[] {"vigil " + (v == null ? "(development build)" : v)};
    }
  }
}
