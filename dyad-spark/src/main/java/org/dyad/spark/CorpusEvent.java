package org.dyad.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.dyad.events.merge.SameEvent;
import org.dyad.store.CrossArticle;

/**
 * One event of the corpus while tellings join it, kept as the store keeps a stored event by
 * {@link CrossArticle}'s order-free rules: the better CAMEO code, the source and quantity it lacked,
 * the better date ({@link CrossArticle#joined}), the location first in order, the claimant of most
 * mentions, every mention, and the certainty of {@link SameEvent#certainty}.
 */
final class CorpusEvent {
  private final String eventId;
  private final String firstArticle;
  private SameEvent.Telling telling;
  private Row code;
  private String sourceCode;
  private final Map<String, Integer> claims = new HashMap<>();
  private String location;
  private Row place;
  private final Set<String> articles = new LinkedHashSet<>();
  private final Set<String> sources = new LinkedHashSet<>();
  private final Map<String, Integer> votes = new HashMap<>();
  private final List<Row> mentions = new ArrayList<>();

  CorpusEvent(Told first) {
    this.eventId = first.articleId() + "#" + first.telling().getAs("id");
    this.firstArticle = first.articleId();
    this.telling = first.asTelling();
    this.code = first.telling();
    this.sourceCode = first.telling().getAs("source_code");
    this.location = first.telling().getAs("location");
    this.place = first.telling().getAs("place");
    add(first);
  }

  SameEvent.Telling telling() {
    return telling;
  }

  /** Adds a later telling that {@link CrossArticle#joins} this event. */
  void join(Told t) {
    Row r = t.telling();
    if (CrossArticle.betterCode(code.getAs("cameo"), r.getAs("cameo"))) {
      code = r;
    }
    if (telling.source() == null && r.getAs("source_actor") != null) {
      sourceCode = r.getAs("source_code");
    }
    telling = CrossArticle.joined(telling, t.asTelling());
    location = CrossArticle.kept(location, r.getAs("location"));
    if (place == null) {
      place = r.getAs("place"); // as the store keeps it: the first resolved place in saving order
    }
    add(t);
  }

  private void add(Told t) {
    Row r = t.telling();
    articles.add(t.articleId());
    sources.add(t.publisher() != null ? "host:" + t.publisher() : "article:" + t.articleId());
    List<Row> spans = r.getList(r.fieldIndex("mentions"));
    for (Row m : spans) {
      mentions.add(RowFactory.create(eventId, t.articleId(), m.getAs("sentence"), m.getAs("start"), m.getAs("end"),
          m.getAs("text"), r.getAs("claimed_by"), r.getAs("certainty")));
      votes.merge(r.getAs("certainty"), 1, Integer::sum);
      if (r.getAs("claimed_by") != null) {
        claims.merge(r.getAs("claimed_by"), 1, Integer::sum);
      }
    }
  }

  private String certainty() {
    return SameEvent.certaintyName(votes);
  }

  /** The event as a row of {@link Schemas#EVENT} with its mentions ({@link Schemas#MENTION}) appended. */
  Row toRow() {
    String date = telling.date();
    String month = date == null ? "undated" : date.length() >= 7 ? date.substring(0, 7) : date;
    Object[] values = {eventId, code.getAs("cameo"), telling.root(), code.getAs("label"), code.getAs("quad_class"),
        code.getAs("goldstein"), code.getAs("plover"), code.getAs("plover_mode"), telling.source(), sourceCode,
        telling.target(), code.getAs("target_code"), telling.negated(), certainty(), CrossArticle.claimant(claims), date,
        telling.dateExplicit(), telling.quantity(), location, place, articles.size(), sources.size(), mentions.size(),
        firstArticle, month, Schemas.array(List.copyOf(mentions))};
    return new GenericRowWithSchema(values, Schemas.EVENT_WITH_MENTIONS);
  }
}
