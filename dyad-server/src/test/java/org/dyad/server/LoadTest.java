package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.store.Store;
import org.dyad.store.StoreSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback, not part of {@code mvn verify} (tag "load"): 500 synthetic articles
 * (3,000 events among 20 actors over two years) in H2, then 50 concurrent clients for 30 s against the
 * event and dyad endpoints. Reports throughput, p50/p99 latency and errors; fails on any error.
 * Run: {@code mvn -o -pl dyad-core,dyad-sources,dyad-store,dyad-server test -Dtest=LoadTest
 * -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false} (-Ddyad.load.seconds, -Ddyad.load.clients,
 * -Ddyad.load.connections).
 */
@Tag("load")
class LoadTest {
  private static final int ARTICLES = 500;
  private static final int ACTORS = 20;
  private static final String[] WORDS = {"ministers", "met", "in", "the", "capital", "to", "discuss", "trade", "border",
      "security", "water", "rights", "and", "elections", "after", "months", "of", "talks", "between", "delegations",
      "troops", "crossed", "river", "protest", "envoy", "sanctions", "ceasefire", "aid", "convoy", "statement"};
  private static final String[][] CODES = {{"173", "17", "-5.0", "4"}, {"190", "19", "-10.0", "4"}, {"111", "11", "-2.0", "3"},
      {"040", "04", "1.0", "1"}, {"057", "05", "8.0", "1"}, {"0333", "03", "5.2", "1"}, {"070", "07", "7.0", "2"}, {"138", "13", "-7.0", "3"}};

  @TempDir
  Path dir;

  @Test
  void fiftyClientsForThirtySecondsOnEventsAndDyads() throws Exception {
    int seconds = Integer.getInteger("dyad.load.seconds", 30);
    int clients = Integer.getInteger("dyad.load.clients", 50);
    // -Ddyad.load.connections=1 gives the single connection of old, for a comparison on the same build.
    int connections = Integer.getInteger("dyad.load.connections", Store.defaultConnections());
    try (Store store = Store.open(dir.resolve("db").toString(), StoreSettings.DEFAULT, connections)) {
      long t0 = System.nanoTime();
      seed(store);
      double seedSeconds = (System.nanoTime() - t0) / 1e9;
      try (DyadServer server = DyadServer.create(store, TestCorpus::analyzer,
          ServerConfig.defaults(ServerConfig.generateToken()).withPort(0)).start()) {
        String base = "http://127.0.0.1:" + server.port();
        List<String> paths = List.of("/api/v1/events?limit=50", "/api/v1/events?actor=A03&limit=50",
            "/api/v1/events?dyad=A01:A02&quad=4&limit=50", "/api/v1/events?from=2024-03-01&to=2024-05-31&sort=goldstein&limit=50",
            "/api/v1/dyads/A01/A02?by=month", "/api/v1/dyads/A03/A07?by=year&top=10");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        int[] errors = new int[clients];
        for (int c = 0; c < clients; c++) {
          int client = c;
          results.add(pool.submit(() -> {
            List<Long> times = new ArrayList<>();
            int i = client;
            while (System.nanoTime() < end) {
              HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size())))
                  .timeout(Duration.ofSeconds(30)).GET().build();
              long s = System.nanoTime();
              try {
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                  errors[client]++;
                }
              } catch (java.io.IOException e) {
                errors[client]++;
              }
              times.add(System.nanoTime() - s);
            }
            return times.stream().mapToLong(Long::longValue).toArray();
          }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : results) {
          long[] t = f.get();
          long[] merged = Arrays.copyOf(all, all.length + t.length);
          System.arraycopy(t, 0, merged, all.length, t.length);
          all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        int errorCount = Arrays.stream(errors).sum();
        String report = String.format(Locale.ROOT,
            "load: %d articles, %d events seeded in %.1f s; %d connections; %d clients for %d s: %d requests, %.0f requests/s, "
                + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors",
            ARTICLES, store.counts().events(), seedSeconds, connections, clients, seconds, all.length, all.length / (double) seconds,
            all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6, errorCount);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-report.txt"), report + "\n");
        assertThat(errorCount).isZero();
        assertThat(all.length).isPositive();
      }
    }
  }

  /** 500 distinct articles, 6 events each, among actors A00..A19 (states), dated over 2024-2025. */
  private static void seed(Store store) {
    Random r = new Random(42);
    List<Actor> actors = new ArrayList<>();
    for (int a = 0; a < ACTORS; a++) {
      String id = String.format(Locale.ROOT, "A%02d", a);
      actors.add(new Actor(id, id, "Actor " + id, ActorType.STATE, "XX" + (char) ('A' + a), "GOV", null, null,
          List.of("Actor " + id), List.of(new Span(0, 6, "Report"))));
    }
    for (int n = 0; n < ARTICLES; n++) {
      StringBuilder text = new StringBuilder("Report " + n + ". ");
      for (int w = 0; w < 120; w++) {
        text.append(WORDS[r.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
      }
      String t = text.toString();
      LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730));
      List<Event> events = new ArrayList<>();
      List<Actor> named = new ArrayList<>();
      for (int e = 0; e < 6; e++) {
        Actor s = actors.get(r.nextInt(ACTORS));
        Actor g = actors.get(r.nextInt(ACTORS));
        if (s == g) {
          g = actors.get((actors.indexOf(s) + 1) % ACTORS);
        }
        named.add(s);
        named.add(g);
        String[] c = CODES[r.nextInt(CODES.length)];
        int start = r.nextInt(t.length() - 40);
        events.add(Event.builder("e" + e).source(s.ref()).target(g.ref()).cameo(c[0]).root(c[1]).label("label " + c[0])
            .goldstein(Double.parseDouble(c[2])).quadClass(Integer.parseInt(c[3])).negated(r.nextInt(20) == 0).date(date.toString())
            .mentions(List.of(new Event.EventMention(0, start, start + 30, t.substring(start, start + 30)))).build());
      }
      ArticleInfo info = new ArticleInfo("load-" + n, "Load article " + n, date, "https://load" + (n % 7) + ".example/" + n,
          "text", "en", t, List.of());
      store.save(new Analysis(info, named.stream().distinct().toList(), events, List.of()));
    }
  }
}
