package org.dyad.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DyadException;

/**
 * Schema changes of an H2 file store that survive a kill at any instant. H2 does not roll back DDL,
 * so a process killed while Flyway creates the tables left a store that never opened again ("Table
 * SOURCES already exists"). Here the schema is built on a copy (an empty file for a new store) that
 * is shut down cleanly and only then takes the store's name in one rename: a kill leaves either the
 * old store or the migrated one, and at worst a stray copy that the next open deletes. An
 * {@code AUTO_SERVER=TRUE} store (dyad's default) is migrated so too when no other process has it
 * open; one that another process serves cannot be swapped under it, so Flyway migrates it in place
 * through that process. PostgreSQL needs none of this: its DDL is transactional and Flyway runs each
 * migration in one.
 */
final class H2Migration {
  /** {@code jdbc:h2:[file:]PATH[;OPTIONS]}, a file database (not mem:, tcp:, ssl:, zip: ...). */
  private static final Pattern FILE_URL = Pattern.compile("jdbc:h2:(?:file:)?(?!mem:|tcp:|ssl:|zip:|split:|nio|async:|memFS:|memLZF:)([^;]+)(;.*)?");
  private static final String SUFFIX = ".mv.db";

  private H2Migration() {}

  /** Brings an H2 file store to the newest schema by way of a copy, when it is new or behind; other URLs are left alone. */
  static void prepare(String url) {
    Optional<Path> file = storeFile(url);
    if (file.isEmpty()) {
      return;
    }
    Path store = file.get();
    try {
      Files.createDirectories(store.toAbsolutePath().getParent());
      deleteStrayCopies(store);
      if (!Files.exists(store)) {
        create(url, store);
      } else if (behind(url)) {
        upgrade(url, store);
      }
    } catch (IOException | RuntimeException e) {
      throw Databases.failure("migrate", url, e, e.getMessage());
    }
  }

  /** A new store: the schema on a file of its own, linked under the store's name unless another process got there first. */
  private static void create(String url, Path store) throws IOException {
    Path copy = copyPath(store);
    migrateAndShutDown(withFile(url, copy));
    try {
      Files.createLink(store, copy);
    } catch (FileAlreadyExistsException e) {
      // Another process created the store meanwhile: theirs it is, it has the same schema.
    } catch (UnsupportedOperationException e) {
      Files.move(copy, store);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /**
   * A store with migrations pending: migrate a copy, then rename it over the store. Unless another
   * process serves the store ({@code AUTO_SERVER=TRUE}): then it is left for Flyway to migrate in place.
   */
  private static void upgrade(String url, Path store) throws IOException {
    try {
      shutDown(alone(url));
    } catch (DyadException e) {
      if (shared(url) && e.getCause() instanceof SQLException sql && sql.getErrorCode() == Databases.H2_IN_USE) {
        return;
      }
      throw e;
    }
    Path copy = copyPath(store);
    Files.copy(store, copy, StandardCopyOption.REPLACE_EXISTING);
    migrateAndShutDown(withFile(url, copy));
    Files.move(copy, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * An {@code AUTO_SERVER=TRUE} store may be open in another process (a running {@code dyad serve}),
   * which a copy swapped in under it would silently lose: Flyway migrates such a store in place.
   */
  private static boolean shared(String url) {
    return url.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=TRUE");
  }

  private static boolean behind(String url) {
    return Databases.flyway(url).info().pending().length > 0;
  }

  private static void migrateAndShutDown(String url) {
    Databases.flyway(url).migrate();
    shutDown(url);
  }

  /** Closes the database for good (also when the URL keeps it open with DB_CLOSE_DELAY), so its file is complete. */
  private static void shutDown(String url) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new DyadException("cannot close database " + Databases.redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** The store's file: PATH + .mv.db, or empty for a database that is not a plain file. */
  static Optional<Path> storeFile(String url) {
    Matcher m = FILE_URL.matcher(url);
    if (!m.matches()) {
      return Optional.empty();
    }
    String path = m.group(1);
    if (path.startsWith("~")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    return Optional.of(Path.of(path + SUFFIX));
  }

  /** This process's copy: {@code NAME.migrating-PID.mv.db}, so that two processes never share one. */
  private static Path copyPath(Path store) {
    return store.resolveSibling(baseName(store) + ".migrating-" + ProcessHandle.current().pid() + SUFFIX);
  }

  private static String baseName(Path store) {
    String name = store.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  /** A copy left by a process killed while it built one is no store: delete it (and its trace file). */
  private static void deleteStrayCopies(Path store) throws IOException {
    Pattern copy = Pattern.compile(Pattern.quote(baseName(store) + ".migrating-") + "(\\d+)\\.(?:mv|trace)\\.db");
    try (var files = Files.list(store.toAbsolutePath().getParent())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Matcher m = copy.matcher(f.getFileName().toString());
        if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false).equals(false)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** The same URL on another file (given with .mv.db), without AUTO_SERVER: the copy is this process's alone. */
  private static String withFile(String url, Path file) {
    Matcher m = FILE_URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an H2 file URL: " + url);
    }
    String name = file.toString();
    String options = m.group(2) == null ? "" : alone(m.group(2));
    return "jdbc:h2:file:" + name.substring(0, name.length() - SUFFIX.length()) + options;
  }

  /**
   * The URL (or its options) without AUTO_SERVER: opened so, the database is this process's alone,
   * or the open fails when another process has it (never a connection to that process's server).
   */
  private static String alone(String url) {
    return url.replaceAll("(?i);AUTO_SERVER=[A-Z]+", "");
  }
}
