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
  void sayingVerbsAreFourSetsTheQuotationSetHoldingTheOthers() {
    assertThat(Cues.named("speech-verbs")).containsAll(Cues.named("claim-verbs")).containsAll(Cues.named("reporting-verbs"))
        .contains("say", "tell", "tweet", "warn");
    assertThat(Cues.named("claim-verbs")).doesNotContain("warn", "tweet");
    assertThat(Cues.named("reporting-verbs")).contains("say").doesNotContain("accuse");
    assertThat(Cues.named("accusing-verbs")).contains("accuse").doesNotContain("say");
  }

  @Test
  void locativeListsOfActorRulesArePlacePrepositionsEachItsOwn() {
    assertThat(Cues.named("place-prepositions")).containsAll(Cues.named("building-prepositions"))
        .containsAll(Cues.named("role-place-prepositions"));
    assertThat(Cues.named("building-prepositions")).contains("at", "inside").doesNotContain("from", "across");
    assertThat(Cues.named("role-place-prepositions")).contains("from", "throughout").doesNotContain("toward");
  }

  @Test
  void targetPrepositionsOfEventNounsLeaveOutOf() {
    assertThat(Cues.named("target-prepositions")).containsAll(Cues.named("event-noun-prepositions")).contains("of", "against");
    assertThat(Cues.named("event-noun-prepositions")).contains("with", "on").doesNotContain("of", "for");
    assertThat(Cues.named("aimed-at-prepositions")).contains("around", "near");
    assertThat(Cues.named("charge-prepositions")).containsExactlyInAnyOrder("of", "for");
    assertThat(Cues.named("place-of-prepositions")).contains("of", "in");
    assertThat(Cues.named("means-prepositions")).containsExactlyInAnyOrder("in", "by");
    assertThat(Cues.named("state-compound-suffixes")).contains("led", "backed", "brokered");
  }

  @Test
  void pronounSetsKeepSubjectsObjectsAndPossessivesApart() {
    assertThat(Cues.named("subject-pronouns")).containsAll(Cues.named("first-person-pronouns"))
        .containsAll(Cues.named("plural-pronouns")).doesNotContain("them", "him");
    assertThat(Cues.named("third-person-pronouns")).contains("them", "it").doesNotContain("we", "i");
    assertThat(Cues.named("reflexive-pronouns")).contains("itself", "themselves");
    assertThat(Cues.named("possessive-pronouns")).containsAll(Cues.named("group-possessives")).contains("his");
    assertThat(Cues.named("group-possessives")).doesNotContain("his", "her");
    assertThat(Cues.named("person-pronouns")).contains("he", "her").doesNotContain("it");
    assertThat(Cues.named("interlocutors")).contains("you", "us").doesNotContain("we");
  }

  @Test
  void nameParticlesHoldTheSurnameParticles() {
    assertThat(Cues.named("name-particles")).containsAll(Cues.named("surname-particles")).contains("von", "bint");
    assertThat(Cues.named("surname-particles")).contains("al", "bin").doesNotContain("von");
    assertThat(Cues.named("articles")).containsExactlyInAnyOrder("the", "a", "an");
    assertThat(Cues.named("apposition-prepositions")).contains("at", "with");
    assertThat(Cues.named("name-coordinators")).containsExactlyInAnyOrder("and", "or");
  }

  @Test
  void anUnknownSetNameIsAnErrorNotAnEmptySet() {
    assertThatThrownBy(() -> Cues.named("no-such-set")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-set");
  }
}
