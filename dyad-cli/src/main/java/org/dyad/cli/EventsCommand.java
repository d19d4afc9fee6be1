package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.PlaceFilter;
import org.dyad.store.Store;
import org.dyad.store.StoredEvent;
import org.dyad.store.export.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: the stored events that match filters, sorted and paginated, as text or JSON Lines. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events, filtered, sorted and paginated.")
final class EventsCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "URL|DIR", description = "JDBC URL or folder of an H2 database. Default: the folder dyad-data in the working directory.")
  String db;

  @Option(names = "--actor", description = "Events with this actor on either side: id (hamas), code (HAMAS) or code prefix (SYR).")
  String actor;

  @Option(names = "--dyad", paramLabel = "A:B", description = "Events between two actors, e.g. HAMAS:SYR.")
  String dyad;

  @Option(names = "--direction", defaultValue = "either", description = "For --dyad: either (A->B or B->A), forward (A->B), both (only when both directions have events). Default: ${DEFAULT-VALUE}.")
  String direction;

  @Option(names = {"--cameo", "--root"}, paramLabel = "CODE", description = "CAMEO code or prefix; two digits select a root.")
  String cameo;

  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
  Integer quad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
  String to;

  @Option(names = "--certainty", description = "asserted, alleged or hypothetical.")
  String certainty;

  @Option(names = "--negated", paramLabel = "true|false", arity = "0..1", fallbackValue = "true", description = "Only negated (true) or only affirmed (false) events.")
  Boolean negated;

  @Option(names = "--sort", defaultValue = "date", description = "date (newest first), goldstein (most conflictual first) or articles (most reported first). Default: ${DEFAULT-VALUE}.")
  String sort;

  @Option(names = "--format", defaultValue = "text", description = "text or json (one event per line). Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.OutputFormat format;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many events; 0 for all. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many events first. Default: ${DEFAULT-VALUE}.")
  int offset;

  @Option(names = "--country", paramLabel = "CODE", description = "Events that happened in this country: ISO 3166 alpha-3 (NGA) or alpha-2 (NG).")
  String country;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Events that happened inside this box: west,south,east,north in degrees.")
  String bbox;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    EventQuery q = query();
    try (Store store = Store.open(db); PrintWriter out = Output.open(null)) {
      List<StoredEvent> events = store.events(q);
      for (StoredEvent e : events) {
        out.println(format == AnalyzeCommand.OutputFormat.json ? EventJson.line(e) : text(e));
      }
      if (format == AnalyzeCommand.OutputFormat.text && events.isEmpty()) {
        out.println("no events");
      }
    }
    return 0;
  }

  EventQuery query() {
    try {
      EventQuery q = EventQuery.all().withActor(actor).withCameo(cameo).withQuadClass(quad)
          .between(day("--from", from), day("--to", to)).withNegated(negated)
          .withCertainty(certainty == null ? null : Event.Certainty.valueOf(certainty.toUpperCase(Locale.ROOT)))
          .sortedBy(sort(sort)).page(limit, offset).at(PlaceFilter.of(country, bbox));
      if (dyad != null) {
        String[] ab = dyad.split(":");
        if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
          throw new ErrorHandler.UsageError("--dyad must be A:B, got '" + dyad + "'");
        }
        q = q.withDyad(ab[0].strip(), ab[1].strip(), direction(direction));
      }
      return q;
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError(e.getMessage().startsWith("No enum constant")
          ? "--certainty must be asserted, alleged or hypothetical, got '" + certainty + "'" : e.getMessage());
    }
  }

  static EventQuery.Direction direction(String d) {
    return switch (d.toLowerCase(Locale.ROOT)) {
      case "either" -> EventQuery.Direction.EITHER;
      case "forward" -> EventQuery.Direction.FORWARD;
      case "both" -> EventQuery.Direction.BOTH;
      default -> throw new ErrorHandler.UsageError("--direction must be either, forward or both, got '" + d + "'");
    };
  }

  static EventQuery.Sort sort(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "date" -> EventQuery.Sort.DATE;
      case "goldstein" -> EventQuery.Sort.GOLDSTEIN;
      case "articles", "num_articles" -> EventQuery.Sort.NUM_ARTICLES;
      default -> throw new ErrorHandler.UsageError("--sort must be date, goldstein or articles, got '" + s + "'");
    };
  }

  static LocalDate day(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ErrorHandler.UsageError(option + " must be YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** One readable line: date, dyad, code and label, score, counts, flags. */
  static String text(StoredEvent s) {
    Event e = s.event();
    return String.format(Locale.ROOT, "#%s  %-10s  %s -> %s  %s %s  (goldstein %.1f, quad %d)  %d article(s), %d source(s)%s%s",
        e.id(), e.date() == null ? "undated" : e.date(), who(e.source()), who(e.target()), e.cameo(),
        e.label() == null ? "" : e.label(), e.goldstein(), e.quadClass(), s.numArticles(), s.numSources(),
        e.negated() ? "  NEGATED" : "", e.certainty() == Event.Certainty.ASSERTED ? "" : "  " + e.certainty().name().toLowerCase(Locale.ROOT));
  }

  private static String who(ActorRef r) {
    return r == null ? "?" : r.code() != null ? r.code() : r.name();
  }
}
