package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad export}: the stored events that count as acts (by default asserted and alleged ones,
 * never negated ones) in an exchange format (GDELT 2.0 Event or Mentions table, PLOVER/POLECAT JSON
 * Lines, JSON Lines, CSV).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export stored events: gdelt (GDELT 2.0 Event table, TSV), gdelt-mentions (GDELT 2.0 Mentions table: "
        + "one line per telling, with its offsets), plover (PLOVER/POLECAT JSON Lines), jsonl or csv.",
        "By default the events that count as acts: asserted and alleged, not negated (see --certainty, --include-negated, --all)."})
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "URL|DIR", description = "JDBC URL or folder of an H2 database. Default: the folder dyad-data in the working directory.")
  String db;

  @Option(names = "--format", required = true, description = Exporter.FORMATS + ".")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Mixin CountingOptions counting;

  @Option(names = "--sort", defaultValue = "date", description = "As for dyad events: date (newest first), goldstein (most conflictual first) or articles (most reported first). Default: ${DEFAULT-VALUE}.")
  String sort;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    Exporter exporter;
    EventQuery.Sort order = EventsCommand.sort(sort);
    try {
      exporter = Exporter.of(format);
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError(e.getMessage());
    }
    try (Store store = Store.open(db); PrintWriter out = Output.open(output)) {
      exporter.header(out);
      store.forEachEvent(EventQuery.all().counted(counting.counting()).sortedBy(order), e -> {
        try {
          exporter.write(e, out);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
    }
    return 0;
  }
}
