package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.codebook.Codebook;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training set in train/ is what docs/evaluation.md says it is, and bad lines are refused. */
class TrainingSetTest {
  static final Path TRAIN = Path.of("..", "train");
  private final List<TrainingExample> examples = TrainingFiles.read(TRAIN, Codebook.load());

  @Test
  void holdsAtLeast3000Examples() {
    assertThat(examples).hasSizeGreaterThanOrEqualTo(3000);
  }

  @Test
  void holdsAtLeast100ExamplesOfEveryRoot() {
    Map<String, Long> roots = examples.stream().filter(TrainingExample::event)
        .collect(Collectors.groupingBy(e -> e.cameo().substring(0, 2), Collectors.counting()));
    for (int r = 1; r <= 20; r++) {
      assertThat(roots.getOrDefault(String.format("%02d", r), 0L)).as("root %02d", r).isGreaterThanOrEqualTo(100);
    }
  }

  @Test
  void coversAtLeast150CodesBelowTheRoots() {
    assertThat(examples.stream().filter(TrainingExample::event).map(TrainingExample::cameo).distinct().count())
        .isGreaterThanOrEqualTo(150);
  }

  @Test
  void holdsAtLeast800TextsThatTellNoEvent() {
    assertThat(examples.stream().filter(e -> !e.event()).count()).isGreaterThanOrEqualTo(800);
  }

  @Test
  void everyEventNamesTheWordsThatTellIt() {
    assertThat(examples.stream().filter(e -> e.event() && e.trigger() == null).map(TrainingExample::id)).isEmpty();
  }

  @Test
  void refusesACodeTheCodebookDoesNotKnow(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"x\",\"text\":\"Troops shelled the town.\",\"cameo\":\"1999\",\"trigger\":\"shelled\"}\n");
    assertThatThrownBy(() -> TrainingFiles.read(dir, Codebook.load())).isInstanceOf(DyadException.class)
        .hasMessageContaining("a.jsonl:1");
  }

  @Test
  void refusesATriggerThatIsNotInItsText(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"x\",\"text\":\"Troops shelled the town.\",\"cameo\":\"194\",\"trigger\":\"bombed\"}\n");
    assertThatThrownBy(() -> TrainingFiles.read(dir, Codebook.load())).hasMessageContaining("trigger 'bombed' is not in the text");
  }

  @Test
  void refusesAnIdSeenBefore(@TempDir Path dir) throws IOException {
    String line = "{\"id\":\"x\",\"text\":\"Troops shelled the town.\",\"cameo\":\"194\",\"trigger\":\"shelled\"}\n";
    Files.writeString(dir.resolve("a.jsonl"), line + line);
    assertThatThrownBy(() -> TrainingFiles.read(dir, Codebook.load())).hasMessageContaining("a.jsonl:2: id 'x' seen before");
  }
}
