package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Runs a {@link NetworkQuery}: one grouped SQL query over the events, pairs and nodes summed up here. */
final class NetworkSearch {
  private final Connection c;

  NetworkSearch(Connection c) {
    this.c = c;
  }

  Network run(NetworkQuery q) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT e.source_actor, e.target_actor, e.quad_class, COUNT(*), SUM(e.goldstein)"
        + " FROM events e WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL"
        + " AND e.source_actor <> e.target_actor AND " + q.counting().condition("e"));
    if (q.from() != null) {
      sql.append(" AND e.day_to >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      sql.append(" AND e.day_from <= ?");
      args.add(q.to());
    }
    if (!q.quadClasses().isEmpty()) {
      sql.append(" AND e.quad_class IN (").append(Sql.placeholders(q.quadClasses().size())).append(")");
      args.addAll(q.quadClasses().stream().sorted().toList());
    }
    sql.append(" GROUP BY e.source_actor, e.target_actor, e.quad_class");
    Map<String, ActorQueries.Tally> pairs = new TreeMap<>();
    Map<String, Integer> weights = new HashMap<>();
    try (PreparedStatement ps = Sql.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String s = rs.getString(1);
        String t = rs.getString(2);
        int n = rs.getInt(4);
        String key = s.compareTo(t) < 0 ? s + "\n" + t : t + "\n" + s;
        pairs.computeIfAbsent(key, k -> new ActorQueries.Tally()).add(rs.getInt(3), n, rs.getDouble(5));
        weights.merge(s, n, Integer::sum);
        weights.merge(t, n, Integer::sum);
      }
    }
    Set<String> kept = weights.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(q.maxNodes()).map(Map.Entry::getKey).collect(Collectors.toSet());
    List<Network.Edge> edges = new ArrayList<>();
    pairs.forEach((key, tally) -> {
      String[] ab = key.split("\n");
      if (kept.contains(ab[0]) && kept.contains(ab[1])) {
        edges.add(new Network.Edge(ab[0], ab[1], tally.events, tally.cooperation, tally.conflict, tally.byQuadClass(), tally.mean()));
      }
    });
    List<Network.Node> nodes = new ArrayList<>();
    if (!kept.isEmpty()) {
      List<String> ids = kept.stream().sorted().toList();
      String nodeSql = "SELECT id, code, name, type, country FROM actors WHERE id IN (" + Sql.placeholders(ids.size()) + ")";
      try (PreparedStatement ps = Sql.prepare(c, nodeSql, ids); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          nodes.add(new Network.Node(new org.dyad.model.ActorRef(rs.getString(1), rs.getString(2), rs.getString(3)),
              rs.getString(4), rs.getString(5), weights.get(rs.getString(1))));
        }
      }
    }
    nodes.sort(Comparator.comparingInt((Network.Node n) -> -n.weight()).thenComparing(n -> n.actor().id()));
    return new Network(nodes, edges);
  }
}
