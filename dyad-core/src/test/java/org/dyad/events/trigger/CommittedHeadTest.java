package org.dyad.events.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyad.codebook.Codebook;
import org.dyad.learned.EventTyping;
import org.dyad.learned.HeadTrainer;
import org.dyad.learned.MiniLmEmbedder;
import org.dyad.learned.SoftmaxHead;
import org.dyad.learned.TrainingFiles;
import org.dyad.learned.Typing;
import org.dyad.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The committed head is what the training set gives: retrained here from train/ with the standard
 * settings, it has the same labels and weights, up to the rounding an ONNX Runtime build on another
 * CPU may bring, and it decides every training clause the same way. After a change to train/, run
 * {@code dyad train} and commit the new head.
 */
class CommittedHeadTest {
  @Test
  void theCommittedHeadIsWhatTheTrainingDataGive() {
    TypingTraining.Result r = TypingTraining.train(TrainingFiles.read(Path.of("..", "train"), Codebook.load()),
        new CoreNlpAnnotator(), MiniLmEmbedder.shared(), HeadTrainer.Settings.standard(), line -> { });
    SoftmaxHead committed = EventTyping.bundledHead();
    SoftmaxHead retrained = r.head();
    assertThat(committed.labels()).isEqualTo(retrained.labels());
    double worst = 0;
    double sum = 0;
    double size = 0;
    for (int k = 0; k < committed.labels().size(); k++) {
      for (int i = 0; i < committed.dimension(); i++) {
        double d = Math.abs(committed.weight(k, i) - retrained.weight(k, i));
        worst = Math.max(worst, d);
        sum += d;
        size += Math.abs(committed.weight(k, i));
      }
    }
    List<float[]> x = r.embeddings();
    long same = x.stream()
        .filter(v -> java.util.Objects.equals(Typing.of(committed, v).cameo(), Typing.of(retrained, v).cameo())).count();
    System.out.printf("committed head: largest weight difference %.4f, mean %.5f (mean |weight| %.4f), clauses decided alike %.4f%n",
        worst, sum / (committed.labels().size() * committed.dimension()), size / (committed.labels().size() * committed.dimension()),
        (double) same / x.size());
    assertThat((double) same / x.size()).as("clauses decided alike").isGreaterThanOrEqualTo(0.995);
    assertThat(sum / size).as("weight differences relative to the weights").isLessThan(0.02);
  }
}
