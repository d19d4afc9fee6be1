package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.events.merge.SameEvent;
import org.dyad.model.Event;

/**
 * Stores the events of one article: each merges into the first stored event it joins by
 * {@link CrossArticle#joins} (candidates found by the index on root, target and negation, in id
 * order), else it is inserted. What the merged event keeps follows {@link CrossArticle}'s order-free
 * rules; counts, certainty and claimant are recomputed from the mentions.
 */
final class EventWriter {
  private final Connection c;
  private final int sameEventDays;

  EventWriter(Connection c, int sameEventDays) {
    this.c = c;
    this.sameEventDays = sameEventDays;
  }

  /** A stored event as the match rule sees it, and its location. */
  private record Stored(long id, String cameo, SameEvent.Telling telling, String location) {}

  /** Saves one event of an article; returns true when it merged into a stored event. */
  boolean save(long articleId, LocalDate articleDate, Event e) throws SQLException {
    SameEvent.Telling telling = CrossArticle.telling(e, articleDate);
    boolean explicit = telling.dateExplicit();
    DayRange days = DayRange.of(e.date());
    Stored match = null;
    for (Stored s : candidates(telling, days)) {
      if (CrossArticle.joins(s.telling(), telling, sameEventDays)) {
        match = s;
        break;
      }
    }
    long eventId = match == null ? insert(articleId, e, explicit, days) : merge(match, e, telling, days);
    insertMentions(eventId, articleId, e);
    recount(eventId);
    return match != null;
  }

  private List<Stored> candidates(SameEvent.Telling t, DayRange days) throws SQLException {
    String sql = "SELECT id, cameo, root, negated, source_actor, target_actor, event_date, date_explicit, quantity, location"
        + " FROM events WHERE root = ? AND negated = ? AND "
        + (t.target() == null ? "target_actor IS NULL" : "target_actor = ?")
        + (days == null ? "" : " AND (day_from IS NULL OR (day_from <= ? AND day_to >= ?))")
        + " ORDER BY id";
    List<Stored> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, t.root());
      ps.setBoolean(i++, t.negated());
      if (t.target() != null) {
        ps.setString(i++, t.target());
      }
      if (days != null) {
        // Wide enough for either rule: explicit dates by prefix (within the year), stand-ins by the window.
        int slack = Math.max(sameEventDays, 366);
        ps.setObject(i++, days.to().plusDays(slack));
        ps.setObject(i, days.from().minusDays(slack));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Stored(rs.getLong("id"), rs.getString("cameo"), new SameEvent.Telling(rs.getString("root"),
              rs.getBoolean("negated"), rs.getString("source_actor"), rs.getString("target_actor"),
              rs.getString("event_date"), rs.getBoolean("date_explicit"), Sql.getInt(rs, "quantity")), rs.getString("location")));
        }
      }
    }
    return out;
  }

  private long insert(long articleId, Event e, boolean explicit, DayRange days) throws SQLException {
    String sql = "INSERT INTO events (cameo, root, label, quad_class, goldstein, plover, plover_mode, source_actor, target_actor,"
        + " negated, certainty, claimed_by, event_date, date_explicit, day_from, day_to, quantity, location,"
        + " num_articles, num_sources, num_mentions, first_article, " + StoredPlaces.COLUMNS + ")"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,?," + Sql.placeholders(StoredPlaces.COUNT) + ")";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, e.cameo());
      ps.setString(2, e.root());
      ps.setString(3, Sql.cut(e.label(), 255));
      ps.setInt(4, e.quadClass());
      ps.setDouble(5, e.goldstein());
      ps.setString(6, e.plover());
      ps.setString(7, e.ploverMode());
      ps.setString(8, id(e.source()));
      ps.setString(9, id(e.target()));
      ps.setBoolean(10, e.negated());
      ps.setString(11, e.certainty().name().toLowerCase(Locale.ROOT));
      ps.setString(12, Sql.cut(e.claimedBy(), 1000));
      ps.setString(13, e.date());
      ps.setBoolean(14, explicit);
      Sql.setDate(ps, 15, days == null ? null : days.from());
      Sql.setDate(ps, 16, days == null ? null : days.to());
      Sql.setInt(ps, 17, e.quantity());
      ps.setString(18, Sql.cut(e.location(), 500));
      ps.setLong(19, articleId);
      StoredPlaces.set(ps, 20, e.place());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  /**
   * Merges by {@link CrossArticle}'s order-free rules: the better code, known values filled, the better
   * date, the location first in order; the claimant is recounted from the mentions.
   */
  private long merge(Stored s, Event e, SameEvent.Telling telling, DayRange days) throws SQLException {
    if (CrossArticle.betterCode(s.cameo(), e.cameo())) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE events SET cameo = ?, label = ?, quad_class = ?, goldstein = ?, plover = ?, plover_mode = ? WHERE id = ?")) {
        ps.setString(1, e.cameo());
        ps.setString(2, Sql.cut(e.label(), 255));
        ps.setInt(3, e.quadClass());
        ps.setDouble(4, e.goldstein());
        ps.setString(5, e.plover());
        ps.setString(6, e.ploverMode());
        ps.setLong(7, s.id());
        ps.executeUpdate();
      }
    }
    boolean betterDate = CrossArticle.betterDate(s.telling(), telling);
    try (PreparedStatement ps = c.prepareStatement("UPDATE events SET source_actor = COALESCE(source_actor, ?),"
        + " quantity = COALESCE(quantity, ?), location = ?"
        + (betterDate ? ", event_date = ?, date_explicit = ?, day_from = ?, day_to = ?" : "") + " WHERE id = ?")) {
      int i = 1;
      ps.setString(i++, id(e.source()));
      Sql.setInt(ps, i++, e.quantity());
      ps.setString(i++, CrossArticle.kept(s.location(), Sql.cut(e.location(), 500)));
      if (betterDate) {
        ps.setString(i++, e.date());
        ps.setBoolean(i++, telling.dateExplicit());
        Sql.setDate(ps, i++, days == null ? null : days.from());
        Sql.setDate(ps, i++, days == null ? null : days.to());
      }
      ps.setLong(i, s.id());
      ps.executeUpdate();
    }
    if (e.place() != null && e.place().resolved()) {
      // The place as the location: any over none, else the first stored.
      try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + StoredPlaces.ASSIGNMENTS
          + " WHERE id = ? AND place_name IS NULL")) {
        StoredPlaces.set(ps, 1, e.place());
        ps.setLong(StoredPlaces.COUNT + 1, s.id());
        ps.executeUpdate();
      }
    }
    return s.id();
  }

  private void insertMentions(long eventId, long articleId, Event e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions"
        + " (event_id, article_id, sentence, start_offset, end_offset, text, claimed_by, certainty) VALUES (?,?,?,?,?,?,?,?)")) {
      for (Event.EventMention m : e.mentions()) {
        ps.setLong(1, eventId);
        ps.setLong(2, articleId);
        ps.setInt(3, m.sentence());
        ps.setInt(4, m.start());
        ps.setInt(5, m.end());
        ps.setString(6, m.text());
        ps.setString(7, Sql.cut(e.claimedBy(), 1000));
        ps.setString(8, e.certainty().name().toLowerCase(Locale.ROOT));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Counts from the mentions; the certainty ({@link SameEvent#certainty}) and the claimant
   * ({@link CrossArticle#claimant}).
   */
  private void recount(long eventId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE events SET"
        + " num_mentions = (SELECT COUNT(*) FROM event_mentions WHERE event_id = ?),"
        + " num_articles = (SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id = ?),"
        + " num_sources = (SELECT COUNT(DISTINCT COALESCE(a.source_id, -a.id)) FROM event_mentions m"
        + "   JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?)"
        + " WHERE id = ?")) {
      for (int i = 1; i <= 4; i++) {
        ps.setLong(i, eventId);
      }
      ps.executeUpdate();
    }
    java.util.Map<String, Integer> votes = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT certainty, COUNT(*) FROM event_mentions WHERE event_id = ? GROUP BY certainty")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          votes.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    String best = SameEvent.certaintyName(votes);
    java.util.Map<String, Integer> claims = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT claimed_by, COUNT(*) FROM event_mentions"
        + " WHERE event_id = ? AND claimed_by IS NOT NULL GROUP BY claimed_by")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          claims.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE events SET certainty = ?, claimed_by = ? WHERE id = ?")) {
      ps.setString(1, best);
      ps.setString(2, CrossArticle.claimant(claims));
      ps.setLong(3, eventId);
      ps.executeUpdate();
    }
  }

  private static String id(org.dyad.model.ActorRef ref) {
    return ref == null ? null : ref.id();
  }
}
