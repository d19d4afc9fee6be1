package org.dyad.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.json.AnalysisJson;
import org.dyad.store.StoredEvent;

/**
 * A stored event as one JSON object: the event fields of {@code dyad analyze} (docs/output-format.md),
 * each mention with its {@code article}, plus {@code num_articles}, {@code num_sources} and
 * {@code articles} (id, name, url, date, story).
 */
public final class EventJson {
  private EventJson() {}

  public static ObjectNode of(StoredEvent e) {
    ObjectNode node = AnalysisJson.mapper().valueToTree(e.event());
    ArrayNode mentions = node.putArray("mentions");
    for (StoredEvent.Mention m : e.mentions()) {
      mentions.addObject().put("article", m.article()).put("sentence", m.sentence()).put("start", m.start())
          .put("end", m.end()).put("text", m.text());
    }
    node.put("num_articles", e.numArticles());
    node.put("num_sources", e.numSources());
    ArrayNode articles = node.putArray("articles");
    for (StoredEvent.ArticleRef a : e.articles()) {
      articles.addObject().put("id", a.id()).put("name", a.name()).put("url", a.url())
          .put("date", a.date() == null ? null : a.date().toString()).put("story", a.storyId());
    }
    return node;
  }

  /** One line of JSON. */
  public static String line(StoredEvent e) {
    return of(e).toString();
  }
}
