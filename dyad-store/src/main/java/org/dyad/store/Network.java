package org.dyad.store;

import java.util.List;
import org.dyad.model.ActorRef;

/**
 * The actor network over some events: actors as nodes (weight = their events in the network) and,
 * for every pair of actors with events between them in either direction, one edge with the counts of
 * cooperative (quad classes 1-2) and conflictual (3-4) events and their mean Goldstein score.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An actor of the network. */
  public record Node(ActorRef actor, String type, String country, int weight) {}

  /** The events between actors {@code a} and {@code b} (ids, {@code a < b}). */
  public record Edge(String a, String b, int events, int cooperation, int conflict, double goldsteinMean) {}
}
