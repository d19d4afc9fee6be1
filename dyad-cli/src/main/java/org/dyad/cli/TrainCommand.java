package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.codebook.Codebook;
import org.dyad.events.trigger.TypingTraining;
import org.dyad.learned.HeadTrainer;
import org.dyad.learned.MiniLmEmbedder;
import org.dyad.learned.TrainingExample;
import org.dyad.learned.TrainingFiles;
import org.dyad.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad train}: trains the learned event typing's head from the training set ({@code train/},
 * docs/evaluation.md) and writes it where the build bundles it. Deterministic: the same data give the
 * same head, which a test checks against the committed one.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the learned event typing (embedding + softmax head) from labelled sentences.")
final class TrainCommand implements Callable<Integer> {
  static final Path DEFAULT_OUTPUT = Path.of("dyad-core/src/main/resources/org/dyad/learned/event-head.bin");

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "train",
      description = "A directory of .jsonl training files, or one file. Default: ${DEFAULT-VALUE}.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the head. Default: " + "dyad-core/src/main/resources/org/dyad/learned/event-head.bin.")
  Path output = DEFAULT_OUTPUT;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (default: the standard settings).")
  Integer epochs;

  @Option(names = "--folds", paramLabel = "K",
      description = "Also report K-fold cross-validated root accuracy on the training set (0: none).")
  int folds;

  @Option(names = "--l2", paramLabel = "X", description = "L2 weight decay (default: the standard settings).")
  Double l2;

  @Mixin VerboseOption verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(input)) {
      throw new ErrorHandler.UsageError("no training data at " + input);
    }
    List<TrainingExample> examples = TrainingFiles.read(input, Codebook.load());
    HeadTrainer.Settings s = HeadTrainer.Settings.standard();
    if (epochs != null) {
      s = new HeadTrainer.Settings(epochs, s.batch(), s.learningRate(), s.l2(), s.seed());
    }
    if (l2 != null) {
      s = new HeadTrainer.Settings(s.epochs(), s.batch(), s.learningRate(), l2, s.seed());
    }
    long t0 = System.nanoTime();
    TypingTraining.Result r = TypingTraining.train(examples, new CoreNlpAnnotator(), MiniLmEmbedder.shared(), s,
        line -> { err.println("dyad train: " + line); err.flush(); });
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    Files.write(output, r.head().write());
    Map<String, Integer> perRoot = new TreeMap<>();
    r.clauses().forEach(c -> perRoot.merge(c.label().equals("none") ? "none" : c.label().substring(0, 2), 1, Integer::sum));
    out.printf("dyad train: %d examples, %d clauses, %d labels, training root accuracy %.3f, %.1f s%n",
        r.examples(), r.clauses().size(), r.head().labels().size(), r.trainingAccuracy(), (System.nanoTime() - t0) / 1e9);
    out.println("clauses per root: " + perRoot);
    if (folds > 1) {
      out.printf("cross-validated root accuracy (%d folds): %.3f%n", folds, TypingTraining.crossValidate(r, s, folds));
    }
    out.println("head written to " + output + " (" + Files.size(output) + " bytes)");
    return 0;
  }
}
