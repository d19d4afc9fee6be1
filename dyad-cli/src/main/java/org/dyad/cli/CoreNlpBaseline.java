package org.dyad.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.input.SourceDocument;

/**
 * The yardstick of {@code dyad bench --baseline-corenlp}: CoreNLP's default full pipeline, with
 * default settings, timed on the same original texts in the same JVM. Nothing is shared with dyad's
 * already loaded pipeline: CoreNLP's annotator cache is cleared first. It needs the whole CoreNLP
 * models jar, which the fat jar leaves out, and -Xmx3g or more.
 */
final class CoreNlpBaseline {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  /** A model the default pipeline needs and the fat jar leaves out. */
  private static final String PROBE = "edu/stanford/nlp/models/coref/statistical/ranking_model.ser.gz";

  private final int warmup;
  private final int repeat;

  CoreNlpBaseline(int warmup, int repeat) {
    this.warmup = warmup;
    this.repeat = repeat;
  }

  BenchResult.Baseline run(List<SourceDocument> articles) {
    if (CoreNlpBaseline.class.getClassLoader().getResource(PROBE) == null) {
      throw new ErrorHandler.UsageError("--baseline-corenlp needs the full CoreNLP models jar on the class path ("
          + PROBE + " is missing); the fat jar holds only dyad's models: run from the Maven class path, see docs/benchmarks.md");
    }
    BenchRunner.progress("loading CoreNLP's default pipeline (" + ANNOTATORS + ")");
    BenchRunner.resetPeakHeap();
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    // Forget the annotators CoreNLP cached for dyad (dyad's pipeline keeps its own), so that all load.
    StanfordCoreNLP.clearAnnotatorPool();
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double load = BenchRunner.since(t0);

    double[] cold = new double[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      SourceDocument doc = articles.get(i);
      cold[i] = BenchRunner.millis(() -> annotate(pipeline, doc));
    }
    List<BenchResult.BaselineRun> runs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      SourceDocument doc = articles.get(i);
      BenchRunner.progress("timing CoreNLP on " + doc.id());
      int tokens = annotate(pipeline, doc).get(CoreAnnotations.TokensAnnotation.class).size();
      for (int w = 0; w < warmup; w++) {
        annotate(pipeline, doc);
      }
      BenchResult.Warm warm = BenchRunner.repeat(repeat, () -> annotate(pipeline, doc));
      runs.add(new BenchResult.BaselineRun(doc.id(), tokens, cold[i], warm));
    }
    return new BenchResult.Baseline(ANNOTATORS, load, runs, BenchRunner.peakHeap(), BenchRunner.peakRss());
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, SourceDocument doc) {
    Annotation annotation = new Annotation(doc.text());
    if (doc.date() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
    }
    pipeline.annotate(annotation);
    return annotation;
  }
}
