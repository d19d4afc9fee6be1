package org.dyad.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The store's connections: a HikariCP pool over one JDBC URL, so that readers (the server's request
 * threads) query in parallel instead of queueing for one connection. Works the same for H2 and
 * PostgreSQL; an embedded H2 file database is shared by every connection of this JVM.
 */
final class ConnectionPool {
  private ConnectionPool() {}

  /**
   * The default size: twice the cores, at least 4. Reads are CPU-bound (in this JVM for H2, on the
   * server for PostgreSQL), so more connections than that only queue inside the database; writes take
   * one connection at a time anyway (see {@link Store#save}).
   */
  static int defaultSize() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  static HikariDataSource open(String url, int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("the pool needs at least 1 connection, got " + maxConnections);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("dyad-store");
    config.setMaximumPoolSize(maxConnections);
    // Connections are opened on demand: a CLI command that reads once, or a Spark executor that only
    // writes, needs one, and a PostgreSQL server should not hold idle ones for every such process.
    config.setMinimumIdle(1);
    if (url.startsWith("jdbc:h2:")) {
      // Embedded H2 closes the database with its last connection (and drops a named in-memory one):
      // never retire connections for age, so the one idle connection keeps the database open.
      config.setMaxLifetime(0);
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw Databases.failure("open", url, e, cause.getMessage());
    }
  }
}
