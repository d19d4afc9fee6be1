package org.dyad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;

/**
 * One event of the corpus: the event as {@code dyad analyze} describes it (its id is the store id,
 * its mentions those of every article), how many articles and publishers report it, and which.
 * {@code sourceFacts}/{@code targetFacts} are {@link ActorFacts#NONE} without an actor.
 * {@code mentions} runs parallel to {@code event().mentions()} and says which article each is in.
 * {@code dateFromText}: the text gave the date (false when the article's date stands in);
 * {@code firstArticle} is the store id of the article the event was first stored from, {@code added}
 * when that was (its ingest time; GDELT's DATEADDED).
 */
public record StoredEvent(Event event, ActorFacts sourceFacts, ActorFacts targetFacts, int numArticles, int numSources,
                          List<ArticleRef> articles, List<Mention> mentions, boolean dateFromText, long firstArticle,
                          Instant added) {
  public StoredEvent {
    articles = List.copyOf(articles);
    mentions = List.copyOf(mentions);
  }

  /** The article the event was first stored from (the first of {@code articles} when it is not listed). */
  public ArticleRef first() {
    return articles.stream().filter(a -> a.id() == firstArticle).findFirst().orElse(articles.isEmpty() ? null : articles.get(0));
  }

  /**
   * A stored article as events refer to it; {@code storyId} is the id of its story's first article,
   * {@code publisher} its URL's host (null without a URL), {@code length} its text's length in characters.
   */
  public record ArticleRef(long id, String name, String url, LocalDate date, long storyId, String publisher, String title,
                           Instant ingestedAt, int length) {}

  /** What the store knows of an event's actor beyond its reference: country (ISO alpha-3), role, type; each may be null. */
  public record ActorFacts(String country, String role, String type) {
    public static final ActorFacts NONE = new ActorFacts(null, null, null);
  }

  /**
   * One telling in one article: its sentence, its span {@code [start, end)} and text, the certainty
   * this telling gives; and where inside the span the article names the event's source and target
   * ({@code [sourceAt, sourceEnd)}, {@code [targetAt, targetEnd)}: the first such mention) and where
   * the last of those mentions ends ({@code actorsEnd}), each -1 when the span names none.
   */
  public record Mention(long article, int sentence, int start, int end, String text, String certainty, int sourceAt,
                        int sourceEnd, int targetAt, int targetEnd, int actorsEnd) {
    /** The words of the telling that name its source (or target, {@code source} false), or null. */
    public String actorText(boolean source) {
      int from = source ? sourceAt : targetAt;
      int to = source ? sourceEnd : targetEnd;
      return from < start || to > end || to < from ? null : text.substring(from - start, to - start);
    }
  }
}
