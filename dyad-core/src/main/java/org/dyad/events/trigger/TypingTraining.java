package org.dyad.events.trigger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.dyad.learned.Embedder;
import org.dyad.learned.HeadTrainer;
import org.dyad.learned.Labels;
import org.dyad.learned.SoftmaxHead;
import org.dyad.learned.TrainingExample;
import org.dyad.learned.Typing;
import org.dyad.nlp.NlpAnnotator;

/**
 * Trains the learned event typing's head from the training set: each example cut into its clauses
 * ({@link TrainingClauses}), each clause embedded, codes with too few examples folded into their
 * parents ({@link Labels#fold}), then a softmax head fitted ({@link HeadTrainer}). Order-preserving
 * throughout, so that the result does not depend on the number of threads.
 */
public final class TypingTraining {
  /** Codes with fewer examples than this are learned as their parent code. */
  public static final int MIN_EXAMPLES = 6;
  private static final int BATCH = 64;

  /** A trained head with what it was trained on. */
  public record Result(SoftmaxHead head, int examples, List<TrainingClauses.Clause> clauses,
      List<float[]> embeddings, Map<String, String> folding, double trainingAccuracy) {}

  private TypingTraining() {}

  public static Result train(List<TrainingExample> examples, NlpAnnotator annotator, Embedder embedder,
      HeadTrainer.Settings settings, Consumer<String> progress) {
    AtomicInteger parsed = new AtomicInteger();
    List<TrainingClauses.Clause> clauses = examples.parallelStream()
        .map(e -> {
          List<TrainingClauses.Clause> c = TrainingClauses.of(e, annotator);
          tick(parsed, examples.size(), "parsed", progress);
          return c;
        })
        .flatMap(List::stream).toList();
    AtomicInteger embedded = new AtomicInteger();
    int batches = (clauses.size() + BATCH - 1) / BATCH;
    List<float[]> x = IntStream.range(0, batches).parallel()
        .mapToObj(b -> {
          List<String> texts = clauses.subList(b * BATCH, Math.min(clauses.size(), (b + 1) * BATCH)).stream()
              .map(TrainingClauses.Clause::text).toList();
          List<float[]> v = embedder.embed(texts);
          tick(embedded, batches, "embedded batches", progress);
          return v;
        })
        .flatMap(List::stream).toList();
    List<String> codes = clauses.stream().map(TrainingClauses.Clause::label).filter(l -> !l.equals(Labels.NONE)).toList();
    Map<String, String> folding = Labels.fold(codes, MIN_EXAMPLES);
    List<String> labelOf = clauses.stream().map(c -> c.label().equals(Labels.NONE) ? Labels.NONE : folding.get(c.label())).toList();
    List<String> labels = Labels.distinct(labelOf);
    int[] y = labelOf.stream().mapToInt(labels::indexOf).toArray();
    progress.accept("training the head on " + clauses.size() + " clauses, " + labels.size() + " labels");
    SoftmaxHead head = new HeadTrainer(settings).train(labels, x, y);
    return new Result(head, examples.size(), clauses, x, folding, accuracy(head, x, labelOf));
  }

  /**
   * Cross-validated root accuracy of these settings on the result's clauses: the examples split in
   * {@code folds} by their id (all clauses of one text fall in one fold), a head trained on the others
   * scored on each. For choosing settings on the training set, not on the gold sets.
   */
  public static double crossValidate(Result r, HeadTrainer.Settings settings, int folds) {
    int right = 0;
    for (int f = 0; f < folds; f++) {
      List<float[]> trainX = new java.util.ArrayList<>();
      List<String> trainY = new java.util.ArrayList<>();
      List<float[]> testX = new java.util.ArrayList<>();
      List<String> testY = new java.util.ArrayList<>();
      for (int i = 0; i < r.clauses().size(); i++) {
        TrainingClauses.Clause c = r.clauses().get(i);
        String label = c.label().equals(Labels.NONE) ? Labels.NONE : r.folding().get(c.label());
        boolean held = Math.floorMod(c.exampleId().hashCode(), folds) == f;
        (held ? testX : trainX).add(r.embeddings().get(i));
        (held ? testY : trainY).add(label);
      }
      List<String> labels = Labels.distinct(trainY);
      int[] y = trainY.stream().mapToInt(labels::indexOf).toArray();
      SoftmaxHead head = new HeadTrainer(settings).train(labels, trainX, y);
      right += Math.round(accuracy(head, testX, testY) * testX.size());
    }
    return (double) right / r.clauses().size();
  }

  /** The share of clauses whose root (or "no event") the head gets right. */
  static double accuracy(SoftmaxHead head, List<float[]> x, List<String> labels) {
    int right = 0;
    for (int i = 0; i < x.size(); i++) {
      Typing t = Typing.of(head, x.get(i));
      String said = t.event() ? t.cameo().substring(0, 2) : Labels.NONE;
      String gold = labels.get(i).equals(Labels.NONE) ? Labels.NONE : labels.get(i).substring(0, 2);
      if (said.equals(gold)) {
        right++;
      }
    }
    return x.isEmpty() ? 0 : (double) right / x.size();
  }

  private static void tick(AtomicInteger done, int total, String what, Consumer<String> progress) {
    int n = done.incrementAndGet();
    if (n % 500 == 0 || n == total) {
      progress.accept(n + "/" + total + " " + what);
    }
  }
}
