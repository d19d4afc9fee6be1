package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Small JDBC helpers shared by the repositories. */
final class Sql {
  private Sql() {}

  /** {@code s} cut to at most {@code max} characters (columns have limits; texts are TEXT). */
  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  static void setDate(PreparedStatement ps, int i, java.time.LocalDate v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, v);
    }
  }

  static Integer getInt(java.sql.ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static long generatedId(PreparedStatement ps) throws SQLException {
    try (java.sql.ResultSet rs = ps.getGeneratedKeys()) {
      if (!rs.next()) {
        throw new SQLException("no generated key returned");
      }
      return rs.getLong(1);
    }
  }

  static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  /** A statement with its arguments set in order. */
  static PreparedStatement prepare(java.sql.Connection c, String sql, java.util.List<?> args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }

  /**
   * A LIKE pattern (with ESCAPE '\\') for values that start with {@code text} as given: "%" and "_" in
   * it are characters, not wildcards ("_YR" does not match "SYR").
   */
  static String startsWith(String text) {
    return literal(text) + "%";
  }

  /** Text for a LIKE pattern with ESCAPE '\\', its wildcards and the escape character escaped. */
  private static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
