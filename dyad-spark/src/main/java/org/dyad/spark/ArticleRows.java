package org.dyad.spark;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.input.SourceDocument;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.store.CrossArticle;
import org.dyad.store.Store;

/**
 * Turns one article into a row of {@link Schemas#ANALYSED}: its analysis, or the reason it has none.
 * An event's telling records whether its date is explicit by the store's rule
 * ({@link CrossArticle#telling}), so the merge across articles needs nothing else from the article.
 */
final class ArticleRows {
  private ArticleRows() {}

  /** Where an article came from: its origin and its place in the input order. */
  record Place(String origin, int fileIndex, int itemIndex) {}

  static Row analysed(Place at, Analysis a) {
    ArticleInfo info = a.article();
    return article(at, info, null,
        a.actors().stream().map(ArticleRows::actor).toList(),
        a.events().stream().map(e -> telling(e, info)).toList(),
        a.quotes().stream().map(ArticleRows::quote).toList());
  }

  /** A document that was not analysed: unreadable, empty, not English, or failed in the pipeline. */
  static Row failed(Place at, ArticleInfo info, String failure) {
    return article(at, info, failure, List.of(), List.of(), List.of());
  }

  static Row failed(Place at, SourceDocument doc, String failure) {
    return failed(at, doc.toArticleInfo(), failure);
  }

  private static Row article(Place at, ArticleInfo info, String failure, List<Row> actors, List<Row> events, List<Row> quotes) {
    String text = info.text() == null ? "" : info.text();
    return RowFactory.create(at.origin(), at.fileIndex(), at.itemIndex(), info.id(), info.title(),
        info.date() == null ? null : Date.valueOf(info.date()), info.url(), CrossArticle.publisher(info.url()),
        info.format(), info.language(), Store.contentHash(info.format(), text), text,
        Schemas.array(info.problems().stream().map(ArticleRows::problem).toList()), failure,
        Schemas.array(actors), Schemas.array(events), Schemas.array(quotes));
  }

  private static String problem(Problem p) {
    String where = p.start() == null ? "" : " at " + p.start() + "-" + p.end();
    return p.kind().name().toLowerCase(Locale.ROOT) + where + ": " + p.message();
  }

  private static Row actor(Actor a) {
    return RowFactory.create(a.id(), a.code(), a.name(), a.type().name().toLowerCase(Locale.ROOT), a.country(),
        a.role(), a.affiliation(), a.title(), Schemas.array(a.aliases()), a.mentions().size(),
        Schemas.array(a.mentions().stream().map(m -> RowFactory.create(m.start(), m.end())).toList()));
  }

  private static Row telling(Event e, ArticleInfo info) {
    List<Row> mentions = e.mentions().stream()
        .map(m -> RowFactory.create(m.sentence(), m.start(), m.end(), m.text())).toList();
    return RowFactory.create(e.id(), id(e.source()), code(e.source()), id(e.target()), code(e.target()),
        e.cameo(), e.root(), e.label(), e.goldstein(), e.quadClass(), e.plover(), e.ploverMode(), e.negated(),
        e.certainty().name().toLowerCase(Locale.ROOT), e.claimedBy(), e.date(),
        CrossArticle.telling(e, info.date()).dateExplicit(), e.quantity(), e.location(), place(e.place()),
        Schemas.array(mentions));
  }

  /** A resolved place as a {@link Schemas#PLACE} row; an unresolved one is none, as in the store. */
  static Row place(Location p) {
    return p == null || !p.resolved() ? null : RowFactory.create(p.text(), p.name(), p.geonamesId(), p.featureClass(),
        p.featureCode(), p.country(), p.admin1(), p.admin1Name(), p.lat(), p.lon(), p.how());
  }

  /** The place a {@link Schemas#PLACE} row holds, at offsets 0 as the store gives them; null for none. */
  static Location place(Row r) {
    return r == null ? null : new Location(r.getAs("text"), 0, 0, r.getAs("name"), r.getAs("geonames_id"),
        r.getAs("feature_class"), r.getAs("feature_code"), r.getAs("country"), r.getAs("admin1"), r.getAs("admin1_name"),
        r.getAs("lat"), r.getAs("lon"), r.getAs("how"));
  }

  private static Row quote(Quote q) {
    return RowFactory.create(id(q.speaker()), q.speakerText(), q.text(), q.start(), q.end());
  }

  private static String id(ActorRef ref) {
    return ref == null ? null : ref.id();
  }

  private static String code(ActorRef ref) {
    return ref == null ? null : ref.code();
  }
}
