package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorRef;

/** Reads stored actors: lists, one actor with its aliases and relations, search by name or alias. */
final class ActorQueries {
  /**
   * Actors with their counts of articles and of the events they take part in that count as acts
   * ({@link Counting#ACTS}); callers add joins, conditions and order.
   */
  static final String SUMMARY = "SELECT a.id, a.code, a.name, a.type, a.country, a.role, a.affiliation, a.title,"
      + " (SELECT COUNT(*) FROM article_actors x WHERE x.actor_id = a.id) AS n_articles,"
      + " (SELECT COUNT(*) FROM events e WHERE e.source_actor = a.id AND " + Counting.ACTS.condition("e") + ")"
      + " + (SELECT COUNT(*) FROM events e WHERE e.target_actor = a.id AND (e.source_actor IS NULL OR e.source_actor <> a.id)"
      + " AND " + Counting.ACTS.condition("e") + ")"
      + " AS n_events FROM actors a";
  private static final String BUSIEST = " ORDER BY n_events DESC, n_articles DESC, a.id";

  private final Connection c;

  ActorQueries(Connection c) {
    this.c = c;
  }

  /** Actors, those in most events first. */
  List<ActorSummary> list(int limit, int offset) throws SQLException {
    return summaries(c, SUMMARY + BUSIEST + ArticleQueries.page(limit, offset), List.of());
  }

  /**
   * Actors found by {@code text}, busiest first: those whose name or one alias has a word starting with
   * each of its words ({@link SearchWords}: "assad" finds "Bashar al-Assad", not "Chinese ambassador"),
   * or whose id or code starts with it; case and accents ignored, "%" and "_" only characters.
   */
  List<ActorSummary> search(String text, int limit) throws SQLException {
    List<String> terms = SearchWords.terms(text);
    List<Object> args = new ArrayList<>();
    String name = SearchWords.condition("a.search_words", terms, args);
    String alias = SearchWords.condition("l.search_words", terms, args);
    String start = Sql.startsWith(text.strip().toLowerCase(Locale.ROOT));
    args.add(start);
    args.add(start);
    String sql = SUMMARY + " WHERE " + name + " OR a.id IN (SELECT l.actor_id FROM actor_aliases l WHERE " + alias + ")"
        + " OR LOWER(a.id) LIKE ? ESCAPE '\\' OR LOWER(a.code) LIKE ? ESCAPE '\\'"
        + BUSIEST + ArticleQueries.page(limit, 0);
    return summaries(c, sql, args);
  }

  /** One actor by id (exact, or ignoring case), with at most {@code maxRelations} relations. */
  Optional<ActorProfile> get(String id, int maxRelations) throws SQLException {
    List<ActorSummary> found = summaries(c, SUMMARY + " WHERE a.id = ? OR LOWER(a.id) = ? ORDER BY a.id",
        List.of(id, id.toLowerCase(Locale.ROOT)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ActorSummary actor = found.stream().filter(a -> a.id().equals(id)).findFirst().orElse(found.get(0));
    List<String> aliases = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias",
        List.of(actor.id())); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        aliases.add(rs.getString(1));
      }
    }
    ActorRef affiliated = actor.affiliation() == null ? null : refs(List.of(actor.affiliation())).get(actor.affiliation());
    return Optional.of(new ActorProfile(actor, aliases, affiliated, relations(actor.id(), maxRelations)));
  }

  private List<ActorProfile.Relation> relations(String id, int max) throws SQLException {
    String sql = "SELECT e.source_actor, e.target_actor, e.quad_class, COUNT(*), SUM(e.goldstein) FROM events e"
        + " WHERE (e.source_actor = ? OR e.target_actor = ?) AND " + Counting.ACTS.condition("e")
        + " AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL AND e.source_actor <> e.target_actor"
        + " GROUP BY e.source_actor, e.target_actor, e.quad_class";
    Map<String, Tally> byOther = new LinkedHashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, List.of(id, id)); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String other = id.equals(rs.getString(1)) ? rs.getString(2) : rs.getString(1);
        byOther.computeIfAbsent(other, k -> new Tally()).add(rs.getInt(3), rs.getInt(4), rs.getDouble(5));
      }
    }
    Map<String, ActorRef> refs = refs(byOther.keySet());
    return byOther.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> -e.getValue().events).thenComparing(Map.Entry::getKey))
        .limit(max)
        .map(e -> new ActorProfile.Relation(refs.get(e.getKey()), e.getValue().events, e.getValue().cooperation,
            e.getValue().conflict, e.getValue().mean()))
        .toList();
  }

  /** References (id, code, name) of these actors by id. */
  Map<String, ActorRef> refs(java.util.Collection<String> ids) throws SQLException {
    Map<String, ActorRef> out = new LinkedHashMap<>();
    List<String> list = new ArrayList<>(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
      try (PreparedStatement ps = Sql.prepare(c, "SELECT id, code, name FROM actors WHERE id IN (" + Sql.placeholders(chunk.size()) + ")",
          chunk); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new ActorRef(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  static List<ActorSummary> summaries(Connection c, String sql, List<?> args) throws SQLException {
    List<ActorSummary> out = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10)));
      }
    }
    return out;
  }

  /** Counts of events per quad class summed up: cooperation (1-2), conflict (3-4), each class, Goldstein sum. */
  static final class Tally {
    int events;
    int cooperation;
    int conflict;
    final int[] quadClasses = new int[4];
    double goldsteinSum;

    void add(int quadClass, int count, double goldstein) {
      events += count;
      quadClasses[quadClass - 1] += count;
      if (quadClass <= 2) {
        cooperation += count;
      } else {
        conflict += count;
      }
      goldsteinSum += goldstein;
    }

    double mean() {
      return events == 0 ? 0 : goldsteinSum / events;
    }

    /** Quad class (1-4) to its events, every class present. */
    Map<Integer, Integer> byQuadClass() {
      Map<Integer, Integer> out = new LinkedHashMap<>();
      for (int i = 0; i < quadClasses.length; i++) {
        out.put(i + 1, quadClasses[i]);
      }
      return out;
    }
  }
}
