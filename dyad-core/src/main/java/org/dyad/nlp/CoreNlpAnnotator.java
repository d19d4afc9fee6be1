package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The NLP stage on Stanford CoreNLP. The pipeline is built once per JVM on first use (loading
 * models takes seconds) and shared by all threads: CoreNLP annotates different documents safely in
 * parallel. Annotators are chosen by cost (see docs/benchmarks.md): tokenize, ssplit, pos, lemma,
 * the CoNLL 4-class NER model alone (no fine-grained gazetteer, SUTime or numeric classifiers) and
 * the neural dependency parser. Coreference and quotes are dyad's own.
 *
 * <p>Time and memory stay linear in the text: it is annotated in {@link TextWindows} (one window for
 * any ordinary article), and between sentence splitting and tagging a sentence longer than
 * {@link LongSentences#maxTokens()} is cut into pieces, each cut reported as a {@link SentenceCut}.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  private static volatile StanfordCoreNLP[] pipelines;

  private final LongSentences longSentences;
  private final int windowChars;

  public CoreNlpAnnotator() {
    this(LongSentences.DEFAULT_MAX_TOKENS, TextWindows.DEFAULT_CHARS);
  }

  public CoreNlpAnnotator(int maxSentenceTokens, int windowChars) {
    this.longSentences = new LongSentences(maxSentenceTokens);
    if (windowChars < 2) {
      throw new IllegalArgumentException("windowChars must be >= 2, got " + windowChars);
    }
    this.windowChars = windowChars;
  }

  /** The properties of dyad's CoreNLP pipeline. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // A blank line ends a sentence: headlines and section titles have no final period.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    return p;
  }

  /**
   * The shared pipeline in two halves, loading them on first call: tokenize and ssplit, then the
   * annotators after them (run on sentences dyad may have cut).
   */
  static StanfordCoreNLP[] pipelines() {
    StanfordCoreNLP[] p = pipelines;
    if (p == null) {
      synchronized (CoreNlpAnnotator.class) {
        p = pipelines;
        if (p == null) {
          Properties split = properties();
          split.setProperty("annotators", "tokenize,ssplit");
          Properties rest = properties();
          rest.setProperty("annotators", "pos,lemma,ner,depparse");
          p = new StanfordCoreNLP[] {new StanfordCoreNLP(split), new StanfordCoreNLP(rest, false)};
          pipelines = p;
        }
      }
    }
    return p;
  }

  /** Loads the models now rather than on the first article (for timing and for servers). */
  public static void warmUp() {
    pipelines();
  }

  @Override
  public NlpDocument annotate(String text, LocalDate documentDate) {
    List<Sentence> sentences = new ArrayList<>();
    List<SentenceCut> cuts = new ArrayList<>();
    for (TextWindows.Window w : TextWindows.of(text, windowChars)) {
      annotateWindow(text.substring(w.start(), w.end()), w.start(), documentDate, sentences, cuts);
      if (!w.clean()) {
        cuts.add(new SentenceCut(w.end(), w.end(), 0, windowChars, w.end() < text.length() && text.charAt(w.end() - 1) == '\n'
            ? "a line break" : "no paragraph break"));
      }
    }
    return new NlpDocument(text, sentences, text::substring, cuts);
  }

  private void annotateWindow(String window, int offset, LocalDate date, List<Sentence> sentences, List<SentenceCut> cuts) {
    Annotation annotation = new Annotation(window);
    if (date != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    StanfordCoreNLP[] p = pipelines();
    p[0].annotate(annotation);
    List<SentenceCut> found = SentencePieces.bound(annotation, longSentences);
    found.forEach(c -> cuts.add(c.shifted(offset)));
    p[1].annotate(annotation);
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), s, offset));
    }
  }

  private static Sentence convert(int index, CoreMap s, int offset) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), ner, l.beginPosition() + offset, l.endPosition() + offset));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, ParseRepairs.apply(tokens, deps));
  }
}
