package org.dyad.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on a real PostgreSQL: {@code DYAD_TEST_PG_URL} or the local default. Each test
 * gets its own schema, dropped afterwards. Skipped when no server answers, unless DYAD_TEST_PG_URL is
 * set: CI (.ci/run) starts a server and sets it.
 */
class PostgresStoreTest extends StoreContract {
  private String schema;

  /** The server under test, credentials in the URL. */
  static String serverUrl() {
    String env = System.getenv("DYAD_TEST_PG_URL");
    return env != null && !env.isBlank() ? env : "jdbc:postgresql://localhost:5432/dyad_test?user=dyad&password=dyad";
  }

  /** A new empty schema on the test server, as a {@code --db} URL; the test is skipped without a server. */
  static String freshSchema(String name) {
    try (Connection c = DriverManager.getConnection(serverUrl()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      // Where DYAD_TEST_PG_URL is set (CI), a missing server is a failure, not a reason to skip.
      if (System.getenv("DYAD_TEST_PG_URL") != null) {
        throw new IllegalStateException("DYAD_TEST_PG_URL is set but " + serverUrl() + " does not answer", e);
      }
      assumeTrue(false, "no PostgreSQL at " + serverUrl() + ": " + e.getMessage());
    }
    return serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  static void dropSchema(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl()); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  @Override
  protected String freshDatabase() {
    String name = "t" + Long.toHexString(System.nanoTime()) + Integer.toHexString((int) (Math.random() * 65536));
    String url = freshSchema(name);
    schema = name; // only once it exists: a skipped test has nothing to drop
    return url;
  }

  @AfterEach
  void drop() throws SQLException {
    if (schema != null) {
      dropSchema(schema);
    }
  }
}
