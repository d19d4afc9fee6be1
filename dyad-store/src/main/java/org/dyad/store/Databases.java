package org.dyad.store;

import java.nio.file.Path;
import org.dyad.model.DyadException;
import org.flywaydb.core.Flyway;

/** Turns the {@code --db} argument into a JDBC URL and migrates the schema. */
final class Databases {
  /** The default {@code --db}: an H2 database in this folder. */
  static final String DEFAULT_FOLDER = "dyad-data";

  static {
    // AUTO_SERVER serves a file store to this machine's other dyad processes through a TCP port; H2
    // binds it to every interface unless told otherwise. Loopback is enough for processes sharing a
    // file, and keeps the store off the network (read by H2 once, before its first connection).
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
  }

  private Databases() {}

  /**
   * A JDBC URL as is (H2 gets {@code MODE=PostgreSQL} added when missing), or a folder that holds
   * (or will hold) the H2 file database {@code <folder>/dyad}, opened with {@code AUTO_SERVER=TRUE}:
   * the first process that opens it serves it to the others (a {@code dyad events} while a
   * {@code dyad serve} runs), and the next takes over when that one ends.
   */
  static String url(String dbArg) {
    String arg = dbArg == null || dbArg.isBlank() ? DEFAULT_FOLDER : dbArg.strip();
    if (arg.startsWith("jdbc:h2:")) {
      return durable(arg.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? arg : arg + ";MODE=PostgreSQL");
    }
    if (arg.startsWith("jdbc:postgresql:")) {
      return arg;
    }
    if (arg.startsWith("jdbc:")) {
      throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL or a folder, got '" + arg + "'");
    }
    Path folder = Path.of(arg).toAbsolutePath().normalize();
    return durable("jdbc:h2:file:" + folder.resolve("dyad") + ";MODE=PostgreSQL;AUTO_SERVER=TRUE");
  }

  /**
   * H2 writes a commit to its file up to 500 ms later by default, so an article reported saved was
   * lost by a kill -9 right after: {@code WRITE_DELAY=0} writes each commit before it returns (unless
   * the URL chooses a delay of its own).
   */
  private static String durable(String h2Url) {
    return h2Url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=") ? h2Url : h2Url + ";WRITE_DELAY=0";
  }

  /**
   * Brings the schema to the newest version (Flyway, migrations in db/migration). Flyway opens its own
   * connections, not the pool's: it holds two at once, more than a pool of one has.
   */
  static void migrate(String url) {
    try {
      flyway(url).migrate();
    } catch (RuntimeException e) {
      throw failure("migrate", url, e, e.getMessage());
    }
  }

  /** H2's error code for a file store another process holds open. */
  static final int H2_IN_USE = 90020;

  /**
   * The error to report when a store cannot be opened or migrated. An H2 file store opened without
   * {@code AUTO_SERVER=TRUE} (a jdbc:h2: URL given as is) is one process's at a time: a second process
   * on it is told so and what to do, not handed H2's advice to "use the server mode".
   */
  static DyadException failure(String action, String url, Exception e, String detail) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_IN_USE) {
        return new DyadException("the store " + redact(url) + " is open in another dyad process (an ingest, a serve"
            + " or an export) that holds it alone; an H2 store opened without AUTO_SERVER=TRUE serves one process at"
            + " a time: wait for that one to end, give --db as a folder (shared by every dyad process), add"
            + " ;AUTO_SERVER=TRUE to the URL in every process, or keep the corpus in PostgreSQL (--db jdbc:postgresql://...)", e);
      }
    }
    return new DyadException("cannot " + action + " database " + redact(url) + ": " + detail, e);
  }

  static Flyway flyway(String url) {
    return Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
        .javaMigrations(new SearchWordsMigration()).load();
  }

  /** The URL without a password parameter, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
