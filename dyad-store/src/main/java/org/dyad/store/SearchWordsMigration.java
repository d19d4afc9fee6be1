package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 4: the {@link SearchWords} of each article (title and text), actor name and alias in
 * a column {@code search_words}, for whole-word search. A Java migration, not SQL, so that the words
 * of articles stored before it are made by the very code that makes them for new ones, on H2 and
 * PostgreSQL alike.
 */
final class SearchWordsMigration implements JavaMigration {
  /** Longest words of a name or alias kept (names are at most 1,000 characters; folding can add a few). */
  static final int NAME_WORDS = 2000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "search words";
  }

  @Override
  public Integer getChecksum() {
    return 4;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE articles ADD COLUMN search_words TEXT");
      s.execute("ALTER TABLE actors ADD COLUMN search_words VARCHAR(" + NAME_WORDS + ")");
      s.execute("ALTER TABLE actor_aliases ADD COLUMN search_words VARCHAR(" + NAME_WORDS + ")");
    }
    fill(c, "articles", List.of("id"), List.of("title", "text"), Integer.MAX_VALUE);
    fill(c, "actors", List.of("id"), List.of("name"), NAME_WORDS);
    fill(c, "actor_aliases", List.of("actor_id", "alias"), List.of("alias"), NAME_WORDS);
  }

  /** Sets {@code search_words} of every row of a table to the words of its text columns, cut to {@code max}. */
  private static void fill(Connection c, String table, List<String> keys, List<String> texts, int max) throws SQLException {
    List<String> columns = new ArrayList<>(keys);
    columns.addAll(texts);
    String select = "SELECT " + String.join(", ", columns) + " FROM " + table;
    String update = "UPDATE " + table + " SET search_words = ? WHERE "
        + String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
    try (Statement s = c.createStatement(); PreparedStatement ps = c.prepareStatement(update)) {
      s.setFetchSize(200);
      try (ResultSet rs = s.executeQuery(select)) {
        int pending = 0;
        while (rs.next()) {
          String[] values = new String[texts.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = rs.getString(keys.size() + 1 + i);
          }
          ps.setString(1, Sql.cut(SearchWords.of(values), max));
          for (int k = 0; k < keys.size(); k++) {
            ps.setObject(k + 2, rs.getObject(k + 1));
          }
          ps.addBatch();
          if (++pending % 200 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
    }
  }
}
