package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;

/** Runs an {@link EventQuery}: one SQL query for the events, one per page for their mentions and articles. */
final class EventSearch {
  private final Connection c;

  EventSearch(Connection c) {
    this.c = c;
  }

  List<StoredEvent> run(EventQuery q) throws SQLException {
    if (oneSidedBoth(q)) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    return select(where + " ORDER BY " + order(q.sort())
        + (q.limit() > 0 ? " LIMIT " + q.limit() : "") + (q.offset() > 0 ? " OFFSET " + q.offset() : ""), args);
  }

  /**
   * How many of the matching events happened in each country (ISO alpha-3); events without a country
   * left out. The query is taken as given: a caller that wants acts only says so
   * ({@link EventQuery#countingActsByDefault}).
   */
  Map<String, Long> countByCountry(EventQuery q) throws SQLException {
    Map<String, Long> out = new java.util.TreeMap<>();
    if (oneSidedBoth(q)) {
      return out;
    }
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    String sql = "SELECT e.country_code, COUNT(*) FROM events e LEFT JOIN actors s ON s.id = e.source_actor"
        + " LEFT JOIN actors t ON t.id = e.target_actor" + where + (where.isEmpty() ? " WHERE" : " AND")
        + " e.country_code IS NOT NULL GROUP BY e.country_code";
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /** How many events the query matches, limit and offset aside. */
  long count(EventQuery q) throws SQLException {
    if (oneSidedBoth(q)) {
      return 0;
    }
    List<Object> args = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM events e LEFT JOIN actors s ON s.id = e.source_actor"
        + " LEFT JOIN actors t ON t.id = e.target_actor" + where(q, args);
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The events with these store ids, in id order (unknown ids are left out). */
  List<StoredEvent> byIds(List<Long> ids) throws SQLException {
    List<StoredEvent> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      out.addAll(select(" WHERE e.id IN (" + Sql.placeholders(chunk.size()) + ") ORDER BY e.id", new ArrayList<>(chunk)));
    }
    return out;
  }

  private List<StoredEvent> select(String whereOrderLimit, List<Object> args) throws SQLException {
    String sql = "SELECT e.*, fa.ingested_at AS first_added, s.code AS s_code, s.name AS s_name, s.country AS s_country, s.role AS s_role, s.type AS s_type,"
        + " t.code AS t_code, t.name AS t_name, t.country AS t_country, t.role AS t_role, t.type AS t_type FROM events e"
        + " LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor"
        + " LEFT JOIN articles fa ON fa.id = e.first_article"
        + whereOrderLimit;
    Map<Long, Row> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Row r = row(rs);
        rows.put(r.id, r);
      }
    }
    loadMentions(rows);
    List<StoredEvent> out = new ArrayList<>();
    for (Row r : rows.values()) {
      out.add(r.toStored());
    }
    return out;
  }

  /** A dyad asked in BOTH directions that has events in one direction only: it matches nothing. */
  private boolean oneSidedBoth(EventQuery q) throws SQLException {
    return q.dyadA() != null && q.direction() == EventQuery.Direction.BOTH
        && (!exists(q.withDyad(q.dyadA(), q.dyadB(), EventQuery.Direction.FORWARD))
            || !exists(q.withDyad(q.dyadB(), q.dyadA(), EventQuery.Direction.FORWARD)));
  }

  private boolean exists(EventQuery q) throws SQLException {
    List<Object> args = new ArrayList<>();
    String sql = "SELECT 1 FROM events e LEFT JOIN actors s ON s.id = e.source_actor LEFT JOIN actors t ON t.id = e.target_actor"
        + where(q, args) + " LIMIT 1";
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private static String where(EventQuery q, List<Object> args) {
    List<String> conds = new ArrayList<>();
    if (q.actor() != null) {
      conds.add("(" + actor("s", q.actor(), args) + " OR " + actor("t", q.actor(), args) + ")");
    }
    if (q.dyadA() != null) {
      String forward = "(" + actor("s", q.dyadA(), args) + " AND " + actor("t", q.dyadB(), args) + ")";
      if (q.direction() == EventQuery.Direction.FORWARD) {
        conds.add(forward);
      } else {
        conds.add("(" + forward + " OR (" + actor("s", q.dyadB(), args) + " AND " + actor("t", q.dyadA(), args) + "))");
      }
    }
    if (q.cameo() != null) {
      conds.add("e.cameo LIKE ? ESCAPE '\\'");
      args.add(Sql.startsWith(q.cameo()));
    }
    if (q.quadClass() != null) {
      conds.add("e.quad_class = ?");
      args.add(q.quadClass());
    }
    if (q.from() != null) {
      conds.add("e.day_to >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      conds.add("e.day_from <= ?");
      args.add(q.to());
    }
    if (!q.certainties().isEmpty()) {
      conds.add("e.certainty IN (" + Sql.placeholders(q.certainties().size()) + ")");
      java.util.EnumSet.copyOf(q.certainties()).forEach(c -> args.add(c.name().toLowerCase(Locale.ROOT)));
    }
    if (q.negated() != null) {
      conds.add("e.negated = ?");
      args.add(q.negated());
    }
    StoredPlaces.where(q.place(), conds, args);
    return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
  }

  /** An actor by id, or by code or code prefix (taken literally: "%" and "_" are no wildcards). */
  private static String actor(String table, String actor, List<Object> args) {
    args.add(Sql.startsWith(actor.toUpperCase(Locale.ROOT)));
    args.add(actor.toLowerCase(Locale.ROOT));
    return "(UPPER(" + table + ".code) LIKE ? ESCAPE '\\' OR LOWER(" + table + ".id) = ?)";
  }

  private static String order(EventQuery.Sort sort) {
    return switch (sort) {
      case DATE -> "e.day_from DESC NULLS LAST, e.id";
      case GOLDSTEIN -> "e.goldstein ASC, e.id";
      case NUM_ARTICLES -> "e.num_articles DESC, e.id";
    };
  }

  private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }

  /** An event row while its mentions are loaded. */
  private static final class Row {
    long id;
    Event event;
    StoredEvent.ActorFacts sourceFacts;
    StoredEvent.ActorFacts targetFacts;
    int numArticles;
    int numSources;
    boolean dateFromText;
    long firstArticle;
    Instant added;
    final Map<Long, StoredEvent.ArticleRef> articles = new LinkedHashMap<>();
    final List<StoredEvent.Mention> mentions = new ArrayList<>();

    StoredEvent toStored() {
      List<Event.EventMention> ms = mentions.stream()
          .map(m -> new Event.EventMention(m.sentence(), m.start(), m.end(), m.text())).toList();
      Event full = event.withMentions(ms);
      return new StoredEvent(full, sourceFacts, targetFacts, numArticles, numSources, List.copyOf(articles.values()), mentions,
          dateFromText, firstArticle, added);
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    Row r = new Row();
    r.id = rs.getLong("id");
    r.numArticles = rs.getInt("num_articles");
    r.numSources = rs.getInt("num_sources");
    r.dateFromText = rs.getBoolean("date_explicit");
    r.firstArticle = rs.getLong("first_article");
    r.added = instant(rs, "first_added");
    r.sourceFacts = facts(rs, "s_");
    r.targetFacts = facts(rs, "t_");
    r.event = Event.builder(String.valueOf(r.id))
        .source(ref(rs.getString("source_actor"), rs.getString("s_code"), rs.getString("s_name")))
        .target(ref(rs.getString("target_actor"), rs.getString("t_code"), rs.getString("t_name")))
        .cameo(rs.getString("cameo")).root(rs.getString("root")).label(rs.getString("label"))
        .goldstein(rs.getDouble("goldstein")).quadClass(rs.getInt("quad_class"))
        .plover(rs.getString("plover")).ploverMode(rs.getString("plover_mode")).negated(rs.getBoolean("negated"))
        .certainty(Event.Certainty.valueOf(rs.getString("certainty").toUpperCase(Locale.ROOT))).claimedBy(rs.getString("claimed_by"))
        .date(rs.getString("event_date")).quantity(Sql.getInt(rs, "quantity")).location(rs.getString("location"))
        .place(StoredPlaces.read(rs)).build();
    return r;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static StoredEvent.ActorFacts facts(ResultSet rs, String prefix) throws SQLException {
    return new StoredEvent.ActorFacts(rs.getString(prefix + "country"), rs.getString(prefix + "role"), rs.getString(prefix + "type"));
  }

  private static ActorRef ref(String id, String code, String name) {
    return id == null ? null : new ActorRef(id, code, name);
  }

  /**
   * A subquery over the actor mentions of the telling's article that lie inside its span: where the
   * article names the event's actors within the words that tell it (the GDELT Mentions offsets).
   * Mentions of one actor do not overlap, so the first to start is also the first to end.
   */
  private static String actorsInSpan(String aggregate, String actorCondition) {
    return " (SELECT " + aggregate + " FROM actor_mentions am WHERE am.article_id = m.article_id AND " + actorCondition
        + " AND am.start_offset >= m.start_offset AND am.end_offset <= m.end_offset)";
  }

  /** An offset column, -1 when null (no such mention). */
  private static int offset(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? -1 : v;
  }

  private void loadMentions(Map<Long, Row> rows) throws SQLException {
    List<Long> ids = new ArrayList<>(rows.keySet());
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String sql = "SELECT m.event_id, m.article_id, m.sentence, m.start_offset, m.end_offset, m.text,"
          + " a.name, a.url, a.published, a.story_id, m.certainty, src.host, a.title, a.ingested_at, LENGTH(a.text),"
          + actorsInSpan("MIN(am.start_offset)", "am.actor_id = e.source_actor") + ","
          + actorsInSpan("MIN(am.end_offset)", "am.actor_id = e.source_actor") + ","
          + actorsInSpan("MIN(am.start_offset)", "am.actor_id = e.target_actor") + ","
          + actorsInSpan("MIN(am.end_offset)", "am.actor_id = e.target_actor") + ","
          + actorsInSpan("MAX(am.end_offset)", "am.actor_id IN (e.source_actor, e.target_actor)")
          + " FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id"
          + " LEFT JOIN sources src ON src.id = a.source_id"
          + " WHERE m.event_id IN (" + Sql.placeholders(chunk.size()) + ")"
          + " ORDER BY m.event_id, m.article_id, m.sentence, m.start_offset";
      try (PreparedStatement ps = prepare(sql, new ArrayList<>(chunk)); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row r = rows.get(rs.getLong(1));
          long article = rs.getLong(2);
          r.mentions.add(new StoredEvent.Mention(article, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
              rs.getString(11), offset(rs, 16), offset(rs, 17), offset(rs, 18), offset(rs, 19), offset(rs, 20)));
          if (!r.articles.containsKey(article)) {
            OffsetDateTime ingested = rs.getObject(14, OffsetDateTime.class);
            r.articles.put(article, new StoredEvent.ArticleRef(article, rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getLong(10), rs.getString(12), rs.getString(13),
                ingested == null ? null : ingested.toInstant(), rs.getInt(15)));
          }
        }
      }
    }
  }
}
