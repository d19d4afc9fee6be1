package org.dyad.input;

import java.time.LocalDate;

/**
 * What is known about an article besides its content: given by the caller as hints (CLI options, a
 * JSON Lines record) or found in an HTML page. Any field may be null; blank strings become null.
 */
public record Metadata(String id, String title, LocalDate date, String url) {
  /** No metadata at all. */
  public static final Metadata NONE = new Metadata(null, null, null, null);

  public Metadata {
    id = clean(id);
    title = clean(title);
    url = clean(url);
  }

  /** Only a title and a date, as the CLI options {@code --title} and {@code --date} give them. */
  public static Metadata of(String title, LocalDate date) {
    return new Metadata(null, title, date, null);
  }

  /** This metadata, with each missing field taken from {@code fallback}. */
  public Metadata orElse(Metadata fallback) {
    Args.notNull(fallback, "fallback");
    return new Metadata(
        id != null ? id : fallback.id,
        title != null ? title : fallback.title,
        date != null ? date : fallback.date,
        url != null ? url : fallback.url);
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
