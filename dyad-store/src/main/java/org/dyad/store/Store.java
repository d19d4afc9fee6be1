package org.dyad.store;

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
 * Thread-safe (one connection, calls serialised); close it when done.
 */
public final class Store implements AutoCloseable {
  private final String url;
  private final Connection connection;
  private final StoreSettings settings;
  private final NearDuplicateIndex dedup;

  private Store(String url, Connection connection, StoreSettings settings) {
    this.url = url;
    this.connection = connection;
    this.settings = settings;
    this.dedup = NearDuplicateIndex.standard(settings.nearDuplicateThreshold());
  }

  /** Opens (creating and migrating if needed) the store at a JDBC URL or a folder; null means {@code ./dyad-data}. */
  public static Store open(String dbArg) {
    return open(dbArg, StoreSettings.DEFAULT);
  }

  public static Store open(String dbArg, StoreSettings settings) {
    String url = Databases.url(dbArg);
    Databases.migrate(url);
    return new Store(url, Databases.connect(url), settings);
  }

  /** The JDBC URL in use, password hidden. */
  public String url() {
    return Databases.redact(url);
  }

  /**
   * Stores an analysed article in one transaction: {@code KNOWN} when an article with the same text
   * (SHA-256) or URL is already stored, else {@code NEW} or {@code NEAR_DUPLICATE}.
   *
   * @throws IllegalArgumentException for an article that could not be analysed (a fatal problem)
   */
  public synchronized Saved save(Analysis analysis) {
    if (analysis.article().fatal()) {
      throw new IllegalArgumentException("article " + analysis.article().id() + " was not analysed and cannot be stored");
    }
    try {
      connection.setAutoCommit(false);
      try {
        Saved saved = new ArticleWriter(connection, dedup, settings.sameEventDays()).write(analysis);
        connection.commit();
        return saved;
      } catch (SQLException e) {
        connection.rollback();
        // Another process may have stored the same article meanwhile: then it is known.
        Optional<Saved> known = "23505".equals(e.getSQLState())
            ? ArticleWriter.known(connection, contentHash(analysis.article().format(), analysis.article().text()), analysis.article().url())
            : Optional.empty();
        if (known.isPresent()) {
          return known.get();
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DyadException("cannot store article " + analysis.article().id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * An article's identity in the store: the SHA-256 of its format and text. The same text read twice
   * is one article; a page's HTML and its plain-text copy are two articles of one story (near-duplicates).
   */
  public static String contentHash(String format, String text) {
    return ContentHash.of(format + "\n" + text);
  }

  /** The stored article with this content hash ({@link #contentHash}) or URL, to skip analysing it again. */
  public synchronized Optional<Saved> known(String contentHash, String url) {
    try {
      return ArticleWriter.known(connection, contentHash, url);
    } catch (SQLException e) {
      throw new DyadException("cannot look up article " + contentHash + ": " + e.getMessage(), e);
    }
  }

  public synchronized List<StoredEvent> events(EventQuery query) {
    try {
      return new EventSearch(connection).run(query);
    } catch (SQLException e) {
      throw new DyadException("cannot query events: " + e.getMessage(), e);
    }
  }

  /** Every event the query matches, page by page, so memory stays flat for any corpus (limit and offset are ignored). */
  public synchronized void forEachEvent(EventQuery query, Consumer<StoredEvent> sink) {
    int page = 1000;
    for (int offset = 0; ; offset += page) {
      List<StoredEvent> events = events(query.sortedBy(EventQuery.Sort.DATE).page(page, offset));
      events.forEach(sink);
      if (events.size() < page) {
        return;
      }
    }
  }

  /** The time series of a dyad. */
  public synchronized List<DyadPeriod> dyad(DyadQuery q) {
    return DyadSeries.of(events(EventQuery.all().withDyad(q.a(), q.b(), q.direction())), q);
  }

  /** How many events the query matches, its limit and offset aside. */
  public synchronized long countEvents(EventQuery query) {
    return read("count events", () -> new EventSearch(connection).count(query));
  }

  /** The event with this store id. */
  public synchronized Optional<StoredEvent> event(long id) {
    return read("read event " + id, () -> new EventSearch(connection).byIds(List.of(id)).stream().findFirst());
  }

  /** Stored articles, newest first; {@code limit} 0 means no limit. */
  public synchronized List<ArticleSummary> articles(int limit, int offset) {
    checkPage(limit, offset);
    return read("list articles", () -> new ArticleQueries(connection).list(limit, offset));
  }

  /** One article in full: text, actors with their spans, quotes, events. */
  public synchronized Optional<StoredArticle> article(long id) {
    return read("read article " + id, () -> new ArticleQueries(connection).get(id));
  }

  /** Articles whose title contains {@code text} (ignoring case), newest first. */
  public synchronized List<ArticleSummary> articlesByTitle(String text, int limit) {
    checkPage(limit, 0);
    return read("search articles", () -> new ArticleQueries(connection).byTitle(text, limit));
  }

  /** Stored actors, those in most events first; {@code limit} 0 means no limit. */
  public synchronized List<ActorSummary> actors(int limit, int offset) {
    checkPage(limit, offset);
    return read("list actors", () -> new ActorQueries(connection).list(limit, offset));
  }

  /** Actors whose id, code, name or an alias contains {@code text} (ignoring case), busiest first. */
  public synchronized List<ActorSummary> searchActors(String text, int limit) {
    checkPage(limit, 0);
    return read("search actors", () -> new ActorQueries(connection).search(text, limit));
  }

  /** One actor (id, also ignoring case) with its aliases and its {@code maxRelations} strongest relations. */
  public synchronized Optional<ActorProfile> actor(String id, int maxRelations) {
    return read("read actor " + id, () -> new ActorQueries(connection).get(id, maxRelations));
  }

  /**
   * Quotes, newest article first, in text order within one; {@code speaker} (id, code or code prefix)
   * and {@code articleId} filter when not null.
   */
  public synchronized List<StoredQuote> quotes(String speaker, Long articleId, int limit, int offset) {
    checkPage(limit, offset);
    return read("list quotes", () -> new ArticleQueries(connection).quotes(speaker, articleId, limit, offset));
  }

  public synchronized long countQuotes(String speaker, Long articleId) {
    return read("count quotes", () -> new ArticleQueries(connection).countQuotes(speaker, articleId));
  }

  /** The actor network of the events the query selects. */
  public synchronized Network network(NetworkQuery query) {
    return read("build the network", () -> new NetworkSearch(connection).run(query));
  }

  private static void checkPage(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
    }
  }

  /** A read that may fail in JDBC. */
  private interface SqlRead<T> {
    T run() throws SQLException;
  }

  private <T> T read(String what, SqlRead<T> r) {
    try {
      return r.run();
    } catch (SQLException e) {
      throw new DyadException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** How much the store holds. */
  public record Counts(long articles, long stories, long events, long actors) {}

  public synchronized Counts counts() {
    return new Counts(count("SELECT COUNT(*) FROM articles"), count("SELECT COUNT(DISTINCT story_id) FROM articles"),
        count("SELECT COUNT(*) FROM events"), count("SELECT COUNT(*) FROM actors"));
  }

  private long count(String sql) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new DyadException("cannot count: " + e.getMessage(), e);
    }
  }

  /** The connection, for the benchmarks and tests in this module's package. */
  Connection connection() {
    return connection;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DyadException("cannot close database " + url() + ": " + e.getMessage(), e);
    }
  }
}
