package org.dyad.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.store.dedup.Lsh;
import org.dyad.store.dedup.NearDuplicateIndex;

/** Writes one analysed article with its actors, quotes and events, inside the caller's transaction. */
final class ArticleWriter {
  private final Connection c;
  private final NearDuplicateIndex dedup;
  private final int sameEventDays;

  ArticleWriter(Connection c, NearDuplicateIndex dedup, int sameEventDays) {
    this.c = c;
    this.dedup = dedup;
    this.sameEventDays = sameEventDays;
  }

  /** The stored article with this content hash, or else this URL. */
  static Optional<Saved> known(Connection c, String hash, String url) throws SQLException {
    String sql = "SELECT id, story_id FROM articles WHERE content_hash = ?" + (url == null ? "" : " OR url = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, hash);
      if (url != null) {
        ps.setString(2, url);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Saved.known(rs.getLong(1), rs.getLong(2))) : Optional.empty();
      }
    }
  }

  Saved write(Analysis a) throws SQLException {
    ArticleInfo info = a.article();
    String hash = Store.contentHash(info.format(), info.text());
    Optional<Saved> known = known(c, hash, info.url());
    if (known.isPresent()) {
      return known.get();
    }
    int[] signature = dedup.signature(info.text());
    Optional<NearDuplicateIndex.Match> dup = dedup.find(c, signature);
    long articleId = insertArticle(info, hash, signature, dup.orElse(null));
    dedup.add(c, articleId, signature);
    ActorWriter actors = new ActorWriter(c);
    for (Actor actor : a.actors()) {
      actors.upsert(actor);
      actors.linkToArticle(articleId, actor);
    }
    for (Quote q : a.quotes()) {
      actors.ensure(q.speaker());
      insertQuote(articleId, q);
    }
    EventWriter events = new EventWriter(c, sameEventDays);
    int merged = 0;
    for (Event e : a.events()) {
      actors.ensure(e.source());
      actors.ensure(e.target());
      merged += events.save(articleId, info.date(), e) ? 1 : 0;
    }
    int fresh = a.events().size() - merged;
    if (dup.isPresent()) {
      NearDuplicateIndex.Match m = dup.get();
      return new Saved(Saved.Status.NEAR_DUPLICATE, articleId, m.storyId(), m.articleId(), m.similarity(), fresh, merged);
    }
    return new Saved(Saved.Status.NEW, articleId, articleId, null, null, fresh, merged);
  }

  private long insertArticle(ArticleInfo info, String hash, int[] signature, NearDuplicateIndex.Match dup) throws SQLException {
    String sql = "INSERT INTO articles (name, content_hash, url, source_id, title, published, text, story_id,"
        + " near_duplicate_of, similarity, minhash, ingested_at, search_words) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    long id;
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, Sql.cut(info.id(), 500));
      ps.setString(2, hash);
      ps.setString(3, Sql.cut(info.url(), 2000));
      Sql.setLong(ps, 4, source(info.url()));
      ps.setString(5, Sql.cut(info.title(), 2000));
      Sql.setDate(ps, 6, info.date());
      ps.setString(7, info.text());
      ps.setLong(8, dup == null ? -1 : dup.storyId());
      Sql.setLong(ps, 9, dup == null ? null : dup.articleId());
      if (dup == null) {
        ps.setNull(10, java.sql.Types.DOUBLE);
      } else {
        ps.setDouble(10, dup.similarity());
      }
      ps.setBytes(11, Lsh.toBytes(signature));
      ps.setObject(12, OffsetDateTime.now());
      ps.setString(13, SearchWords.of(info.title(), info.text()));
      ps.executeUpdate();
      id = Sql.generatedId(ps);
    }
    if (dup == null) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?")) {
        ps.setLong(1, id);
        ps.setLong(2, id);
        ps.executeUpdate();
      }
    }
    return id;
  }

  /** The publisher of a URL, by host ("www." dropped); null without a usable URL. */
  private Long source(String url) throws SQLException {
    String host = host(url);
    if (host == null) {
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sources WHERE host = ?")) {
      ps.setString(1, host);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (host) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, host);
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void insertQuote(long articleId, Quote q) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes"
        + " (article_id, speaker_actor, speaker_text, text, start_offset, end_offset) VALUES (?,?,?,?,?,?)")) {
      ps.setLong(1, articleId);
      ps.setString(2, q.speaker() == null ? null : q.speaker().id());
      ps.setString(3, Sql.cut(q.speakerText(), 1000));
      ps.setString(4, q.text());
      ps.setInt(5, q.start());
      ps.setInt(6, q.end());
      ps.executeUpdate();
    }
  }
}
