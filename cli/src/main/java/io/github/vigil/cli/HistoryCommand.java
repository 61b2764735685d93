package io.github.vigil.cli;

import io.github.vigil.core.DetaineeId;
import io.github.vigil.store.AuditEntry;
import io.github.vigil.store.RegistryStore;
import io.github.vigil.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil history}: a person's audit trail in a store, one entry a line: position, instant,
 * account, and what was stored (ids, types and dates; never a name, a note or a reason).
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a person's entries in a store, and the corrections of their events, in the order"
          + " they were stored: position, instant (UTC), account, then the type and date of an"
          + " event or the event a correction retracts or amends. Ids only: never a name, a note"
          + " or a reason.",
      "Exit codes: 0 printed, 1 the store holds no such person, 2 usage error."
    })
public final class HistoryCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(names = "--id", paramLabel = "ID", required = true, description = "The person's id.")
  @Nullable String id;

  @Option(names = "--db", paramLabel = "URL", required = true, description = "The store.")
  @Nullable String db;

  HistoryCommand() {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    String person = Objects.requireNonNull(id);
    if (!DetaineeId.isValid(person)) {
      throw new ParameterException(self.commandLine(), "--id must be 1 to 64 characters of A-Z a-z 0-9 . _ -");
    }
    RegistryStore store = Stores.open(Objects.requireNonNull(db), "vigil", false, self.commandLine());
    List<AuditEntry> entries;
    try {
      entries = store.history(DetaineeId.of(person));
    } catch (StoreException e) {
      throw new DataException(Objects.requireNonNullElse(e.getMessage(), "the store failed"), e);
    }
    if (entries.isEmpty()) {
      self.commandLine().getErr().println(self.qualifiedName() + ": the store holds no person " + person);
      return ExitCode.REJECTED;
    }
    PrintWriter out = self.commandLine().getOut();
    out.println("position\tstored_at\taccount\tentry");
    for (AuditEntry e : entries) {
      out.println(e.line());
    }
    out.flush();
    if (out.checkError()) {
      throw new OutputException();
    }
    return ExitCode.OK;
  }
}
