package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.Span;

/** Reads stored articles and quotes: lists, one article in full, full-text search. */
final class ArticleQueries {
  private static final String SUMMARY = "SELECT a.id, a.name, a.title, a.published, a.url, a.story_id, a.near_duplicate_of,"
      + " (SELECT COUNT(DISTINCT m.event_id) FROM event_mentions m WHERE m.article_id = a.id) AS n_events FROM articles a";
  private static final String ORDER = " ORDER BY a.published DESC NULLS LAST, a.id DESC";

  private final Connection c;

  ArticleQueries(Connection c) {
    this.c = c;
  }

  /** Articles, newest first. */
  List<ArticleSummary> list(int limit, int offset) throws SQLException {
    return summaries(SUMMARY + ORDER + page(limit, offset), List.of());
  }

  /**
   * Articles whose title or text has a word starting with each word of {@code text} ({@link SearchWords}:
   * case and accents ignored, punctuation a break between words), newest first.
   */
  List<ArticleSummary> search(String text, int limit) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = SearchWords.condition("a.search_words", SearchWords.terms(text), args);
    return summaries(SUMMARY + " WHERE " + where + ORDER + page(limit, 0), args);
  }

  Optional<StoredArticle> get(long id) throws SQLException {
    List<ArticleSummary> found = summaries(SUMMARY + " WHERE a.id = ?", List.of(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String text;
    try (PreparedStatement ps = Sql.prepare(c, "SELECT text FROM articles WHERE id = ?", List.of(id)); ResultSet rs = ps.executeQuery()) {
      rs.next();
      text = rs.getString(1);
    }
    List<Long> eventIds = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ? ORDER BY event_id",
        List.of(id)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        eventIds.add(rs.getLong(1));
      }
    }
    return Optional.of(new StoredArticle(found.get(0), text, actors(id, text), quotes(null, id, 0, 0),
        new EventSearch(c).byIds(eventIds)));
  }

  /** Quotes of an article (when {@code articleId} is not null) and of a speaker (id, code or code prefix), in text order. */
  List<StoredQuote> quotes(String speaker, Long articleId, int limit, int offset) throws SQLException {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT q.id, q.article_id, ar.title, q.speaker_actor, s.code, s.name, q.speaker_text, q.text, q.start_offset,"
        + " q.end_offset FROM quotes q JOIN articles ar ON ar.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor"
        + quoteWhere(speaker, articleId, args) + " ORDER BY q.article_id DESC, q.start_offset, q.id" + page(limit, offset);
    List<StoredQuote> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String actor = rs.getString(4);
        out.add(new StoredQuote(rs.getLong(1), rs.getLong(2), rs.getString(3),
            actor == null ? null : new ActorRef(actor, rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
            rs.getInt(9), rs.getInt(10)));
      }
    }
    return out;
  }

  long countQuotes(String speaker, Long articleId) throws SQLException {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM quotes q LEFT JOIN actors s ON s.id = q.speaker_actor" + quoteWhere(speaker, articleId, args);
    try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String quoteWhere(String speaker, Long articleId, List<Object> args) {
    List<String> conds = new ArrayList<>();
    if (articleId != null) {
      conds.add("q.article_id = ?");
      args.add(articleId);
    }
    if (speaker != null) {
      conds.add("(LOWER(q.speaker_actor) = ? OR UPPER(s.code) LIKE ? ESCAPE '\\')");
      args.add(speaker.toLowerCase(Locale.ROOT));
      args.add(Sql.startsWith(speaker.toUpperCase(Locale.ROOT)));
    }
    return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
  }

  /** The actors an article names, most mentioned first, each with its spans (cut to the text's length). */
  private List<StoredArticle.ArticleActor> actors(long articleId, String text) throws SQLException {
    Map<String, List<Span>> spans = new HashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT actor_id, start_offset, end_offset FROM actor_mentions"
        + " WHERE article_id = ? ORDER BY start_offset, end_offset", List.of(articleId)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int start = Math.min(rs.getInt(2), text.length());
        int end = Math.max(start, Math.min(rs.getInt(3), text.length()));
        spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Span.of(text, start, end));
      }
    }
    List<StoredArticle.ArticleActor> out = new ArrayList<>();
    String sql = ActorQueries.SUMMARY + " JOIN article_actors aa ON aa.actor_id = a.id WHERE aa.article_id = ?"
        + " ORDER BY aa.mentions DESC, a.id";
    for (ActorSummary a : ActorQueries.summaries(c, sql, List.of(articleId))) {
      out.add(new StoredArticle.ArticleActor(a, spans.getOrDefault(a.id(), List.of())));
    }
    return out;
  }

  private List<ArticleSummary> summaries(String sql, List<Object> args) throws SQLException {
    List<ArticleSummary> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long dup = rs.getLong(7);
        Long nearDuplicateOf = rs.wasNull() ? null : dup;
        out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getLong(6), nearDuplicateOf, rs.getInt(8)));
      }
    }
    return out;
  }

  static String page(int limit, int offset) {
    return (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
  }
}
