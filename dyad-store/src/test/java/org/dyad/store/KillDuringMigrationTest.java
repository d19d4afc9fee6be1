package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose schema is being created or migrated when its process is killed opens again: a child
 * JVM opens a new (or an outdated) H2 store and is killed after a delay that sweeps the time its
 * first open takes; every store must then open, hold the newest schema and take an article.
 */
class KillDuringMigrationTest {
  @TempDir
  Path dir;

  @Test
  void aStoreKilledWhileItsSchemaIsCreatedOpensAgain() throws Exception {
    assertThat(sweep(false)).isEmpty();
  }

  @Test
  void aStoreKilledWhileItsSchemaIsMigratedOpensAgainWithItsArticles() throws Exception {
    assertThat(sweep(true)).isEmpty();
  }

  /**
   * Kills a child opening a store at 15 delays, 40 ms apart, around the moment a first child reported
   * the store open (the migration runs just before); returns the stores that did not open again.
   */
  private List<String> sweep(boolean outdated) throws Exception {
    long opened = millisToOpen(dir.resolve(outdated ? "probe-old" : "probe-new"), outdated);
    List<String> broken = new ArrayList<>();
    for (long d = Math.max(100, opened - 520); d <= opened + 40; d += 40) {
      long delay = d;
      Path folder = dir.resolve((outdated ? "old-" : "new-") + delay);
      if (outdated) {
        makeOutdatedStore(folder);
      }
      Process child = new ProcessBuilder(javaCommand(folder.toString())).redirectErrorStream(true)
          .redirectOutput(dir.resolve("child-" + delay + ".log").toFile()).start();
      Thread.sleep(delay);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      try (Store store = Store.open(folder.toString())) {
        long before = store.counts().articles();
        store.save(Fixtures.analysis("after", Fixtures.other(99), "2024-03-01", null, List.of(Fixtures.SYRGOV), List.of()));
        assertThat(store.counts().articles()).isEqualTo(before + 1);
        if (outdated) {
          assertThat(before).as("the outdated store's article").isGreaterThanOrEqualTo(1);
        }
      } catch (RuntimeException e) {
        broken.add("killed after " + delay + " ms: " + e.getMessage());
      }
      try (var files = Files.list(folder)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".migrating-"))
            .forEach(n -> broken.add("killed after " + delay + " ms: a copy left beside the store: " + n));
      }
    }
    return broken;
  }

  /** How long a child takes from its start to a store opened (and migrated). */
  private long millisToOpen(Path folder, boolean outdated) throws Exception {
    if (outdated) {
      makeOutdatedStore(folder);
    }
    long t0 = System.nanoTime();
    Process child = new ProcessBuilder(javaCommand(folder.toString())).redirectErrorStream(true).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null && !line.equals("open"); ) {
        // Flyway's log
      }
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /** A store at schema version 1 holding one article, as an older dyad left it: versions 2 to 5 pending. */
  private static void makeOutdatedStore(Path folder) throws Exception {
    String url = Databases.url(folder.toString());
    try (Store store = Store.open(folder.toString())) {
      store.save(Fixtures.analysis("before", Fixtures.other(1), "2024-03-01", null, List.of(Fixtures.SYRGOV), List.of()));
    }
    // Back to version 1 with the article kept: drop what versions 2 to 5 added and their history rows.
    try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
      s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('2', '3', '4', '5')");
      s.execute("DROP TABLE writer_lock");
      for (String table : List.of("articles", "actors", "actor_aliases")) {
        s.execute("ALTER TABLE " + table + " DROP COLUMN search_words");
      }
      s.execute("DROP TABLE actor_mentions");
      s.execute("DROP INDEX events_country");
      s.execute("DROP INDEX events_lat_lon");
      for (String column : StoredPlaces.COLUMNS.split(", ")) {
        s.execute("ALTER TABLE events DROP COLUMN " + column);
      }
      s.execute("SHUTDOWN");
    }
    assertThat(Databases.flyway(url).info().pending()).hasSize(4);
  }

  private static List<String> javaCommand(String db) {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    return List.of(java, "-cp", System.getProperty("java.class.path"), SavingChild.class.getName(), db, "0", "3");
  }
}
