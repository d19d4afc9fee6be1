package org.dyad.events.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A {@link RuleChain} of rules that find actors: the first rule that finds an actor the caller keeps
 * decides, with all it found that the caller keeps, once each. A rule that finds only actors the
 * caller rejects (the sentence's reporter) leaves its turn to the next.
 */
public final class FirstMatch<C> {
  private final RuleChain<C, List<String>> chain;

  public FirstMatch(List<NamedRule<C, List<String>>> rules, Set<String> off) {
    this.chain = new RuleChain<>(rules, off);
  }

  /** The first rule's finding that keeps something after {@code keep}, or {@link Found#NONE}. */
  public Found first(C context, Predicate<String> keep) {
    RuleChain.Decided<List<String>> d = chain.first(context, found -> {
      List<String> ids = found.stream().filter(keep).distinct().toList();
      return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    });
    return d.value() == null ? Found.NONE : new Found(d.value(), d.rule());
  }

  public List<String> names() {
    return chain.names();
  }

  /** What a chain found and the rule that found it (null when none did). */
  public record Found(List<String> ids, String rule) {
    static final Found NONE = new Found(List.of(), null);

    public Found {
      ids = List.copyOf(ids);
    }

    public boolean empty() {
      return ids.isEmpty();
    }
  }
}
