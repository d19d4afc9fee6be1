package org.dyad.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstMatchTest {
  private static final List<NamedRule<String, List<String>>> RULES = List.of(
      new NamedRule<>("empty", c -> List.of()),
      new NamedRule<>("first", c -> List.of(c + "-1", c + "-1")),
      new NamedRule<>("second", c -> List.of(c + "-2")));

  @Test
  void theFirstRuleThatFindsSomethingDecidesAndIsNamed() {
    FirstMatch.Found found = new FirstMatch<>(RULES, Set.of()).first("x", id -> true);

    assertThat(found.ids()).containsExactly("x-1");
    assertThat(found.rule()).isEqualTo("first");
  }

  @Test
  void whatTheFilterRejectsLeavesTheTurnToTheNextRule() {
    FirstMatch.Found found = new FirstMatch<>(RULES, Set.of()).first("x", id -> !id.endsWith("1"));

    assertThat(found.ids()).containsExactly("x-2");
    assertThat(found.rule()).isEqualTo("second");
  }

  @Test
  void aRuleSwitchedOffIsSkippedAsIfAbsent() {
    FirstMatch<String> chain = new FirstMatch<>(RULES, Set.of("first"));

    assertThat(chain.first("x", id -> true).rule()).isEqualTo("second");
    assertThat(chain.names()).containsExactly("empty", "second");
  }

  @Test
  void nothingFoundNamesNoRule() {
    FirstMatch.Found found = new FirstMatch<>(RULES, Set.of()).first("x", id -> false);

    assertThat(found.empty()).isTrue();
    assertThat(found.rule()).isNull();
  }
}
