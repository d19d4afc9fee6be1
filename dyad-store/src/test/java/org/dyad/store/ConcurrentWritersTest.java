package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.Fixtures.HAMAS;
import static org.dyad.store.Fixtures.SYRGOV;
import static org.dyad.store.Fixtures.actor;
import static org.dyad.store.Fixtures.analysis;
import static org.dyad.store.Fixtures.event;
import static org.dyad.store.Fixtures.other;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers on one PostgreSQL database or one H2 folder store, each its own {@link Store} (its own
 * pool and lock, as two {@code dyad ingest} processes are), saving overlapping articles at the same
 * moment: the store ends as one writer saving them all would leave it, with no article, event or actor
 * twice and no failure.
 */
class ConcurrentWritersTest {
  private final List<String> schemas = new ArrayList<>();

  @AfterEach
  void drop() throws SQLException {
    for (String s : schemas) {
      PostgresStoreTest.dropSchema(s);
    }
  }

  private String freshDb() {
    String name = "w" + Long.toHexString(System.nanoTime());
    String url = PostgresStoreTest.freshSchema(name);
    schemas.add(name);
    return url;
  }

  /** Article {@code n}: Syria arrests Hamas members, and a group of its own (one of five) attacks Hamas. */
  private static Analysis article(int n) {
    Actor group = actor("group-" + (n % 5), "GRP" + (n % 5), "Group " + (n % 5), ActorType.ARMED_GROUP, "band " + n);
    List<Event> events = List.of(
        event(SYRGOV, HAMAS, "173", "2024-12-08", false, Event.Certainty.ASSERTED, -5.0, 4),
        event(group, HAMAS, "190", "2024-12-0" + (1 + n % 3), false, Event.Certainty.ASSERTED, -10.0, 4));
    return analysis("art-" + n, other(100 + n), "2024-12-08", "https://news" + (n % 4) + ".example/" + n,
        List.of(SYRGOV, HAMAS, group), events);
  }

  private static List<Analysis> articles(int from, int to) {
    List<Analysis> out = new ArrayList<>();
    for (int n = from; n < to; n++) {
      out.add(article(n));
    }
    return out;
  }

  /** Everything a store holds that a second writer could duplicate or break, without ids. */
  private static List<String> contents(Store store) {
    List<String> out = new ArrayList<>();
    out.add("counts " + store.counts());
    store.events(EventQuery.all().page(1000, 0)).stream().map(s -> "event " + s.event().source().id() + " "
        + s.event().cameo() + " " + s.event().target().id() + " " + s.event().date() + " articles=" + s.numArticles()
        + " sources=" + s.numSources() + " mentions=" + s.event().numMentions()).sorted().forEach(out::add);
    store.actors(1000, 0).stream().map(a -> "actor " + a.id() + " " + a.code() + " articles=" + a.numArticles()
        + " events=" + a.numEvents()).sorted().forEach(out::add);
    return out;
  }

  @TempDir
  Path tmp;

  @Test
  void twoWritersOnOverlappingArticlesLeaveWhatOneWriterWould() throws Exception {
    twoWriters(this::freshDb);
  }

  @Test
  void twoWritersOnOneH2StoreLeaveWhatOneWriterWould() throws Exception {
    twoWriters(() -> tmp.resolve("h2-" + System.nanoTime()).toString());
  }

  private static void twoWriters(Supplier<String> freshDb) throws Exception {
    List<String> expected;
    try (Store one = Store.open(freshDb.get())) {
      articles(0, 40).forEach(one::save);
      expected = contents(one);
    }
    for (int round = 0; round < 3; round++) {
      String db = freshDb.get();
      try (Store a = Store.open(db); Store b = Store.open(db)) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
          Future<?> first = pool.submit(() -> saveAll(a, articles(0, 28), start));
          Future<?> second = pool.submit(() -> saveAll(b, articles(12, 40), start));
          start.countDown();
          first.get(120, TimeUnit.SECONDS);
          second.get(120, TimeUnit.SECONDS);
        } finally {
          pool.shutdownNow();
        }
        assertThat(contents(a)).as("round " + round).isEqualTo(expected);
      }
    }
  }

  private static Void saveAll(Store store, List<Analysis> articles, CountDownLatch start) throws InterruptedException {
    start.await();
    articles.forEach(store::save);
    return null;
  }
}
