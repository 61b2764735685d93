package io.github.vigil.cli;

import io.github.vigil.core.Registry;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.ReadResult;
import io.github.vigil.io.RegistryWriter;
import io.github.vigil.store.RegistryStore;
import io.github.vigil.store.StoreException;
import io.github.vigil.store.StoreRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil store}: moves a registry between files and a store ({@code import}, {@code
 * export}); see docs/store.md.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Moves a registry between a folder (or registry.json) and a store (a database).",
    subcommands = {StoreCommand.Import.class, StoreCommand.Export.class})
public final class StoreCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  StoreCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    throw new ParameterException(self.commandLine(), "missing command: choose import or export");
  }

  /** {@code vigil store import}: stores every row of a registry that loads, in one transaction. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Stores a registry (its rows that load; rejected rows are counted, listed by 'vigil"
            + " validate') in a store, in one transaction: all or nothing.",
        "Exit codes: 0 stored, 1 rejected rows with --strict or a store that refused the registry"
            + " (one of its ids is stored already), 2 usage error."
      })
  static final class Import implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Mixin RegistryOptions registry = new RegistryOptions();

    @Option(names = "--from", paramLabel = "DIR|FILE.json", required = true,
        converter = RegistryOptions.PathConverter.class,
        description = "The registry to store: a folder of CSV files or a registry.json file.")
    @Nullable Path from;

    @Option(names = "--account", paramLabel = "NAME", defaultValue = "vigil-import",
        description = "Who stores it, recorded with every entry. Default: ${DEFAULT-VALUE}.")
    String account = "vigil-import";

    @Option(names = "--strict", description = "Store nothing when any row is rejected.")
    boolean strict;

    Import() {}

    @Override
    public Integer call() {
      CommandSpec self = Objects.requireNonNull(spec, "spec");
      if (registry.db == null) {
        throw new ParameterException(self.commandLine(), "missing --db URL: the store to fill");
      }
      String db = registry.db;
      registry.db = null;
      registry.path = from;
      ReadResult result;
      try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
        var read = registry.readUnlessStrict(progress, strict, "nothing stored");
        if (read.isEmpty()) {
          return ExitCode.REJECTED;
        }
        result = read.get();
        progress.clear();
      }
      registry.warnAboutLeftOut(result);
      RegistryStore store = Stores.open(db, account, true, self.commandLine());
      try {
        long position = store.importRegistry(result.registry());
        Registry r = result.registry();
        PrintWriter out = self.commandLine().getOut();
        out.println(
            "stored " + r.facilities().size() + " facilities, " + r.size() + " people and "
                + r.eventCount() + " events; the store's log is at position " + position);
        out.flush();
        return ExitCode.OK;
      } catch (StoreRefusedException e) {
        self.commandLine().getErr().println(self.qualifiedName() + ": refused, nothing stored: " + e.getMessage());
        return ExitCode.REJECTED;
      } catch (StoreException e) {
        throw new DataException(Objects.requireNonNullElse(e.getMessage(), "the store failed"), e);
      }
    }
  }

  /** {@code vigil store export}: writes the stored registry as a folder. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes the registry a store holds as a registry folder (its CSV files and"
          + " registry.properties, replacing them).")
  static final class Export implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", required = true, description = "The store.")
    @Nullable String db;

    @Option(names = "--to", paramLabel = "DIR", required = true,
        converter = RegistryOptions.PathConverter.class, description = "The folder to write.")
    @Nullable Path to;

    Export() {}

    @Override
    public Integer call() {
      CommandSpec self = Objects.requireNonNull(spec, "spec");
      RegistryStore store =
          Stores.open(Objects.requireNonNull(db), "vigil-export", false, self.commandLine());
      Path dir = Objects.requireNonNull(to);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new ParameterException(self.commandLine(), "'" + Echo.line(dir.toString()) + "' is not a folder");
      }
      try {
        Registry r = store.load().registry();
        RegistryWriter.writeFolder(r, dir);
        self.commandLine().getOut().println(
            "wrote " + r.facilities().size() + " facilities, " + r.size() + " people and "
                + r.eventCount() + " events to " + Echo.line(dir.toString()));
        self.commandLine().getOut().flush();
        return ExitCode.OK;
      } catch (StoreException e) {
        throw new DataException(Objects.requireNonNullElse(e.getMessage(), "the store failed"), e);
      } catch (IOException e) {
        throw new DataException(
            Echo.line(dir.toString()) + ": cannot be written (" + e.getClass().getSimpleName() + ")", e);
      }
    }
  }
}
