package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.store.StoredEvent;

/**
 * Events as GDELT 2.0 Mentions records: one tab-separated line per telling of an event in an
 * article, GDELT's 16 columns in the codebook's order, then dyad's (gdelt-mentions.txt): the article,
 * the telling's span and the certainty it gives. Offsets are UTF-16 offsets into the stored article
 * text, the text {@code /api/v1/articles/{id}} returns. Confidence and tone are empty: dyad measures
 * neither. docs/store.md says what each column is filled from.
 */
final class GdeltMentionsExporter implements Exporter {
  /** GDELT's MentionType: 1 WEB (the identifier is a URL), 2 CITATIONONLY (it names the document). */
  static final int WEB = 1;
  static final int CITATION_ONLY = 2;

  @Override
  public void write(StoredEvent s, Writer out) throws IOException {
    Map<Long, StoredEvent.ArticleRef> articles = s.articles().stream()
        .collect(Collectors.toMap(StoredEvent.ArticleRef::id, Function.identity()));
    for (StoredEvent.Mention m : s.mentions()) {
      StoredEvent.ArticleRef a = articles.get(m.article());
      GdeltColumns.Row row = GdeltColumns.MENTIONS.row()
          .set("GLOBALEVENTID", s.event().id())
          .set("EventTimeDate", GdeltExporter.timestamp(s.added()))
          .set("MentionTimeDate", GdeltExporter.timestamp(a.ingestedAt()))
          .set("MentionType", a.url() != null ? WEB : CITATION_ONLY)
          .set("MentionSourceName", a.publisher())
          .set("MentionIdentifier", a.url() != null ? a.url() : a.name())
          .set("SentenceID", m.sentence() + 1)
          .set("Actor1CharOffset", m.sourceAt())
          .set("Actor2CharOffset", m.targetAt())
          .set("ActionCharOffset", actionAt(m))
          .set("InRawText", namesItsActors(s, m) ? 1 : 0)
          .set("MentionDocLen", a.length())
          .set("DyadArticle", a.name())
          .set("DyadSpanStart", m.start())
          .set("DyadSpanEnd", m.end())
          .set("DyadCertainty", m.certainty());
      out.write(row.line());
    }
  }

  /**
   * Where the telling's trigger is, when the stored span shows it, else -1. A span runs from the first
   * to the last of trigger, source and target (docs/output-format.md): a span that does not begin
   * with an actor's mention begins with the trigger, and one that does not end with one ends with it
   * (the trigger is one token: it starts after the span's last space).
   */
  static int actionAt(StoredEvent.Mention m) {
    if (m.start() != m.sourceAt() && m.start() != m.targetAt()) {
      return m.start();
    }
    if (m.actorsEnd() >= 0 && m.actorsEnd() < m.end()) {
      String tail = m.text().substring(Math.max(0, m.actorsEnd() - m.start()));
      int space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
      return m.actorsEnd() + space + 1;
    }
    return -1;
  }

  /** GDELT's InRawText, for dyad: the telling names each of the event's actors itself (1), or dyad took one from elsewhere in the text (0). */
  private static boolean namesItsActors(StoredEvent s, StoredEvent.Mention m) {
    return (s.event().source() == null || m.sourceAt() >= 0) && (s.event().target() == null || m.targetAt() >= 0);
  }
}
