package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stories: the clusters of near-duplicate articles (articles.story_id) with their events. */
final class StoryQueries {
  private final Connection c;

  StoryQueries(Connection c) {
    this.c = c;
  }

  /** Stories, the one with the newest article first. */
  List<StoredStory> list(int limit, int offset) throws SQLException {
    List<Long> ids = new ArrayList<>();
    String sql = "SELECT story_id FROM articles GROUP BY story_id ORDER BY MAX(published) DESC NULLS LAST, story_id DESC"
        + ArticleQueries.page(limit, offset);
    try (PreparedStatement ps = Sql.prepare(c, sql, List.of()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    List<StoredStory> out = new ArrayList<>();
    for (long id : ids) {
      get(id).ifPresent(out::add);
    }
    return out;
  }

  Optional<StoredStory> get(long id) throws SQLException {
    List<StoredStory.Article> articles = articles(id);
    return articles.isEmpty() ? Optional.empty() : Optional.of(new StoredStory(id, articles, events(id)));
  }

  private List<StoredStory.Article> articles(long story) throws SQLException {
    String sql = "SELECT a.id, a.name, a.title, a.published, a.url, src.host, a.near_duplicate_of, a.similarity FROM articles a"
        + " LEFT JOIN sources src ON src.id = a.source_id WHERE a.story_id = ? ORDER BY a.published NULLS LAST, a.id";
    List<StoredStory.Article> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, List.of(story)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long dup = rs.getLong(7);
        Long nearDuplicateOf = rs.wasNull() ? null : dup;
        double sim = rs.getDouble(8);
        Double similarity = rs.wasNull() ? null : sim;
        out.add(new StoredStory.Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getString(6), nearDuplicateOf, similarity));
      }
    }
    return out;
  }

  private List<StoredEvent> events(long story) throws SQLException {
    String sql = "SELECT DISTINCT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.story_id = ?"
        + " ORDER BY m.event_id";
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, List.of(story)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return new EventSearch(c).byIds(ids);
  }
}
