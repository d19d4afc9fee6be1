package org.dyad.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.ActorRef;

/**
 * The actor network over some events: actors as nodes (weight = their events in the network) and,
 * for every pair of actors with events between them in either direction, one edge with the counts of
 * cooperative (quad classes 1-2) and conflictual (3-4) events, of each quad class, and their mean
 * Goldstein score.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An actor of the network. */
  public record Node(ActorRef actor, String type, String country, int weight) {}

  /**
   * The events between actors {@code a} and {@code b} (ids, {@code a < b}); {@code quadClasses} maps
   * each quad class 1 (verbal cooperation) to 4 (material conflict) to its events, every class present.
   */
  public record Edge(String a, String b, int events, int cooperation, int conflict, Map<Integer, Integer> quadClasses,
                     double goldsteinMean) {
    public Edge {
      quadClasses = Collections.unmodifiableMap(new TreeMap<>(quadClasses));
    }
  }
}
