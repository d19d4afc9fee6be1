package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;

/**
 * The greedy one-to-one pairing of one text's gold and system events. Both actors must match; pairs
 * with the same full code are made first, then pairs with the same root, then (for the confusion
 * table only) pairs whose roots differ. Each event is in at most one pair.
 */
record EventMatching(List<Pair> pairs, List<GoldEvent> unpairedGold, List<Event> unpairedSystem) {
  /** How well a pair agrees: the full code, only the root, or only the actors. */
  enum Level {
    FULL_CODE,
    ROOT,
    ACTORS
  }

  /** A gold event and the system event paired with it. */
  record Pair(GoldEvent gold, Event system, Level level) {}

  EventMatching {
    pairs = List.copyOf(pairs);
    unpairedGold = List.copyOf(unpairedGold);
    unpairedSystem = List.copyOf(unpairedSystem);
  }

  static EventMatching of(List<GoldEvent> gold, List<Event> system, ActorMatcher actors) {
    List<Pair> pairs = new ArrayList<>();
    List<GoldEvent> goldLeft = new ArrayList<>(gold);
    List<Event> systemLeft = new ArrayList<>(system);
    for (Level level : Level.values()) {
      for (GoldEvent g : List.copyOf(goldLeft)) {
        for (Event s : systemLeft) {
          if (agree(g, s, level) && actors.matches(g.source(), s.source()) && actors.matches(g.target(), s.target())) {
            pairs.add(new Pair(g, s, level));
            goldLeft.remove(g);
            systemLeft.remove(s);
            break;
          }
        }
      }
    }
    return new EventMatching(pairs, goldLeft, systemLeft);
  }

  /** Pairs that count as matches at root level: same root (and perhaps the same full code). */
  List<Pair> rootMatches() {
    return pairs.stream().filter(p -> p.level() != Level.ACTORS).toList();
  }

  /** Gold events without a root-level match: unpaired, or paired with a system event of another root. */
  List<GoldEvent> missed() {
    List<GoldEvent> out = new ArrayList<>(pairs.stream().filter(p -> p.level() == Level.ACTORS).map(Pair::gold).toList());
    out.addAll(unpairedGold);
    return out;
  }

  /** System events without a root-level match. */
  List<Event> spurious() {
    List<Event> out = new ArrayList<>(pairs.stream().filter(p -> p.level() == Level.ACTORS).map(Pair::system).toList());
    out.addAll(unpairedSystem);
    return out;
  }

  /** The system event's full CAMEO code, or "" when it has none. */
  static String cameo(Event e) {
    return e.cameo() == null ? "" : e.cameo();
  }

  /** The system event's two-digit root. */
  static String root(Event e) {
    if (e.root() != null) {
      return e.root();
    }
    String c = cameo(e);
    return c.length() >= 2 ? c.substring(0, 2) : c;
  }

  private static boolean agree(GoldEvent g, Event s, Level level) {
    return switch (level) {
      case FULL_CODE -> g.cameo().equals(cameo(s));
      case ROOT -> g.root().equals(root(s));
      case ACTORS -> true;
    };
  }
}
