package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.Location;

/** An event's place in the events table (migration V3): its columns, written, read and filtered. */
final class StoredPlaces {
  private static final List<String> NAMES = List.of("place_text", "place_name", "geonames_id", "feature_class", "feature_code",
      "country_code", "admin1", "admin1_name", "lat", "lon", "place_how");
  static final int COUNT = NAMES.size();
  static final String COLUMNS = String.join(", ", NAMES);
  static final String ASSIGNMENTS = NAMES.stream().map(n -> n + " = ?").collect(Collectors.joining(", "));

  private StoredPlaces() {}

  /** Sets the {@link #COUNT} place parameters from {@code first}; all null without a resolved place. */
  static void set(PreparedStatement ps, int first, Location p) throws SQLException {
    boolean known = p != null && p.resolved();
    Object[] values = known
        ? new Object[] {Sql.cut(p.text(), 200), Sql.cut(p.name(), 200), p.geonamesId(), p.featureClass(), p.featureCode(),
            p.country(), Sql.cut(p.admin1(), 20), Sql.cut(p.admin1Name(), 200), p.lat(), p.lon(), p.how()}
        : new Object[COUNT];
    int[] types = {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.VARCHAR};
    for (int i = 0; i < COUNT; i++) {
      if (values[i] == null) {
        ps.setNull(first + i, types[i]);
      } else {
        ps.setObject(first + i, values[i], types[i]);
      }
    }
  }

  /** The stored place of the current row; null when none. Its offsets are not stored: 0. */
  static Location read(ResultSet rs) throws SQLException {
    String name = rs.getString("place_name");
    if (name == null) {
      return null;
    }
    long id = rs.getLong("geonames_id");
    Long geonamesId = rs.wasNull() ? null : id;
    double lat = rs.getDouble("lat");
    Double latitude = rs.wasNull() ? null : lat;
    double lon = rs.getDouble("lon");
    Double longitude = rs.wasNull() ? null : lon;
    return new Location(rs.getString("place_text"), 0, 0, name, geonamesId, rs.getString("feature_class"),
        rs.getString("feature_code"), rs.getString("country_code"), rs.getString("admin1"), rs.getString("admin1_name"),
        latitude, longitude, rs.getString("place_how"));
  }

  /** The conditions of a place filter, its arguments added to {@code args}. */
  static void where(PlaceFilter f, List<String> conds, List<Object> args) {
    if (f.country() != null) {
      conds.add("e.country_code = ?");
      args.add(f.country());
    }
    if (f.hasBox()) {
      conds.add("e.lat BETWEEN ? AND ?");
      args.addAll(Arrays.asList(f.south(), f.north()));
      // A box across the antimeridian (west 170, east -170) holds the longitudes outside east..west.
      conds.add(f.west() <= f.east() ? "e.lon BETWEEN ? AND ?" : "(e.lon >= ? OR e.lon <= ?)");
      args.addAll(Arrays.asList(f.west(), f.east()));
    }
  }
}
