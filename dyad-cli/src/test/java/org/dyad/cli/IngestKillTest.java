package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest loses nothing committed, and the next run completes the rest:
 * every article stored exactly once. The killed ingest runs as a separate JVM on an H2 database in
 * server mode (AUTO_SERVER) that this test's JVM holds open, so it can watch the child's commits.
 */
class IngestKillTest {
  private static final String[] PLACES = {"Nairobi", "Addis Ababa", "Kampala", "Kigali", "Dodoma", "Khartoum",
      "Juba", "Mogadishu", "Djibouti", "Asmara", "Lusaka", "Harare"};

  @TempDir
  Path dir;

  @Test
  void aKilledIngestLosesNothingAndTheRerunStoresEachArticleOnce() throws Exception {
    Path in = dir.resolve("in");
    java.nio.file.Files.createDirectories(in);
    for (int i = 0; i < PLACES.length; i++) {
      Articles.write(in, "a" + (i < 10 ? "0" : "") + i + ".txt", article(i));
    }
    String db = "jdbc:h2:file:" + dir.resolve("db").resolve("dyad") + ";MODE=PostgreSQL;AUTO_SERVER=TRUE";
    // This JVM opens the database first and keeps it open: it owns the H2 server the child connects to.
    try (Connection watcher = DriverManager.getConnection(db)) {
      killMidway(db, in);
    }
  }

  /** The same on PostgreSQL, in a schema of its own (CI sets DYAD_TEST_PG_URL and runs a server). */
  @Test
  void aKilledIngestOnPostgresLosesNothingAndTheRerunStoresEachArticleOnce() throws Exception {
    String env = System.getenv("DYAD_TEST_PG_URL");
    String base = env != null ? env : "jdbc:postgresql://localhost:5432/dyad_test?user=dyad&password=dyad";
    String schema = "kill_" + Long.toHexString(System.nanoTime());
    try (Connection admin = DriverManager.getConnection(base); Statement st = admin.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if (env != null) {
        throw e; // CI promised a server
      }
      assumeTrue(false, "no PostgreSQL server answers at " + base + ": " + e.getMessage());
    }
    Path in = dir.resolve("in");
    java.nio.file.Files.createDirectories(in);
    for (int i = 0; i < PLACES.length; i++) {
      Articles.write(in, "a" + (i < 10 ? "0" : "") + i + ".txt", article(i));
    }
    try {
      killMidway(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, in);
    } finally {
      try (Connection admin = DriverManager.getConnection(base); Statement st = admin.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private void killMidway(String db, Path in) throws Exception {
    Process child = new ProcessBuilder(ChildJvm.dyad("ingest", "--db", db, "--threads", "1", in.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (stored < 2 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      stored = count(db, "SELECT COUNT(*) FROM articles");
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assumeTrue(stored >= 2 && stored < PLACES.length, "the child finished or stalled before it could be killed (" + stored + " stored): "
        + java.nio.file.Files.readString(dir.resolve("child.log")));

    Cli.Result rerun = Cli.run("ingest", "--db", db, in.toString());
    assertThat(rerun.status()).as(rerun.toString()).isZero();
    assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(PLACES.length);
    assertThat(count(db, "SELECT COUNT(DISTINCT content_hash) FROM articles")).isEqualTo(PLACES.length);
    assertThat(count(db, "SELECT COUNT(DISTINCT name) FROM articles")).isEqualTo(PLACES.length);
    long known = count(db, "SELECT COUNT(*) FROM articles") - Long.parseLong(rerun.out().split(" new")[0].strip());
    assertThat(rerun.out()).contains(known + " already known");
    assertThat(known).isGreaterThanOrEqualTo(2);
  }

  private static String article(int i) {
    String place = PLACES[i];
    return place.toUpperCase() + ", March " + (i + 1) + " - Officials in " + place + " said on Monday that talks with"
        + " the African Union on border security would resume next week after " + (i + 2) + " rounds of"
        + " negotiations. Police arrested " + (10 + i) + " protesters near the parliament in " + place + ", and the"
        + " government promised an inquiry into the clashes. The United Nations urged all sides in " + place
        + " to show restraint.";
  }

  private static long count(String db, String sql) {
    try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return 0; // not yet created by the child
    }
  }
}
