package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;

/**
 * One event of the corpus: the event as {@code dyad analyze} describes it (its id is the store id,
 * its mentions those of every article), how many articles and publishers report it, and which.
 * {@code sourceFacts}/{@code targetFacts} are {@link ActorFacts#NONE} without an actor.
 * {@code mentions} runs parallel to {@code event().mentions()} and says which article each is in.
 */
public record StoredEvent(Event event, ActorFacts sourceFacts, ActorFacts targetFacts, int numArticles, int numSources,
                          List<ArticleRef> articles, List<Mention> mentions) {
  public StoredEvent {
    articles = List.copyOf(articles);
    mentions = List.copyOf(mentions);
  }

  /** A stored article as events refer to it; {@code storyId} is the id of its story's first article. */
  public record ArticleRef(long id, String name, String url, LocalDate date, long storyId) {}

  /** What the store knows of an event's actor beyond its reference: country (ISO alpha-3), role, type; each may be null. */
  public record ActorFacts(String country, String role, String type) {
    public static final ActorFacts NONE = new ActorFacts(null, null, null);
  }

  /** One telling in one article. */
  public record Mention(long article, int sentence, int start, int end, String text) {}
}
