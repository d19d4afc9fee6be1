package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;

/** Events as RFC 4180 CSV with a header row: one row per event, article ids joined by spaces. */
final class CsvExporter implements Exporter {
  static final List<String> COLUMNS = List.of("id", "date", "date_precision", "source_id", "source_code", "source_name", "target_id",
      "target_code", "target_name", "cameo", "root", "label", "quad_class", "goldstein", "plover", "negated", "certainty",
      "claimed_by", "quantity", "location", "num_mentions", "num_articles", "num_sources", "articles", "stories");

  @Override
  public void header(Writer out) throws IOException {
    out.write(String.join(",", COLUMNS) + "\r\n");
  }

  @Override
  public void write(StoredEvent s, Writer out) throws IOException {
    Event e = s.event();
    List<Object> row = List.of(e.id(), nn(e.date()), e.datePrecision().name().toLowerCase(Locale.ROOT), nn(id(e.source())), nn(code(e.source())), nn(name(e.source())),
        nn(id(e.target())), nn(code(e.target())), nn(name(e.target())), e.cameo(), e.root(), nn(e.label()), e.quadClass(),
        e.goldstein(), nn(e.plover()), e.negated(), e.certainty().name().toLowerCase(Locale.ROOT), nn(e.claimedBy()),
        e.quantity() == null ? "" : e.quantity(), nn(e.location()), e.numMentions(), s.numArticles(), s.numSources(),
        s.articles().stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(" ")),
        s.articles().stream().map(a -> String.valueOf(a.storyId())).distinct().collect(Collectors.joining(" ")));
    out.write(row.stream().map(v -> quote(String.valueOf(v))).collect(Collectors.joining(",")) + "\r\n");
  }

  static String quote(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }

  static String id(ActorRef r) {
    return r == null ? null : r.id();
  }

  static String code(ActorRef r) {
    return r == null ? null : r.code();
  }

  static String name(ActorRef r) {
    return r == null ? null : r.name();
  }
}
