package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;

/**
 * One event of the corpus: the event as {@code dyad analyze} describes it (its id is the store id,
 * its mentions those of every article), how many articles and publishers report it, and which.
 * {@code mentions} runs parallel to {@code event().mentions()} and says which article each is in.
 */
public record StoredEvent(Event event, int numArticles, int numSources, List<ArticleRef> articles, List<Mention> mentions) {
  public StoredEvent {
    articles = List.copyOf(articles);
    mentions = List.copyOf(mentions);
  }

  /** A stored article as events refer to it; {@code storyId} is the id of its story's first article. */
  public record ArticleRef(long id, String name, String url, LocalDate date, long storyId) {}

  /** One telling in one article. */
  public record Mention(long article, int sentence, int start, int end, String text) {}
}
