package org.dyad.store;

import java.util.List;
import org.dyad.model.Problem;

/** What {@link ArticleIngest#ingest} did with one article: it is in the store now, or it could not be analysed. */
public sealed interface Ingested {
  /**
   * The article is in the store: {@code saved.status()} is {@code KNOWN} when it was there already (then
   * it was not analysed again and {@code problems} is empty), else {@code problems} are those its
   * analysis met, none of them fatal.
   */
  record Stored(Saved saved, List<Problem> problems) implements Ingested {
    public Stored {
      if (saved == null) {
        throw new IllegalArgumentException("saved must not be null");
      }
      problems = List.copyOf(problems);
    }
  }

  /** The article was not analysed, so not stored: its first fatal problem says why. */
  record NotAnalysed(Problem problem) implements Ingested {
    public NotAnalysed {
      if (problem == null || !problem.kind().fatal()) {
        throw new IllegalArgumentException("a fatal problem must say why the article was not analysed, got " + problem);
      }
    }
  }
}
