package org.dyad.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Problem;

/**
 * One article as read from the world. {@code text} is the original text that all later spans point
 * into: the decoded file as is for plain text, the extracted main text for HTML, and "" when a fatal
 * problem stopped the reading.
 */
public record SourceDocument(
    String id, String title, LocalDate date, String url, Format format, String text, List<Problem> problems) {

  /** What the input was. */
  public enum Format {
    TEXT,
    HTML
  }

  public SourceDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank, got '" + id + "'");
    }
    Args.notNull(format, "format");
    Args.notNull(text, "text");
    problems = List.copyOf(problems);
  }

  /** True when a fatal problem stops the analysis of this document. */
  public boolean fatal() {
    return fatalProblem().isPresent();
  }

  /** The first fatal problem, if any. */
  public Optional<Problem> fatalProblem() {
    return problems.stream().filter(p -> p.kind().fatal()).findFirst();
  }

  /** This document as the article of an analysis; its language is "en" unless it is fatal. */
  public ArticleInfo toArticleInfo() {
    return new ArticleInfo(id, title, date, url, format.name().toLowerCase(java.util.Locale.ROOT), fatal() ? null : "en", text, problems);
  }
}
