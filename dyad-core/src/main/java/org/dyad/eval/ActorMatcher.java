package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Quote;

/**
 * Whether a gold actor (a code or a name) is a system actor of one analysis: the gold code equals the
 * actor's code, or a gold name equals its name or one of its aliases, ignoring case and spacing.
 */
final class ActorMatcher {
  private final Map<String, Actor> byId;

  ActorMatcher(Analysis analysis) {
    this.byId = analysis.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
  }

  /** A gold event role against a system one: null matches only null. */
  boolean matches(String gold, ActorRef system) {
    if (gold == null || system == null) {
      return gold == null && system == null;
    }
    Actor actor = byId.get(system.id());
    List<String> aliases = actor == null ? List.of() : actor.aliases();
    return same(gold, system.code()) || same(gold, system.name()) || aliases.stream().anyMatch(a -> same(gold, a));
  }

  /** A listed gold actor against a system actor: by code or by name. */
  static boolean matches(GoldActor gold, Actor system) {
    return same(gold.code(), system.code())
        || gold.name() != null && (same(gold.name(), system.name()) || system.aliases().stream().anyMatch(a -> same(gold.name(), a)));
  }

  /** A gold quote's speaker against a system quote: the speaker actor, or the words naming it. */
  boolean speakerMatches(String gold, Quote system) {
    if (gold == null) {
      return system.speaker() == null;
    }
    return system.speaker() != null && matches(gold, system.speaker()) || same(gold, system.speakerText());
  }

  /** Equal ignoring case and runs of white space; false when either is null. */
  static boolean same(String a, String b) {
    return a != null && b != null && normalize(a).equals(normalize(b));
  }

  static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
