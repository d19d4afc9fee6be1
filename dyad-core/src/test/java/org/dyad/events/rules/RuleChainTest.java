package org.dyad.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleChainTest {
  private static final List<NamedRule<Integer, String>> RULES = List.of(
      new NamedRule<>("never", n -> null),
      new NamedRule<>("even", n -> n % 2 == 0 ? "even " + n : null),
      new NamedRule<>("any", n -> "any " + n));

  @Test
  void theFirstRuleThatFindsSomethingDecidesAndIsNamed() {
    RuleChain<Integer, String> chain = new RuleChain<>(RULES, Set.of());

    assertThat(chain.first(4)).isEqualTo(new RuleChain.Decided<>("even 4", "even"));
    assertThat(chain.first(3)).isEqualTo(new RuleChain.Decided<>("any 3", "any"));
  }

  @Test
  void aFindingTheCallerDoesNotAcceptLeavesTheTurnToTheNextRule() {
    RuleChain.Decided<Integer> d = new RuleChain<>(RULES, Set.of())
        .first(4, found -> found.startsWith("any") ? Optional.of(found.length()) : Optional.empty());

    assertThat(d).isEqualTo(new RuleChain.Decided<>(5, "any"));
  }

  @Test
  void aRuleSwitchedOffIsSkippedAsIfAbsent() {
    RuleChain<Integer, String> chain = new RuleChain<>(RULES, Set.of("even"));

    assertThat(chain.first(4).rule()).isEqualTo("any");
    assertThat(chain.names()).containsExactly("never", "any");
  }

  @Test
  void whenNoRuleFindsAnythingNothingIsDecidedAndNoRuleNamed() {
    assertThat(new RuleChain<>(RULES.subList(0, 2), Set.of()).first(3)).isEqualTo(RuleChain.Decided.none());
  }
}
