package org.dyad.events.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** How sentences are cut into the clauses the learned typing sees (real CoreNLP parses). */
class ClausesTest {
  private static final CoreNlpAnnotator NLP = new CoreNlpAnnotator();

  private static List<String> clauses(String text) {
    NlpDocument doc = NLP.annotate(text, null);
    Clauses c = Clauses.of(doc.sentences().get(0));
    return c.heads().stream().filter(c::typed).map(h -> c.text(doc.text(), c.tokens(h))).toList();
  }

  @Test
  void aReportedClauseIsAClauseOfItsOwn() {
    assertThat(clauses("Iran said it would close the Strait of Hormuz."))
        .containsExactlyInAnyOrder("Iran said", "it would close the Strait of Hormuz");
  }

  @Test
  void aGovernedInfinitiveStaysInItsGovernorsClause() {
    assertThat(clauses("Iran threatened to close the Strait of Hormuz."))
        .containsExactly("Iran threatened to close the Strait of Hormuz");
  }

  @Test
  void aClosingReportingClauseIsSetApart() {
    assertThat(clauses("Troops shelled the town of Kidal on Sunday, the army said."))
        .containsExactlyInAnyOrder("Troops shelled the town of Kidal on Sunday", "the army said");
  }

  @Test
  void coordinatedVerbsWithTheirOwnSubjectsAreTwoClauses() {
    assertThat(clauses("Protesters marched on parliament and police fired tear gas.")).hasSize(2);
  }

  @Test
  void theClauseOfAWordIsTheNearestClauseAboveIt() {
    NlpDocument doc = NLP.annotate("Iran threatened to close the Strait of Hormuz.", null);
    Sentence s = doc.sentences().get(0);
    int close = s.tokens().stream().filter(t -> t.word().equals("close")).findFirst().orElseThrow().index();
    assertThat(Trees.lemma(s, Clauses.of(s).clauseOf(close))).isEqualTo("threaten");
  }
}
