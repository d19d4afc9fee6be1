package org.dyad.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.input.ContentHash;
import org.dyad.model.Analysis;
import org.dyad.model.DyadException;
import org.dyad.store.dedup.NearDuplicateIndex;

/**
 * dyad's corpus store: analysed articles with their actors, quotes and events in an H2 or PostgreSQL
 * database. {@link #save} writes one article in one transaction, so an interrupted ingest loses
 * nothing that was saved, and is idempotent by content hash and URL. Across articles, actors are one
 * by id, near-duplicate articles form one story, and tellings of one event are one stored event.
 * Thread-safe: reads run in parallel on a pool of connections, saves one at a time. Close it when
 * done (that closes the pool, and with it an embedded H2 database).
 */
public final class Store implements AutoCloseable {
  private final String url;
  private final HikariDataSource pool;
  private final StoreSettings settings;
  private final NearDuplicateIndex dedup;
  /** Held by {@link #save}: this JVM writes one article at a time. */
  private final Object writer = new Object();

  private Store(String url, HikariDataSource pool, StoreSettings settings) {
    this.url = url;
    this.pool = pool;
    this.settings = settings;
    this.dedup = NearDuplicateIndex.standard(settings.nearDuplicateThreshold());
  }

  /** Opens (creating and migrating if needed) the store at a JDBC URL or a folder; null means {@code ./dyad-data}. */
  public static Store open(String dbArg) {
    return open(dbArg, StoreSettings.DEFAULT);
  }

  public static Store open(String dbArg, StoreSettings settings) {
    return open(dbArg, settings, defaultConnections());
  }

  /** As {@link #open(String, StoreSettings)}, with at most {@code maxConnections} connections to the database. */
  public static Store open(String dbArg, StoreSettings settings, int maxConnections) {
    String url = Databases.url(dbArg);
    // A new or outdated H2 file store is migrated on a copy first (H2Migration), so that a kill
    // mid-migration cannot leave half a schema; what remains for Flyway below is a check.
    H2Migration.prepare(url);
    // The pool first: its connection keeps an embedded H2 database open while Flyway's come and go,
    // so the migrated database is the very one the store then reads (no close and reopen between).
    HikariDataSource pool = ConnectionPool.open(url, maxConnections);
    try {
      Databases.migrate(url);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Store(url, pool, settings);
  }

  /** How many connections a store opens at most unless told: twice the cores, at least 4. */
  public static int defaultConnections() {
    return ConnectionPool.defaultSize();
  }

  /** The JDBC URL in use, password hidden. */
  public String url() {
    return Databases.redact(url);
  }

  /**
   * Stores an analysed article in one transaction: {@code KNOWN} when an article with the same text
   * (SHA-256) or URL is already stored, else {@code NEW} or {@code NEAR_DUPLICATE}.
   *
   * <p>Saves are serialised in this JVM, and on PostgreSQL across processes by an advisory lock:
   * merging an article's events and actors into the stored ones reads, then updates, and two such
   * transactions at once under READ COMMITTED could both miss the other's new event or actor. Readers
   * are not held up: they see the last committed article.
   *
   * @throws IllegalArgumentException for an article that could not be analysed (a fatal problem)
   */
  public Saved save(Analysis analysis) {
    if (analysis.article().fatal()) {
      throw new IllegalArgumentException("article " + analysis.article().id() + " was not analysed and cannot be stored");
    }
    synchronized (writer) {
      return withConnection("store article " + analysis.article().id(), c -> saveIn(c, analysis));
    }
  }

  private Saved saveIn(Connection c, Analysis analysis) throws SQLException {
    c.setAutoCommit(false);
    try {
      lockWriters(c);
      Saved saved = new ArticleWriter(c, dedup, settings.sameEventDays()).write(analysis);
      c.commit();
      return saved;
    } catch (SQLException | RuntimeException e) {
      // Roll back on any failure: setAutoCommit(true) below would otherwise commit half an article.
      c.rollback();
      // Another process may have stored the same article meanwhile: then it is known.
      Optional<Saved> known = e instanceof SQLException s && "23505".equals(s.getSQLState())
          ? ArticleWriter.known(c, contentHash(analysis.article().format(), analysis.article().text()), analysis.article().url())
          : Optional.empty();
      if (known.isPresent()) {
        return known.get();
      }
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The key of the PostgreSQL advisory lock that serialises saves across processes ("dyad" in ASCII). */
  static final long WRITER_LOCK = 0x64796164L;

  /**
   * Waits for the lock every dyad writer takes for its transaction, so that saves of several processes
   * (two ingests into one database, an ingest while a serve stores a POST) run one after the other as
   * saves within one JVM do, each seeing what the others committed: no event or actor stored twice, no
   * unique-key race. On PostgreSQL a transaction-scoped advisory lock; on H2, whose processes share a
   * store through the one that serves it (AUTO_SERVER), the row of {@code writer_lock}, waited for up
   * to a minute. Released at commit or rollback; readers never take it.
   */
  private static void lockWriters(Connection c) throws SQLException {
    if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, WRITER_LOCK);
        ps.execute();
      }
    } else {
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCK_TIMEOUT " + H2_WRITER_WAIT_MS);
        s.executeQuery("SELECT id FROM writer_lock WHERE id = 1 FOR UPDATE").close();
      }
    }
  }

  /** How long an H2 writer waits for another's save, in milliseconds (H2's own default is 10 s or less). */
  private static final int H2_WRITER_WAIT_MS = 60_000;

  /**
   * An article's identity in the store: the SHA-256 of its format and text. The same text read twice
   * is one article; a page's HTML and its plain-text copy are two articles of one story (near-duplicates).
   */
  public static String contentHash(String format, String text) {
    return ContentHash.of(format + "\n" + text);
  }

  /** The stored article with this content hash ({@link #contentHash}) or URL, to skip analysing it again. */
  public Optional<Saved> known(String contentHash, String url) {
    return withConnection("look up article " + contentHash, c -> ArticleWriter.known(c, contentHash, url));
  }

  public List<StoredEvent> events(EventQuery query) {
    return withConnection("query events", c -> new EventSearch(c).run(query));
  }

  /**
   * Every event the query matches in its order, page by page, so memory stays flat for any corpus
   * (limit and offset are ignored). Pages keep to one order because ties go by store id.
   */
  public void forEachEvent(EventQuery query, Consumer<StoredEvent> sink) {
    int page = 1000;
    for (int offset = 0; ; offset += page) {
      List<StoredEvent> events = events(query.page(page, offset));
      events.forEach(sink);
      if (events.size() < page) {
        return;
      }
    }
  }

  /** The time series of a dyad. */
  public List<DyadPeriod> dyad(DyadQuery q) {
    return dyad(q, null, null);
  }

  /** The time series of a dyad, of its events from {@code from} to {@code to} (days included; null for no bound). */
  public List<DyadPeriod> dyad(DyadQuery q, java.time.LocalDate from, java.time.LocalDate to) {
    return DyadSeries.of(events(EventQuery.all().withDyad(q.a(), q.b(), q.direction()).between(from, to)), q);
  }

  /** How many events the query matches, its limit and offset aside. */
  public long countEvents(EventQuery query) {
    return withConnection("count events", c -> new EventSearch(c).count(query));
  }

  /** How many of the events the query matches happened in each country (ISO alpha-3), its limit and offset aside. */
  public java.util.Map<String, Long> countEventsByCountry(EventQuery query) {
    return withConnection("count events by country", c -> new EventSearch(c).countByCountry(query));
  }

  /** The event with this store id. */
  public Optional<StoredEvent> event(long id) {
    return withConnection("read event " + id, c -> new EventSearch(c).byIds(List.of(id)).stream().findFirst());
  }

  /** Stored articles, newest first; {@code limit} 0 means no limit. */
  public List<ArticleSummary> articles(int limit, int offset) {
    checkPage(limit, offset);
    return withConnection("list articles", c -> new ArticleQueries(c).list(limit, offset));
  }

  /** One article in full: text, actors with their spans, quotes, events. */
  public Optional<StoredArticle> article(long id) {
    return withConnection("read article " + id, c -> new ArticleQueries(c).get(id));
  }

  /** Stories (clusters of near-duplicate articles) with their articles and events, the one with the newest article first. */
  public List<StoredStory> stories(int limit, int offset) {
    checkPage(limit, offset);
    return withConnection("list stories", c -> new StoryQueries(c).list(limit, offset));
  }

  /** The story with this id (the store id of its first article). */
  public Optional<StoredStory> story(long id) {
    return withConnection("read story " + id, c -> new StoryQueries(c).get(id));
  }

  /**
   * Full-text search: articles whose title or text has, for each word of {@code text}, a word that
   * starts with it (case and accents ignored; "sanction" finds "sanctions", "assad" not "ambassador"),
   * newest first.
   */
  public List<ArticleSummary> searchArticles(String text, int limit) {
    checkPage(limit, 0);
    return withConnection("search articles", c -> new ArticleQueries(c).search(text, limit));
  }

  /** Stored actors, those in most events first; {@code limit} 0 means no limit. */
  public List<ActorSummary> actors(int limit, int offset) {
    checkPage(limit, offset);
    return withConnection("list actors", c -> new ActorQueries(c).list(limit, offset));
  }

  /**
   * Actors whose name or an alias has, for each word of {@code text}, a word that starts with it, or
   * whose id or code starts with {@code text}; case and accents ignored, busiest first.
   */
  public List<ActorSummary> searchActors(String text, int limit) {
    checkPage(limit, 0);
    return withConnection("search actors", c -> new ActorQueries(c).search(text, limit));
  }

  /** One actor (id, also ignoring case) with its aliases and its {@code maxRelations} strongest relations. */
  public Optional<ActorProfile> actor(String id, int maxRelations) {
    return withConnection("read actor " + id, c -> new ActorQueries(c).get(id, maxRelations));
  }

  /**
   * Quotes, newest article first, in text order within one; {@code speaker} (id, code or code prefix)
   * and {@code articleId} filter when not null.
   */
  public List<StoredQuote> quotes(String speaker, Long articleId, int limit, int offset) {
    checkPage(limit, offset);
    return withConnection("list quotes", c -> new ArticleQueries(c).quotes(speaker, articleId, limit, offset));
  }

  public long countQuotes(String speaker, Long articleId) {
    return withConnection("count quotes", c -> new ArticleQueries(c).countQuotes(speaker, articleId));
  }

  /** The actor network of the events the query selects. */
  public Network network(NetworkQuery query) {
    return withConnection("build the network", c -> new NetworkSearch(c).run(query));
  }

  private static void checkPage(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
    }
  }

  /** Work on one connection that may fail in JDBC. */
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} on a connection borrowed from the pool for that long. */
  private <T> T withConnection(String what, SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new DyadException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** How much the store holds. */
  public record Counts(long articles, long stories, long events, long actors) {}

  public Counts counts() {
    return withConnection("count", c -> new Counts(count(c, "SELECT COUNT(*) FROM articles"),
        count(c, "SELECT COUNT(DISTINCT story_id) FROM articles"), count(c, "SELECT COUNT(*) FROM events"),
        count(c, "SELECT COUNT(*) FROM actors")));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A connection from the pool, for the benchmarks and tests in this module's package; close it to return it. */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** Closes the pool and its connections; an embedded H2 database closes with the last of them. */
  @Override
  public void close() {
    pool.close();
  }
}
