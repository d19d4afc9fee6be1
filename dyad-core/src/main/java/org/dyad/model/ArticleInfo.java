package org.dyad.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What dyad knows about an article besides its analysis: identity, metadata, the input's format
 * ("text" or "html"), the original text that all spans point into, and the problems met while reading it.
 */
public record ArticleInfo(
    String id,
    String title,
    LocalDate date,
    String url,
    String format,
    String language,
    String text,
    List<Problem> problems) {
  public ArticleInfo {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    problems = List.copyOf(problems);
  }

  public boolean fatal() {
    return problems.stream().anyMatch(p -> p.kind().fatal());
  }
}
