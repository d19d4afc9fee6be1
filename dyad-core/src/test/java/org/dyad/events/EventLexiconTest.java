package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;

/** The event lexicons are data: they parse, name only real CAMEO codes, and cover every root. */
class EventLexiconTest {
  private static final Codebook CODEBOOK = Codebook.load();

  private static Map<String, List<LexiconEntry>> parse(String name) {
    return EventLexicon.parse(new java.io.InputStreamReader(
        EventLexiconTest.class.getResourceAsStream("/org/dyad/events/" + name), java.nio.charset.StandardCharsets.UTF_8),
        name, CODEBOOK);
  }

  @Test
  void bundledLexiconsLoadWithKnownCodes() {
    assertThat(EventLexicon.bundled().size()).isGreaterThan(200);
  }

  @Test
  void everyCameoRootHasATrigger() {
    Set<String> roots = new HashSet<>();
    for (String file : List.of("verbs.tsv", "nouns.tsv")) {
      parse(file).values().forEach(entries -> entries.forEach(e -> roots.add(e.cameo().substring(0, 2))));
    }
    for (int r = 1; r <= 20; r++) {
      assertThat(roots).as("lexicons cover root %02d", r).contains(String.format("%02d", r));
    }
  }

  @Test
  void lemmasAreLowercaseAndRowsAreNotRepeated() {
    for (String file : List.of("verbs.tsv", "nouns.tsv")) {
      Set<String> seen = new HashSet<>();
      parse(file).forEach((lemma, entries) -> {
        assertThat(lemma).as(file).isEqualTo(lemma.toLowerCase());
        for (LexiconEntry e : entries) {
          assertThat(seen.add(lemma + "/" + e.requires())).as("%s repeats %s %s", file, lemma, e.requires()).isTrue();
        }
      });
    }
  }

  @Test
  void theMostSpecificMatchingRowWins() {
    Map<String, List<LexiconEntry>> verbs = EventLexicon.parse(new StringReader(
        "lemma\trequires\tcameo\nprovide\tobj=aid\t073\nprovide\tobj=aid;objmod=military\t072\n"), "t.tsv", CODEBOOK);
    EventLexicon lexicon = new EventLexicon(verbs, Map.of());
    assertThat(lexicon.verb("provide", Map.of("obj", Set.of("aid"), "objmod", Set.of("military"))).get().cameo()).isEqualTo("072");
    assertThat(lexicon.verb("provide", Map.of("obj", Set.of("aid"))).get().cameo()).isEqualTo("073");
    assertThat(lexicon.verb("provide", Map.of("obj", Set.of("cake")))).isEmpty();
  }

  @Test
  void anUnknownCodeIsRejectedWithFileAndLine() {
    assertThatThrownBy(() -> EventLexicon.parse(new StringReader("lemma\trequires\tcameo\nzap\t-\t999\n"), "t.tsv", CODEBOOK))
        .isInstanceOf(DyadException.class).hasMessageContaining("t.tsv:2").hasMessageContaining("999");
  }

  @Test
  void anUnknownConditionIsRejected() {
    assertThatThrownBy(() -> EventLexicon.parse(new StringReader("lemma\trequires\tcameo\nzap\tcolour=red\t190\n"), "t.tsv", CODEBOOK))
        .hasMessageContaining("colour");
  }
}
