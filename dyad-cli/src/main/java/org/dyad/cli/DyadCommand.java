package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.DyadPeriod;
import org.dyad.store.DyadQuery;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.store.export.PeriodJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad dyad A B}: the relationship of two actors over time, per month or year. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
    description = {"The relationship of two actors over time: events per quad class, Goldstein sum and mean, top events.",
        "Counts the events that count as acts: asserted and alleged, not negated (see --certainty, --include-negated);"
            + " the others are shown as left out."})
final class DyadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "An actor: id, code or code prefix.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
  String b;

  @Option(names = "--db", paramLabel = "URL|DIR", description = "JDBC URL or folder of an H2 database. Default: the folder dyad-data in the working directory.")
  String db;

  @Option(names = "--by", defaultValue = "month", description = "month or year. Default: ${DEFAULT-VALUE}.")
  String by;

  @Option(names = "--direction", defaultValue = "either", description = "either, forward (A->B) or both. Default: ${DEFAULT-VALUE}.")
  String direction;

  @Option(names = "--top", defaultValue = "3", description = "Top events shown per period. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--format", defaultValue = "text", description = "text or json (one period per line). Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.OutputFormat format;

  @Mixin CountingOptions counting;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    DyadQuery.Period period = switch (by.toLowerCase(Locale.ROOT)) {
      case "month" -> DyadQuery.Period.MONTH;
      case "year" -> DyadQuery.Period.YEAR;
      default -> throw new ErrorHandler.UsageError("--by must be month or year, got '" + by + "'");
    };
    if (top < 0) {
      throw new ErrorHandler.UsageError("--top must be >= 0, got " + top);
    }
    DyadQuery q = new DyadQuery(a, b, period, EventsCommand.direction(direction), top, counting.counting());
    try (Store store = Store.open(db); PrintWriter out = Output.open(null)) {
      List<DyadPeriod> periods = store.dyad(q);
      if (periods.isEmpty()) {
        for (String actor : List.of(a, b)) {
          if (store.countEvents(EventQuery.all().withActor(actor)) == 0) {
            throw new ErrorHandler.UsageError("no stored event involves '" + actor + "' (an actor id, code or code prefix)");
          }
        }
      }
      if (format == AnalyzeCommand.OutputFormat.json) {
        periods.forEach(p -> out.println(json(p)));
        return 0;
      }
      out.printf("%s : %s by %s, counting %s%n", a, b, by, q.counting().describe());
      out.println("period    events  q1 vcoop  q2 mcoop  q3 vconf  q4 mconf  goldstein sum  mean  left out");
      for (DyadPeriod p : periods) {
        List<Integer> qc = p.quadClassCounts();
        out.printf(Locale.ROOT, "%-9s %6d  %8d  %8d  %8d  %8d  %13.1f  %5.2f  %s%n", p.period(), p.events(),
            qc.get(0), qc.get(1), qc.get(2), qc.get(3), p.goldsteinSum(), p.goldsteinMean(), leftOut(p));
        p.top().forEach(e -> out.println("    " + EventsCommand.text(e)));
      }
      if (periods.isEmpty()) {
        out.println("no events between " + a + " and " + b);
      }
    }
    return 0;
  }

  /** "1 negated, 2 hypothetical", or "-". */
  private static String leftOut(DyadPeriod p) {
    return p.leftOut().isEmpty() ? "-" : String.join(", ", p.leftOut().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).toList());
  }

  private static String json(DyadPeriod p) {
    return PeriodJson.of(p).toString();
  }
}
