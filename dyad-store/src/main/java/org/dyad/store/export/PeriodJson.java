package org.dyad.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.json.AnalysisJson;
import org.dyad.store.DyadPeriod;

/**
 * One period of a dyad's time series as a JSON object: {@code period}, {@code events},
 * {@code quad_classes} ("1".."4" to counts), {@code goldstein_sum}, {@code goldstein_mean} (null when nothing counted),
 * {@code top} (the period's most reported events, as {@link EventJson}), all of the events that count
 * as acts, and {@code left_out} (the others by why: {@code {"negated": 1, "hypothetical": 2}}).
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
    if (p.events() > 0) {
      n.put("goldstein_mean", p.goldsteinMean());
    } else {
      n.putNull("goldstein_mean"); // a period of only left-out events has no mean, not a neutral one
    }
    ArrayNode top = n.putArray("top");
    p.top().forEach(e -> top.add(EventJson.of(e)));
    ObjectNode leftOut = n.putObject("left_out");
    p.leftOut().forEach(leftOut::put);
    return n;
  }
}
