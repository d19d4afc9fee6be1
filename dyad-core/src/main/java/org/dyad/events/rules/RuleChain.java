package org.dyad.events.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Ordered fallbacks run as one: the rules in their order (data, not an if-cascade), the first whose
 * finding is accepted decides, and the result names it. Rules switched off are skipped as if absent,
 * so that {@code dyad eval --without RULE} measures what a rule is worth. Stateless; thread-safe.
 */
public final class RuleChain<C, R> {
  private final List<NamedRule<C, R>> rules;

  public RuleChain(List<NamedRule<C, R>> rules, Set<String> off) {
    this.rules = rules.stream().filter(r -> !off.contains(r.name())).toList();
  }

  /** The first finding that {@code accept} keeps (empty: not accepted), or {@link Decided#none()}. */
  <X> Decided<X> first(C context, Function<R, Optional<X>> accept) {
    for (NamedRule<C, R> rule : rules) {
      R found = rule.find().apply(context);
      Optional<X> kept = found == null ? Optional.empty() : accept.apply(found);
      if (kept.isPresent()) {
        return new Decided<>(kept.get(), rule.name());
      }
    }
    return Decided.none();
  }

  /** The first finding that is not null. */
  public Decided<R> first(C context) {
    return first(context, Optional::of);
  }

  List<String> names() {
    return rules.stream().map(NamedRule::name).toList();
  }

  /** What a chain decided and the rule that decided it; both null when no rule did. */
  public record Decided<X>(X value, String rule) {
    public static <X> Decided<X> none() {
      return new Decided<>(null, null);
    }
  }
}
