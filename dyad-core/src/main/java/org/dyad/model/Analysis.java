package org.dyad.model;

import java.util.List;

/** The whole result of analysing one article: the JSON contract of {@code dyad analyze}. */
public record Analysis(ArticleInfo article, List<Actor> actors, List<Event> events, List<Quote> quotes) {
  public Analysis {
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  /** The analysis of an article that could not be analysed: its problems say why. */
  public static Analysis failed(ArticleInfo article) {
    return new Analysis(article, List.of(), List.of(), List.of());
  }
}
