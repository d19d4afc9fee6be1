package org.dyad.store;

import java.util.List;
import org.dyad.model.Span;

/**
 * One stored article in full: its original text (every offset points into it), the actors it names
 * with where, its quotes, and the stored events it tells (each with all its mentions, in every article).
 */
public record StoredArticle(ArticleSummary article, String text, List<ArticleActor> actors, List<StoredQuote> quotes,
                            List<StoredEvent> events) {
  public StoredArticle {
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** An actor as this article names it: the actor and the spans of its mentions here. */
  public record ArticleActor(ActorSummary actor, List<Span> mentions) {
    public ArticleActor {
      mentions = List.copyOf(mentions);
    }
  }
}
