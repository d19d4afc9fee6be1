package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.ReaderLimits;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Problem;
import org.dyad.nlp.NewsClauses;
import org.dyad.nlp.TextWindows;
import org.junit.jupiter.api.Test;

/**
 * Texts far longer than news, real CoreNLP: a sentence of 300 KB is cut before parsing and finishes
 * in bounded time (docs/benchmarks.md: about 30-75 s here, bound 240 s), and a long article analysed
 * in windows gives what its windows give one by one.
 */
class LongInputTest {
  private static final Duration BOUND = Duration.ofSeconds(240);

  private static SourceDocument read(String text) {
    return new ArticleReader(ReaderLimits.DEFAULT).read(text.getBytes(StandardCharsets.UTF_8),
        new Metadata("long", null, LocalDate.of(2026, 12, 1), null));
  }

  private static List<Problem> problems(Analysis a, Problem.Kind kind) {
    return a.article().problems().stream().filter(p -> p.kind() == kind).toList();
  }

  @Test
  void sentenceOf300KbIsCutAtConjunctionsAndFinishesWithinTheBound() {
    String text = NewsClauses.oneSentence(300_000);
    long t0 = System.nanoTime();

    Analysis a = TestAnalyzer.get().analyze(read(text));

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(BOUND);
    List<Problem> cuts = problems(a, Problem.Kind.SENTENCE_SPLIT);
    assertThat(cuts.size()).as("50,000 tokens in pieces of at most 150").isGreaterThan(330);
    assertThat(cuts).allSatisfy(p -> {
      assertThat(text.substring(p.start(), p.end())).isEqualTo("and");
      assertThat(p.message()).contains("tokens was cut here, at 'and', to parse at most 150 tokens at a time");
    });
    assertThat(problems(a, Problem.Kind.WINDOWED)).isNotEmpty();
    assertThat(a.events()).hasSizeGreaterThan(1000);
    assertThat(a.events()).allSatisfy(e -> assertThat(e.mentions())
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
  }

  @Test
  void ordinaryArticleIsNeitherCutNorWindowed() {
    Analysis a = TestAnalyzer.get().analyze(read(NewsClauses.article(20_000)));

    assertThat(a.article().problems()).extracting(Problem::kind)
        .doesNotContain(Problem.Kind.SENTENCE_SPLIT, Problem.Kind.WINDOWED);
    assertThat(a.events()).isNotEmpty();
  }

  @Test
  void windowedArticleGivesWhatItsWindowsGiveOneByOne() {
    String text = NewsClauses.article(24_000);
    List<TextWindows.Window> windows = TextWindows.of(text, 10_000);
    assertThat(windows).hasSizeGreaterThanOrEqualTo(3);

    Analysis whole = TestAnalyzer.get().windowedAt(10_000).analyze(read(text));

    List<String> expected = new java.util.ArrayList<>();
    for (TextWindows.Window w : windows) {
      Analysis part = TestAnalyzer.get().analyze(read(text.substring(w.start(), w.end())));
      part.events().forEach(e -> expected.add(describe(e, w.start())));
    }
    assertThat(whole.events().stream().map(e -> describe(e, 0)).toList()).isEqualTo(expected);
    assertThat(whole.events()).extracting(Event::id)
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, whole.events().size()).mapToObj(i -> "e" + i).toList());
    assertThat(whole.actors()).filteredOn(x -> x.name().equals("France")).singleElement()
        .satisfies(f -> assertThat(f.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()))
            .anySatisfy(m -> assertThat(m.start()).isGreaterThan(windows.get(2).start())));
    assertThat(problems(whole, Problem.Kind.WINDOWED)).singleElement().asString().contains("in " + windows.size() + " windows");
  }

  private static String describe(Event e, int shift) {
    return e.source().id() + " " + e.cameo() + " " + (e.target() == null ? "-" : e.target().id()) + " "
        + e.mentions().stream().map(m -> (m.start() + shift) + ":" + m.text()).toList();
  }
}
