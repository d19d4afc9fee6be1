package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.SharedCorpus;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.model.Analysis;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline, real CoreNLP, on the shared messy web article: the actors an analyst finds
 * there are each one actor whatever the wording, and quotations carry their speakers.
 */
class SharedArticleTest {
  private static Analysis analysis;
  private static String original;

  @BeforeAll
  static void analyse() throws Exception {
    Optional<Path> file = SharedCorpus.file("hamas-assad-archyde.txt");
    assumeTrue(file.isPresent(), "shared corpus not found beside the repository");
    original = Files.readString(file.get());
    analysis = TestAnalyzer.get().analyze(new ArticleReader().read(Files.readAllBytes(file.get()),
        new Metadata("hamas-assad", null, LocalDate.of(2024, 12, 8), null)));
  }

  private static List<Actor> actorsNamed(String wording) {
    return analysis.actors().stream()
        .filter(a -> a.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(wording))).toList();
  }

  private static Actor single(String wording) {
    List<Actor> found = actorsNamed(wording);
    assertThat(found).as("actors with a mention '%s'", wording).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyEventPlaceIsInTheOriginalTextWithCoordinatesWhenTheGazetteerIsInstalled() {
    assertThat(analysis.events()).anyMatch(e -> e.place() != null);
    boolean full = org.dyad.geo.Gazetteer.shared().full();
    for (org.dyad.model.Event e : analysis.events()) {
      if (e.place() != null) {
        assertThat(original.substring(e.place().start(), e.place().end())).isEqualTo(e.place().text());
        assertThat(e.place().country()).isNotNull();
        if (full) {
          assertThat(e.place().lat()).as("latitude of %s", e.place().text()).isNotNull();
        }
      }
    }
  }

  @Test
  void everySpanPointsIntoTheOriginalText() {
    for (Actor a : analysis.actors()) {
      for (Span m : a.mentions()) {
        assertThat(original.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (Quote q : analysis.quotes()) {
      assertThat(original.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  @Test
  void hamasIsOneActorIncludingLowercaseMentions() {
    Actor hamas = single("Hamas");
    assertThat(hamas.mentions()).extracting(Span::text).contains("hamas");
    assertThat(hamas.type()).isEqualTo(ActorType.ARMED_GROUP);
  }

  @Test
  void theAssadRegimeTheSyrianGovernmentAndSyriaAreOneActor() {
    Actor regime = single("Assad regime");
    assertThat(actorsNamed("Syrian government")).containsExactly(regime);
    assertThat(actorsNamed("Syrian regime")).containsExactly(regime);
    assertThat(actorsNamed("Syria")).containsExactly(regime);
    assertThat(actorsNamed("assad regime")).containsExactly(regime);
    assertThat(regime.code()).isEqualTo("SYRGOV");
  }

  @Test
  void statesAndGroupsOfTheArticleAreOneActorEach() {
    for (String name : List.of("Iran", "Hezbollah", "Islamic Jihad", "Al-Quds Al-Arabi")) {
      single(name);
    }
    assertThat(single("Israeli airstrikes").code()).isEqualTo("ISRMIL");
    Actor qassam = single("Al-Qassam Brigades");
    assertThat(actorsNamed("Al Qassam Brigades")).containsExactly(qassam);
    assertThat(qassam.affiliation()).isEqualTo(single("Hamas").id());
  }

  @Test
  void peopleAreOneActorEachWhateverTheWording() {
    Actor jaloudi = single("Mamoun Al-Jaloudi");
    assertThat(actorsNamed("Abu Judat")).containsExactly(jaloudi);
    assertThat(actorsNamed("Mamoun al-Jaloudi")).containsExactly(jaloudi);
    assertThat(jaloudi.affiliation()).isEqualTo(single("Al-Qassam Brigades").id());

    Actor nasrallah = single("Hassan Nasrallah");
    assertThat(actorsNamed("Nasrallah")).containsExactly(nasrallah);
    for (String name : List.of("Ismail Haniyeh", "Yahya sinwar", "Saleh Al-Arouri")) {
      assertThat(single(name).type()).isEqualTo(ActorType.PERSON);
    }

    Actor mansour = single("Layla Al-Mansour");
    assertThat(actorsNamed("Al-Mansour")).containsExactly(mansour);
    assertThat(actorsNamed("Al-mansour")).containsExactly(mansour);
    assertThat(actorsNamed("Layla al-Mansour")).containsExactly(mansour);
    assertThat(mansour.affiliation()).isNotNull();
  }

  @Test
  void quotesCarryTheirSpeakers() {
    assertThat(analysis.quotes()).hasSizeGreaterThanOrEqualTo(15);
    Quote solidarity = quoteContaining("We stand firmly with the Syrian people");
    assertThat(solidarity.speaker().name()).isEqualTo("Hamas");
    Quote silence = quoteContaining("The silence is telling");
    assertThat(silence.speaker().name()).isEqualTo("Layla Al-Mansour");
    Quote turningPoint = quoteContaining("meaningful turning point");
    assertThat(turningPoint.speaker().name()).isEqualTo("Layla Al-Mansour");
    Quote interview = quoteContaining("These allegations, if true, are deeply troubling");
    assertThat(interview.speaker().name()).isEqualTo("Layla Al-Mansour");
    Quote question = quoteContaining("How credible are these allegations");
    assertThat(question.speaker().name()).isEqualTo("Archyde News");
    long attributed = analysis.quotes().stream().filter(q -> q.speaker() != null || q.speakerText() != null).count();
    assertThat(attributed).isGreaterThanOrEqualTo(analysis.quotes().size() - 1);
  }

  private static Quote quoteContaining(String words) {
    return analysis.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote contains '" + words + "'"));
  }
}
