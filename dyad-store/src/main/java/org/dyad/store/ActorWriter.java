package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Span;

/**
 * Upserts actors: an actor is the same across articles when its id is (dyad's ids are stable: the
 * dictionary's, or made from the name). A known actor keeps its fields and gains the ones it lacked
 * and any new aliases.
 */
final class ActorWriter {
  private final Connection c;

  ActorWriter(Connection c) {
    this.c = c;
  }

  void upsert(Actor a) throws SQLException {
    if (!exists(a.id())) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO actors (id, code, name, type, country, role, affiliation, title, search_words) VALUES (?,?,?,?,?,?,?,?,?)")) {
        ps.setString(1, a.id());
        ps.setString(2, a.code());
        ps.setString(3, Sql.cut(a.name(), 1000));
        ps.setString(4, a.type().name().toLowerCase(Locale.ROOT));
        ps.setString(5, a.country());
        ps.setString(6, a.role());
        ps.setString(7, a.affiliation());
        ps.setString(8, Sql.cut(a.title(), 500));
        ps.setString(9, nameWords(a.name()));
        ps.executeUpdate();
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement("UPDATE actors SET code = COALESCE(code, ?), country = COALESCE(country, ?),"
          + " role = COALESCE(role, ?), affiliation = COALESCE(affiliation, ?), title = COALESCE(title, ?) WHERE id = ?")) {
        ps.setString(1, a.code());
        ps.setString(2, a.country());
        ps.setString(3, a.role());
        ps.setString(4, a.affiliation());
        ps.setString(5, Sql.cut(a.title(), 500));
        ps.setString(6, a.id());
        ps.executeUpdate();
      }
    }
    addAliases(a.id(), a.aliases());
  }

  /** Makes sure an actor an event or quote refers to exists, also when the analysis did not list it. */
  void ensure(ActorRef ref) throws SQLException {
    if (ref != null && !exists(ref.id())) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (id, code, name, type, search_words) VALUES (?,?,?,?,?)")) {
        String name = Sql.cut(ref.name() == null ? ref.id() : ref.name(), 1000);
        ps.setString(1, ref.id());
        ps.setString(2, ref.code());
        ps.setString(3, name);
        ps.setString(4, "organization");
        ps.setString(5, nameWords(name));
        ps.executeUpdate();
      }
    }
  }

  /** Records that an article mentions an actor: how often, and where (its spans). */
  void linkToArticle(long articleId, Actor a) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_actors (article_id, actor_id, mentions) VALUES (?,?,?)")) {
      ps.setLong(1, articleId);
      ps.setString(2, a.id());
      ps.setInt(3, a.mentions().size());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO actor_mentions (article_id, actor_id, start_offset, end_offset) VALUES (?,?,?,?)")) {
      for (Span m : a.mentions()) {
        ps.setLong(1, articleId);
        ps.setString(2, a.id());
        ps.setInt(3, m.start());
        ps.setInt(4, m.end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The {@link SearchWords} of a name or alias, for whole-word search. */
  private static String nameWords(String name) {
    return Sql.cut(SearchWords.of(name), SearchWordsMigration.NAME_WORDS);
  }

  private boolean exists(String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM actors WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void addAliases(String actorId, List<String> aliases) throws SQLException {
    Set<String> known = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT alias FROM actor_aliases WHERE actor_id = ?")) {
      ps.setString(1, actorId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          known.add(rs.getString(1));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_aliases (actor_id, alias, search_words) VALUES (?, ?, ?)")) {
      for (String alias : aliases) {
        String a = Sql.cut(alias, 1000);
        if (a != null && known.add(a)) {
          ps.setString(1, actorId);
          ps.setString(2, a);
          ps.setString(3, nameWords(a));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
