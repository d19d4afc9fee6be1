package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.Analyses;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Coordinated doers with no recipient act on each other only when the act can be mutual. */
class ReciprocalTest {

  private static List<String> dyads(String text) {
    return Analyses.of(text).events().stream().map(e -> code(e.source()) + " " + e.root() + " " + code(e.target())).toList();
  }

  private static String code(ActorRef ref) {
    return ref == null ? "-" : ref.code();
  }

  @Test
  void twoStatesThatSignAPactSignItWithEachOther() {
    assertThat(dyads("Japan and Australia signed a defence pact on Wednesday.")).contains("JPNGOV 05 AUSGOV");
  }

  @Test
  void twoStatesThatCondemnSomethingDoNotCondemnEachOther() {
    assertThat(dyads("Serbia and Hungary condemned the attack on Monday.")).noneMatch(d -> d.startsWith("SRBGOV 11 HUNGOV"));
  }

  @Test
  void theMutualRootsAreThoseOfAgreementTalksCooperationYieldingAndFighting() {
    assertThat(org.dyad.codebook.Codebook.rootsWith(org.dyad.codebook.RootTrait.MUTUAL))
        .containsExactlyInAnyOrder("03", "04", "05", "06", "08", "19");
  }
}
