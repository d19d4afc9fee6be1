package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {
  @Test
  void everySetHoldsLowercaseTrimmedWordsEachListedOnce() {
    for (String line : BundledData.lines(Cues.RESOURCE).subList(1, BundledData.lines(Cues.RESOURCE).size())) {
      List<String> words = Arrays.asList(line.split("\t")[1].split("\\|"));
      assertThat(words).as(line).doesNotHaveDuplicates().allSatisfy(w -> {
        assertThat(w).isNotBlank().isEqualTo(w.strip()).isEqualTo(w.toLowerCase());
      });
    }
    assertThat(Cues.names()).isNotEmpty();
  }

  @Test
  void theSetsTheRulesReadAreThere() {
    assertThat(Cues.named("place-prepositions")).contains("in", "near").doesNotContain("to");
    assertThat(Cues.named("sent-from")).contains("pressure", "loan");
  }

  @Test
  void negationAndCertaintyCuesAreSeparateFromTheParseRepairsModals() {
    assertThat(Cues.named("negators")).contains("not", "n't", "never");
    assertThat(Cues.named("negative-determiners")).contains("none").doesNotContain("not");
    assertThat(Cues.named("hedging-modals")).contains("could", "may").doesNotContain("will", "shall");
    assertThat(Cues.named("modal-verbs")).containsAll(Cues.named("hedging-modals")).contains("will", "shall");
  }

  @Test
  void placeAndTimePrepositionsOfEventsAreNamedSets() {
    assertThat(Cues.named("place-prepositions")).containsAll(Cues.named("event-place-prepositions"));
    assertThat(Cues.named("event-place-prepositions")).doesNotContain("from", "into");
    assertThat(Cues.named("relative-time-prepositions")).contains("after", "since").doesNotContain("on");
    assertThat(Cues.named("content-prepositions")).contains("over", "about");
    assertThat(Cues.named("subject-pronouns")).contains("it", "they").doesNotContain("them");
    assertThat(Cues.named("clause-conjunctions")).contains("and", "whereas");
  }

  @Test
  void anUnknownSetNameIsAnErrorNotAnEmptySet() {
    assertThatThrownBy(() -> Cues.named("no-such-set")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-set");
  }
}
