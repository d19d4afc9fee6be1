package org.dyad.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ordered fallbacks run as one: the rules in their order (data, not an if-cascade), the first that
 * finds something decides, and the result names it. Rules switched off are skipped as if absent, so
 * that {@code dyad eval --without RULE} measures what a rule is worth.
 */
final class FirstMatch<C> {
  private final List<NamedRule<C>> rules;

  FirstMatch(List<NamedRule<C>> rules, Set<String> off) {
    this.rules = rules.stream().filter(r -> !off.contains(r.name())).toList();
  }

  /** The first rule's finding that keeps something after {@code keep}, or {@link Found#NONE}. */
  Found first(C context, Predicate<String> keep) {
    for (NamedRule<C> rule : rules) {
      List<String> ids = rule.find().apply(context).stream().filter(keep).distinct().toList();
      if (!ids.isEmpty()) {
        return new Found(ids, rule.name());
      }
    }
    return Found.NONE;
  }

  List<String> names() {
    return rules.stream().map(NamedRule::name).toList();
  }

  /** What a chain found and the rule that found it (null when none did). */
  record Found(List<String> ids, String rule) {
    static final Found NONE = new Found(List.of(), null);

    Found {
      ids = List.copyOf(ids);
    }

    boolean empty() {
      return ids.isEmpty();
    }
  }
}
