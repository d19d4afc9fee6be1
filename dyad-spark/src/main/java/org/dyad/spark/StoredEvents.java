package org.dyad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;
import org.dyad.store.export.Exporter;

/**
 * One corpus event (a row of {@link ExchangeFormats}' join: the event, its number, its tellings with
 * their articles and actor mentions, its actors' facts) as the store's {@link StoredEvent}, and that
 * written by {@code dyad export}'s exporters. The tellings are taken in the store's order (article,
 * sentence, start), and a telling's actor offsets are the store's: the first start and end of each
 * actor's mentions inside the span, and the last end of either.
 */
final class StoredEvents implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Row> STORE_ORDER = Comparator.<Row>comparingLong(t -> t.getAs("article"))
      .thenComparingInt(t -> t.<Integer>getAs("sentence")).thenComparingInt(t -> t.<Integer>getAs("start"));

  /** When the articles count as ingested: GDELT's DATEADDED and MentionTimeDate. */
  private final Instant added;

  StoredEvents(Instant added) {
    this.added = added;
  }

  String gdelt(Row r) {
    return withoutLineEnd(export("gdelt", r));
  }

  String gdeltMentions(Row r) {
    return export("gdelt-mentions", r);
  }

  String plover(Row r) {
    return withoutLineEnd(export("plover", r));
  }

  /** A record's own line, without the '\n' the exporter ends it with (a text file's writer adds one); empty cells at its end stay. */
  private static String withoutLineEnd(String record) {
    return record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
  }

  private String export(String format, Row r) {
    StringWriter out = new StringWriter();
    try {
      Exporter.of(format).write(stored(r), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an event as " + format + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  StoredEvent stored(Row r) {
    List<Row> told = new ArrayList<>(r.getList(r.fieldIndex("told")));
    told.sort(STORE_ORDER);
    Map<Long, StoredEvent.ArticleRef> articles = new LinkedHashMap<>();
    List<StoredEvent.Mention> mentions = new ArrayList<>();
    for (Row t : told) {
      long article = t.getAs("article");
      articles.computeIfAbsent(article, a -> articleRef(a, t));
      mentions.add(mention(article, t));
    }
    List<Event.EventMention> spans = mentions.stream()
        .map(m -> new Event.EventMention(m.sentence(), m.start(), m.end(), m.text())).toList();
    Event event = Event.builder(String.valueOf(r.<Long>getAs("num")))
        .source(ref(r, "source_actor", "s_")).target(ref(r, "target_actor", "t_"))
        .cameo(r.getAs("cameo")).root(r.getAs("root")).label(r.getAs("label"))
        .goldstein(r.<Double>getAs("goldstein")).quadClass(r.<Integer>getAs("quad_class"))
        .plover(r.getAs("plover")).ploverMode(r.getAs("plover_mode")).negated(r.<Boolean>getAs("negated"))
        .certainty(Event.Certainty.valueOf(r.<String>getAs("certainty").toUpperCase(Locale.ROOT))).claimedBy(r.getAs("claimed_by"))
        .date(r.getAs("date")).quantity(r.getAs("quantity")).location(r.getAs("location"))
        .place(ArticleRows.place(r.<Row>getAs("place"))).mentions(spans).build();
    return new StoredEvent(event, facts(r, "source_actor", "s_"), facts(r, "target_actor", "t_"), r.<Integer>getAs("num_articles"),
        r.<Integer>getAs("num_sources"), List.copyOf(articles.values()), mentions, Boolean.TRUE.equals(r.getAs("date_explicit")),
        r.<Long>getAs("first_num"), added);
  }

  private StoredEvent.ArticleRef articleRef(long id, Row t) {
    java.sql.Date date = t.getAs("date");
    return new StoredEvent.ArticleRef(id, t.getAs("name"), t.getAs("url"), date == null ? null : date.toLocalDate(),
        t.<Long>getAs("story_num"), t.getAs("publisher"), t.getAs("title"), added, t.<Integer>getAs("length"));
  }

  private static StoredEvent.Mention mention(long article, Row t) {
    int start = t.getAs("start");
    int end = t.getAs("end");
    Inside source = Inside.of(t.getList(t.fieldIndex("source_spans")), start, end);
    Inside target = Inside.of(t.getList(t.fieldIndex("target_spans")), start, end);
    return new StoredEvent.Mention(article, t.getAs("sentence"), start, end, t.getAs("text"), t.getAs("certainty"),
        source.firstStart(), source.firstEnd(), target.firstStart(), target.firstEnd(), Math.max(source.lastEnd(), target.lastEnd()));
  }

  /** An actor's mentions inside a span [start, end): the least start, the least end, the greatest end; -1 when none. */
  private record Inside(int firstStart, int firstEnd, int lastEnd) {
    static Inside of(List<Row> spans, int start, int end) {
      int firstStart = -1;
      int firstEnd = -1;
      int lastEnd = -1;
      for (Row s : spans == null ? List.<Row>of() : spans) {
        int from = s.getAs("start");
        int to = s.getAs("end");
        if (from >= start && to <= end) {
          firstStart = firstStart < 0 ? from : Math.min(firstStart, from);
          firstEnd = firstEnd < 0 ? to : Math.min(firstEnd, to);
          lastEnd = Math.max(lastEnd, to);
        }
      }
      return new Inside(firstStart, firstEnd, lastEnd);
    }
  }

  private static ActorRef ref(Row r, String actor, String prefix) {
    String id = r.getAs(actor);
    return id == null ? null : new ActorRef(id, r.getAs(prefix + "code"), r.getAs(prefix + "name"));
  }

  private static StoredEvent.ActorFacts facts(Row r, String actor, String prefix) {
    return r.getAs(actor) == null ? StoredEvent.ActorFacts.NONE
        : new StoredEvent.ActorFacts(r.getAs(prefix + "country"), r.getAs(prefix + "role"), r.getAs(prefix + "type"));
  }
}
