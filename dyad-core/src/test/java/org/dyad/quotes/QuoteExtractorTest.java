package org.dyad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.Analyses;
import org.dyad.model.Analysis;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The quote stage on short inline news texts, real CoreNLP: each quotation with its speaker, found from
 * a speech verb's subject, "according to", an interview label or the quotation it continues; a speaker
 * that is no actor keeps its wording.
 */
class QuoteExtractorTest {

  @Test
  void quoteThenNameAndSaidIsTheNamedActors() {
    Quote q = single(Analyses.of("\"We will not back down,\" Zelensky said."));
    assertThat(q.text()).isEqualTo("We will not back down,");
    assertThat(q.speaker().id()).isEqualTo("volodymyr-zelensky");
    assertThat(q.speakerText()).isEqualTo("Zelensky");
  }

  @Test
  void aPronounSpeakerInAnEmbeddedClauseIsTheSubjectAbove() {
    Quote q = single(Analyses.of("The African Union condemned what it called a \"brutal and senseless massacre\" in Darfur."));
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().code()).isEqualTo("AFU");
  }

  @Test
  void saidInvertedAfterTheQuoteWithAFullNameIsThatPerson() {
    Quote q = single(Analyses.of("“We are not afraid,” said Maria Silva, a teacher in São Paulo."));
    assertThat(q.speaker().id()).isEqualTo("maria-silva");
    assertThat(q.speakerText()).isEqualTo("Maria Silva");
  }

  @Test
  void saidInvertedAfterTheQuoteWithTitleAndNameIsThatPerson() {
    Quote q = single(Analyses.of("\"We will not back down,\" said President Zelensky."));
    assertThat(q.speaker().id()).isEqualTo("volodymyr-zelensky");
    assertThat(q.speakerText()).isEqualTo("President Zelensky");
  }

  @Test
  void speakerSaidColonBeforeTheQuote() {
    Quote q = single(Analyses.of("Zelensky said: \"We will not back down.\""));
    assertThat(q.text()).isEqualTo("We will not back down.");
    assertThat(q.speaker().id()).isEqualTo("volodymyr-zelensky");
  }

  @Test
  void accordingToNamesTheSpeaker() {
    Quote q = single(Analyses.of("According to the Kremlin, \"the operation is going according to plan.\""));
    assertThat(q.speaker().id()).isEqualTo("kremlin");
    assertThat(q.speaker().code()).isEqualTo("RUSGOV");
    assertThat(q.speakerText()).isEqualTo("Kremlin");
  }

  @Test
  void accordingToANewPersonNamesThatPerson() {
    Quote q = single(Analyses.of("According to Amina Diallo, \"nobody expected this result.\""));
    assertThat(q.speaker().id()).isEqualTo("amina-diallo");
  }

  @Test
  void toldReportersAttributesToTheStatePartThatTold() {
    Quote q = single(Analyses.of("\"The situation is critical,\" Kenyan police told reporters."));
    assertThat(q.speaker().code()).isEqualTo("KENCOP");
    assertThat(q.speakerText()).isEqualTo("Kenyan police");
  }

  @Test
  void toldReportersByADictionaryPersonsSurname() {
    Quote q = single(Analyses.of("\"The elections will go ahead,\" Ruto told reporters in Nairobi."));
    assertThat(q.speaker().id()).isEqualTo("william-ruto");
    assertThat(q.speaker().code()).isEqualTo("KENGOV");
  }

  @Test
  void anonymousOfficialOfAStateIsThatStatesGovernment() {
    Quote q = single(Analyses.of("\"We will respond,\" a senior Kenyan official told reporters on condition of anonymity."));
    assertThat(q.speaker().code()).isEqualTo("KENGOV");
    assertThat(q.speakerText()).isEqualTo("Kenyan official");
  }

  @Test
  void quotedPhraseInsideAReportedStatementIsTheSubjects() {
    Quote q = single(Analyses.of("Ruto said the bill was \"dead\" and would not return."));
    assertThat(q.text()).isEqualTo("dead");
    assertThat(q.speaker().id()).isEqualTo("william-ruto");
  }

  @Test
  void quoteAfterSaidThatIsTheSubjects() {
    Quote q = single(Analyses.of("Amnesty International said that \"torture is widespread\" in the prisons."));
    assertThat(q.speaker().id()).isEqualTo("amnesty");
  }

  @Test
  void continuationInTheSameParagraphInheritsTheSpeaker() {
    Analysis a = Analyses.of("\"The vote was free and fair,\" said Amina Diallo, a researcher at Dakar University. "
        + "\"Turnout was the highest in a decade.\"");
    assertThat(a.quotes()).extracting(Quote::text)
        .containsExactly("The vote was free and fair,", "Turnout was the highest in a decade.");
    assertThat(a.quotes()).extracting(q -> q.speaker().id()).containsExactly("amina-diallo", "amina-diallo");
    assertThat(a.quotes().get(1).speakerText()).isEqualTo("Amina Diallo");
  }

  @Test
  void continuationAfterATitledSpeakerInheritsTheSpeaker() {
    Analysis a = Analyses.of("\"We want peace,\" Ukrainian Foreign Minister Andrii Sybiha said in Brussels. "
        + "\"But not at any price.\"");
    assertThat(a.quotes()).extracting(q -> q.speaker().id()).containsExactly("andrii-sybiha", "andrii-sybiha");
  }

  @Test
  void quoteInTheNextParagraphDoesNotInheritTheSpeaker() {
    Analysis a = Analyses.of("\"The vote was free,\" said Amina Diallo.\n\n\"Nobody believed it.\"");
    assertThat(a.quotes()).hasSize(2);
    assertThat(a.quotes().get(0).speaker().id()).isEqualTo("amina-diallo");
    assertThat(a.quotes().get(1).speaker()).isNull();
    assertThat(a.quotes().get(1).speakerText()).isNull();
  }

  @Test
  void quoteWithItsOwnSpeakerDoesNotInheritThePrevious() {
    Analysis a = Analyses.of("\"The vote was free,\" Amina Diallo said. \"It was rigged,\" Kenyan police said.");
    assertThat(a.quotes()).extracting(q -> q.speaker().id()).containsExactly("amina-diallo", "KENCOP");
  }

  @Test
  void pronounSpeakerResolvesToTheLastPerson() {
    Analysis a = Analyses.of("Ruto said that the bill was dead. \"It will not come back,\" he said.");
    Quote q = single(a);
    assertThat(q.speaker().id()).isEqualTo("william-ruto");
    assertThat(q.speakerText()).isEqualTo("he");
  }

  @Test
  void speakerThatIsNoActorKeepsItsWording() {
    Quote q = single(Analyses.of("\"The situation is dire,\" the sources said."));
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerText()).isEqualTo("the sources");
  }

  @Test
  void unresolvedPronounSpeakerKeepsItsWording() {
    Quote q = single(Analyses.of("He said \"it is over\" and left."));
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerText()).isEqualTo("He");
  }

  @Test
  void speakerOfEachColonQuoteIsItsOwnSentencesSubject() {
    Analysis a = Analyses.of("The spokesman said: \"We are ready.\" He added: \"We will not wait forever.\"");
    assertThat(a.quotes()).extracting(Quote::speakerText).containsExactly("The spokesman", "He");
    assertThat(a.quotes()).extracting(Quote::speaker).containsOnlyNulls();
  }

  @Test
  void interviewLinesAreQuotesOfTheirLabels() {
    Analysis a = Analyses.of("""
        Interviewer: Was the election fair?

        Dr. Amina Diallo: Largely, yes. The observers agreed.

        Interviewer: What comes next?

        Dr. Amina Diallo: A long wait for the courts.
        """);
    assertThat(a.quotes()).extracting(Quote::text).containsExactly("Was the election fair?",
        "Largely, yes. The observers agreed.", "What comes next?", "A long wait for the courts.");
    assertThat(a.quotes()).extracting(Quote::speakerText)
        .containsExactly("Interviewer", "Dr. Amina Diallo", "Interviewer", "Dr. Amina Diallo");
    assertThat(a.quotes().get(0).speaker()).isNull();
    assertThat(a.quotes().get(1).speaker().id()).isEqualTo("amina-diallo");
    assertThat(a.quotes().get(3).speaker().id()).isEqualTo("amina-diallo");
  }

  @Test
  void singleLabelThatIsNoActorIsNoInterview() {
    assertThat(Analyses.of("Note: This article was updated on Monday to add the ministry's response.").quotes()).isEmpty();
  }

  @Test
  void quoteOffsetsPointIntoTheOriginalText() {
    String text = "The  minister   was clear: “We will not negotiate,” she said.\n\n\"Never,\" said Amina Diallo.";
    Analysis a = Analyses.of(text);
    assertThat(a.quotes()).hasSize(2);
    for (Quote q : a.quotes()) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  @Test
  void saidInvertedAfterTheQuoteWithASurnameIsThatPerson() {
    Quote q = single(Analyses.of("\"We will not back down,\" said Zelensky."));
    assertThat(q.speaker().id()).isEqualTo("volodymyr-zelensky");
  }

  @Test
  void saidInvertedAfterTheQuoteWithADescriptionKeepsItsWording() {
    Quote q = single(Analyses.of("\"Nobody believed it,\" said the opposition leader."));
    assertThat(q.speakerText()).isEqualTo("the opposition leader");
  }

  @Test
  void strayClosingMarkGluedToAWordOpensAQuoteInTheWholePipeline() {
    Quote q = single(Analyses.of("The minister was clear.”We will not negotiate with terrorists,” she said."));
    assertThat(q.text()).isEqualTo("We will not negotiate with terrorists,");
    assertThat(q.speakerText()).isEqualTo("she");
  }

  @Test
  void namedPersonAfterAStateTitleIsTheSpeaker() {
    Quote q = single(Analyses.of("Kenya's opposition leader Raila Odinga said: \"The election was stolen.\""));
    assertThat(q.speaker().id()).isEqualTo("raila-odinga");
  }

  @Test
  void datelineWithAColonIsNoInterviewLabel() {
    Analysis a = Analyses.of("ISLAMABAD: Prime Minister Shehbaz Sharif said on Monday "
        + "that the talks with the IMF had gone well.");
    assertThat(a.quotes()).isEmpty();
  }

  private static Quote single(Analysis a) {
    assertThat(a.quotes()).as("quotes").hasSize(1);
    return a.quotes().get(0);
  }
}
