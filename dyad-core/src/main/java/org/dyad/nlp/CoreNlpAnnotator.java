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
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  private static volatile StanfordCoreNLP pipeline;

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

  /** The shared pipeline, loading it on first call. */
  static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (CoreNlpAnnotator.class) {
        p = pipeline;
        if (p == null) {
          p = new StanfordCoreNLP(properties());
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** Loads the models now rather than on the first article (for timing and for servers). */
  public static void warmUp() {
    pipeline();
  }

  @Override
  public NlpDocument annotate(String text, LocalDate documentDate) {
    Annotation annotation = new Annotation(text);
    if (documentDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline().annotate(annotation);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (CoreMap s : coreSentences) {
      sentences.add(convert(sentences.size(), s));
    }
    return new NlpDocument(text, sentences);
  }

  private static Sentence convert(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), ner, l.beginPosition(), l.endPosition()));
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
    return new Sentence(index, start, end, tokens, deps);
  }
}
