package org.dyad.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.DictionaryIndex;
import org.dyad.events.EventCoder;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Problem;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.NlpAnnotator;
import org.dyad.quotes.QuoteExtractor;
import org.dyad.text.TextCleaner;

/**
 * dyad's facade: one read article in, its analysis out. Holds the stages in order (the pipeline is
 * data: {@link #stages()}), runs them, and maps every span back into the original text. Build one
 * per JVM and share it: it is thread-safe, and the NLP models behind it load once.
 */
public final class Analyzer {
  private final List<NamedStage> stages;
  private final StageTimings timings = new StageTimings();

  public Analyzer(List<NamedStage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The standard pipeline with the bundled dictionary plus any user actor files. */
  public static Analyzer standard(List<Path> actorFiles) {
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    for (Path file : actorFiles) {
      dictionary = dictionary.withFile(file);
    }
    return standard(new DictionaryIndex(dictionary), new CoreNlpAnnotator());
  }

  public static Analyzer standard(DictionaryIndex index, NlpAnnotator annotator) {
    List<NamedStage> stages = new ArrayList<>();
    stages.add(new NamedStage("clean", Stages.clean(new TextCleaner(((org.dyad.text.KnownNames) index::canonical).exceptCommonWords()))));
    stages.add(new NamedStage("nlp", Stages.nlp(annotator)));
    stages.add(new NamedStage("actors", Stages.actors(new ActorResolver(index))));
    stages.add(new NamedStage("quotes", Stages.quotes(new QuoteExtractor())));
    stages.add(new NamedStage("events", Stages.events(EventCoder.standard(index::namesPlace, index::countryOf))));
    return new Analyzer(stages);
  }

  public List<NamedStage> stages() {
    return stages;
  }

  public StageTimings timings() {
    return timings;
  }

  /** Analyses a read article; an article with a fatal problem comes back empty, its problems saying why. */
  public Analysis analyze(SourceDocument source) {
    if (source.problems().stream().anyMatch(p -> p.kind().fatal())) {
      return Analysis.failed(info(source, List.of()));
    }
    Draft draft = Draft.of(source);
    for (NamedStage s : stages) {
      long t0 = System.nanoTime();
      draft = s.stage().apply(draft);
      timings.add(s.name(), System.nanoTime() - t0);
    }
    if (draft.nlp() != null) {
      timings.countArticle(draft.nlp().tokenCount());
    }
    long t0 = System.nanoTime();
    Analysis a = OriginalSpans.map(draft, info(source, draft.clean() == null ? List.of() : RepairSummary.of(draft.clean())));
    timings.add("output", System.nanoTime() - t0);
    return a;
  }

  private static ArticleInfo info(SourceDocument s, List<Problem> extra) {
    List<Problem> problems = new ArrayList<>(s.problems());
    problems.addAll(extra);
    boolean fatal = s.problems().stream().anyMatch(p -> p.kind().fatal());
    return new ArticleInfo(s.id(), s.title(), s.date(), s.url(), s.format().name().toLowerCase(java.util.Locale.ROOT), fatal ? null : "en", s.text(), problems);
  }
}
