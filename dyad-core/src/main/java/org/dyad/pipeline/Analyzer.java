package org.dyad.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.DictionaryIndex;
import org.dyad.events.EventCoder;
import org.dyad.geo.EventPlaces;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.Toponyms;
import org.dyad.input.SourceDocument;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Problem;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.NlpAnnotator;
import org.dyad.nlp.TextWindows;
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
  private final int windowChars;

  public Analyzer(List<NamedStage> stages) {
    this(stages, TextWindows.DEFAULT_CHARS);
  }

  private Analyzer(List<NamedStage> stages, int windowChars) {
    if (windowChars < 2) {
      throw new IllegalArgumentException("windowChars must be >= 2, got " + windowChars);
    }
    this.stages = List.copyOf(stages);
    this.windowChars = windowChars;
  }

  /** The same stages, analysing articles longer than {@code chars} characters in windows of that size. */
  public Analyzer windowedAt(int chars) {
    return new Analyzer(stages, chars);
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
    stages.add(new NamedStage("places", Stages.places(new EventPlaces(new Toponyms(Gazetteer.shared(), index::countryOf)))));
    return new Analyzer(stages);
  }

  public List<NamedStage> stages() {
    return stages;
  }

  public StageTimings timings() {
    return timings;
  }

  /**
   * Analyses a read article; an article with a fatal problem comes back empty, its problems saying
   * why. One longer than the window size ({@link TextWindows#DEFAULT_CHARS} characters unless
   * {@link #windowedAt} says otherwise) is analysed in windows.
   */
  public Analysis analyze(SourceDocument source) {
    if (source.problems().stream().anyMatch(p -> p.kind().fatal())) {
      return Analysis.failed(info(source, List.of()));
    }
    WindowedAnalysis windowed = new WindowedAnalysis(this::analyzeAtOnce, windowChars);
    if (!windowed.needed(source)) {
      return analyzeAtOnce(source).analysis();
    }
    WindowedAnalysis.Result r = windowed.analyze(source);
    return new Analysis(info(source, r.problems()), r.actors(), r.events(), r.quotes());
  }

  private WindowedAnalysis.Part analyzeAtOnce(SourceDocument source) {
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
    Analysis a = OriginalSpans.map(draft, info(source, notes(draft)));
    timings.add("output", System.nanoTime() - t0);
    return new WindowedAnalysis.Part(a, draft.nlp() == null ? 0 : draft.nlp().sentences().size());
  }

  /** The non-fatal problems the stages found: the cleaner's repairs, the sentences cut before parsing. */
  private static List<Problem> notes(Draft d) {
    if (d.clean() == null) {
      return List.of();
    }
    List<Problem> out = new ArrayList<>(RepairSummary.of(d.clean()));
    if (d.nlp() != null) {
      out.addAll(CutSummary.of(d.nlp().cuts(), d.clean()));
    }
    return out;
  }

  private static ArticleInfo info(SourceDocument s, List<Problem> extra) {
    List<Problem> problems = new ArrayList<>(s.problems());
    problems.addAll(extra);
    boolean fatal = s.problems().stream().anyMatch(p -> p.kind().fatal());
    return new ArticleInfo(s.id(), s.title(), s.date(), s.url(), s.format().name().toLowerCase(java.util.Locale.ROOT), fatal ? null : "en", s.text(), problems);
  }
}
