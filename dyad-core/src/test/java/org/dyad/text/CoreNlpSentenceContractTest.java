package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the cleaning is for: CoreNLP's tokenizer and sentence splitter, set up as the NLP stage must. */
class CoreNlpSentenceContractTest {
  private static StanfordCoreNLP splitter;

  @BeforeAll
  static void loadTheSplitter() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    splitter = new StanfordCoreNLP(properties);
  }

  private static List<String> sentences(String text) {
    Annotation annotation = new Annotation(text);
    splitter.annotate(annotation);
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .map(CoreNlpSentenceContractTest::tokens)
        .toList();
  }

  private static String tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
        .map(CoreLabel::word)
        .collect(Collectors.joining(" "));
  }

  @Test
  void gluedSentencesAreSplitAndTitlesGluedToNamesAreNot() {
    String cleaned = Cleaning.cleaned("It stalled.Hamas sources spoke to Dr.Al-Mansour and the U.S.Army today.");
    assertThat(sentences(cleaned)).containsExactly(
        "It stalled .",
        "Hamas sources spoke to Dr. Al - Mansour and the U.S. Army today .");
  }

  @Test
  void headlineWithoutPunctuationEndsItsSentence() {
    String cleaned = Cleaning.cleaned("Grim Allegations Haunt Efforts\r\n\r\ndisturbing reports have surfaced.");
    assertThat(sentences(cleaned)).containsExactly("Grim Allegations Haunt Efforts", "Disturbing reports have surfaced .");
  }
}
