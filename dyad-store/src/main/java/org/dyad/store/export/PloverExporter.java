package org.dyad.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.dyad.json.AnalysisJson;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.store.StoredEvent;

/**
 * Events as PLOVER-style JSON Lines, after POLECAT's records: event type and mode (PLOVER), actor and
 * recipient with country and type, date, the event text of each mention, counts and source URLs;
 * the CAMEO code is kept alongside. Events whose CAMEO code has no PLOVER mapping have a null type.
 */
final class PloverExporter implements Exporter {
  @Override
  public void write(StoredEvent s, Writer out) throws IOException {
    Event e = s.event();
    ObjectNode n = AnalysisJson.mapper().createObjectNode();
    n.put("event_id", e.id());
    n.put("event_date", e.date());
    n.put("date_precision", e.datePrecision().name().toLowerCase(Locale.ROOT));
    n.put("event_type", e.plover());
    n.put("event_mode", e.ploverMode());
    n.put("cameo", e.cameo());
    n.put("negated", e.negated());
    n.put("certainty", e.certainty().name().toLowerCase(Locale.ROOT));
    actor(n, "actor", e.source(), s.sourceFacts());
    actor(n, "recipient", e.target(), s.targetFacts());
    n.put("location", e.location());
    n.put("num_mentions", e.numMentions());
    n.put("num_articles", s.numArticles());
    n.put("num_sources", s.numSources());
    ArrayNode texts = n.putArray("event_text");
    s.mentions().forEach(m -> texts.add(m.text()));
    ArrayNode urls = n.putArray("source_urls");
    s.articles().stream().map(StoredEvent.ArticleRef::url).filter(u -> u != null).forEach(urls::add);
    ArrayNode stories = n.putArray("stories");
    s.articles().stream().map(StoredEvent.ArticleRef::storyId).distinct().forEach(stories::add);
    out.write(n.toString() + "\n");
  }

  private static void actor(ObjectNode n, String field, ActorRef ref, StoredEvent.ActorFacts facts) {
    if (ref == null) {
      n.putNull(field);
      return;
    }
    n.putObject(field).put("name", ref.name()).put("code", ref.code()).put("country", facts.country())
        .put("type", facts.type()).put("role", facts.role());
  }
}
