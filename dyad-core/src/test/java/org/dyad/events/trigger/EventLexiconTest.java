package org.dyad.events.trigger;

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
  void eachDataFileLoadsAndNamesOnlyCodebookCodes() {
    for (String file : List.of("verbs.tsv", "nouns.tsv")) {
      Map<String, List<LexiconEntry>> rows = parse(file);
      assertThat(rows).as(file).isNotEmpty();
      rows.values().forEach(entries -> entries.forEach(e -> assertThat(CODEBOOK.get(e.cameo()).isPresent()).as("%s %s", file, e).isTrue()));
    }
    for (String file : List.of("complements.tsv", "charges.tsv")) {
      Map<String, Map<String, String>> table = CodeTable.bundled("/org/dyad/events/" + file, CODEBOOK).rows();
      assertThat(table).as(file).isNotEmpty();
      table.forEach((governor, row) -> row.forEach((complement, cameo) -> {
        assertThat(CODEBOOK.get(cameo).isPresent()).as("%s %s %s", file, governor, complement).isTrue();
        assertThat(governor).matches("\\d{2,4}");
        assertThat(complement).matches("\\d{2,4}");
      }));
    }
  }

  @Test
  void codeTableRowsAreNotRepeated() {
    for (String file : List.of("complements.tsv", "charges.tsv")) {
      List<String> lines = org.dyad.data.BundledData.lines("/org/dyad/events/" + file);
      Set<String> seen = new HashSet<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t");
        assertThat(seen.add(cells[0].strip() + "/" + cells[1].strip())).as("%s repeats %s", file, line).isTrue();
      }
    }
  }

  @Test
  void theLexiconsAreAtFieldScaleAcrossEveryRoot() {
    assertThat(EventLexicon.bundled().size()).isGreaterThanOrEqualTo(2500);
    Map<String, Integer> perRoot = new java.util.TreeMap<>();
    for (String file : List.of("verbs.tsv", "nouns.tsv")) {
      parse(file).values().forEach(entries -> entries.forEach(e -> perRoot.merge(e.cameo().substring(0, 2), 1, Integer::sum)));
    }
    for (int r = 1; r <= 20; r++) {
      assertThat(perRoot.getOrDefault(String.format("%02d", r), 0)).as("rows for root %02d", r).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void aStarAllowsAnyWordButNeedsOne() {
    Map<String, List<LexiconEntry>> verbs = EventLexicon.parse(new StringReader(
        "lemma\trequires\tcameo\noffer\tcomp=*\t030\noffer\tobj=aid\t033\n"), "t.tsv", CODEBOOK);
    EventLexicon lexicon = new EventLexicon(verbs, Map.of());
    assertThat(lexicon.verb("offer", Map.of("comp", Set.of("host"))).get().cameo()).isEqualTo("030");
    assertThat(lexicon.verb("offer", Map.of("obj", Set.of("aid"))).get().cameo()).isEqualTo("033");
    assertThat(lexicon.verb("offer", Map.of("obj", Set.of("details")))).isEmpty();
    assertThat(lexicon.verb("offer", Map.of())).isEmpty();
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
