package org.dyad.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.store.Network;
import org.dyad.store.NetworkQuery;
import org.dyad.store.Store;

/**
 * {@code GET /network?from=&to=&quad=1,2&nodes=N&certainty=&include_negated=}: actors as nodes
 * (weight = their events), pairs of actors as edges with counts of cooperative and conflictual events
 * and their mean Goldstein score, of the events that count as acts ({@code counted} says which).
 */
public final class NetworkHandler {
  private final Store store;

  public NetworkHandler(Store store) {
    this.store = store;
  }

  public void graph(Context ctx) {
    Integer nodes = Params.integer(ctx, "nodes", 1, 500);
    try {
      NetworkQuery q = new NetworkQuery(Params.date(ctx, "from"), Params.date(ctx, "to"), quads(Params.text(ctx, "quad")),
          nodes == null ? 100 : nodes, Params.counting(ctx));
      Network net = store.network(q);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("counted", q.counting().describe());
      out.put("nodes", net.nodes());
      out.put("edges", net.edges());
      ctx.json(out);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  /** "1,2" as {1, 2}; absent as every class. */
  private static Set<Integer> quads(String value) {
    Set<Integer> out = new TreeSet<>();
    if (value == null) {
      return out;
    }
    for (String part : value.split(",")) {
      String p = part.strip();
      if (!p.matches("[1-4]")) {
        throw ApiError.badRequest("quad must be quad classes 1..4 separated by commas, got '" + value + "'");
      }
      out.add(Integer.parseInt(p));
    }
    return out;
  }
}
