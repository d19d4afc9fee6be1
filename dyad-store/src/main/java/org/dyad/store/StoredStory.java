package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: the articles the near-duplicate index put together, under the store id of its first
 * article, oldest first, and the events they tell (each once, with all its mentions).
 */
public record StoredStory(long id, List<Article> articles, List<StoredEvent> events) {
  public StoredStory {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }

  /**
   * One article of a story: {@code publisher} is its URL's host (null without a URL);
   * {@code nearDuplicateOf} and {@code similarity} are null for the story's first article.
   */
  public record Article(long id, String name, String title, LocalDate date, String url, String publisher,
                        Long nearDuplicateOf, Double similarity) {}
}
