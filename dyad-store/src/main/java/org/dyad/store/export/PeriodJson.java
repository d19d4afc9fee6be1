package org.dyad.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.json.AnalysisJson;
import org.dyad.store.DyadPeriod;

/**
 * One period of a dyad's time series as a JSON object: {@code period}, {@code events},
 * {@code quad_classes} ("1".."4" to counts), {@code goldstein_sum}, {@code goldstein_mean} and
 * {@code top} (the period's most reported events, as {@link EventJson}).
 */
public final class PeriodJson {
  private PeriodJson() {}

  public static ObjectNode of(DyadPeriod p) {
    ObjectNode n = AnalysisJson.mapper().createObjectNode();
    n.put("period", p.period());
    n.put("events", p.events());
    ObjectNode quads = n.putObject("quad_classes");
    for (int i = 0; i < 4; i++) {
      quads.put(String.valueOf(i + 1), p.quadClassCounts().get(i));
    }
    n.put("goldstein_sum", p.goldsteinSum());
    n.put("goldstein_mean", p.goldsteinMean());
    ArrayNode top = n.putArray("top");
    p.top().forEach(e -> top.add(EventJson.of(e)));
    return n;
  }
}
