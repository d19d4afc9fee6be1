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
 * Events as PLOVER records in JSON Lines, with the field names of the PLOVER specification's data
 * fields and, where it has none, POLECAT's: {@code event_type}, {@code mode} and {@code context}
 * (lists; the special contexts {@code negation} and {@code hypothetical}), {@code intensity} (the
 * type's PLOVER score), {@code actor} and {@code recipient} (code, country, sector, actor_text ...),
 * {@code date} with its precision, {@code size}, {@code event_loc}, {@code event_text}, and the first
 * report's {@code story_id}, {@code publisher}, {@code headline}. dyad's own fields follow (CAMEO code,
 * certainty, counts). Events whose CAMEO code has no PLOVER type have a null type. docs/store.md
 * lists every field and what fills it.
 */
final class PloverExporter implements Exporter {
  /** CAMEO 043 "Host a visit": CAMEO's source is the host, PLOVER's the visitor (codebook/cameo.tsv). */
  static final String HOST_A_VISIT = "043";
  static final String VERSION = "dyad-" + (PloverExporter.class.getPackage().getImplementationVersion() == null
      ? "dev" : PloverExporter.class.getPackage().getImplementationVersion());

  private static final PloverTables PLOVER = PloverTables.BUNDLED;

  @Override
  public void write(StoredEvent s, Writer out) throws IOException {
    Event e = s.event();
    ObjectNode n = AnalysisJson.mapper().createObjectNode();
    n.put("id", e.id());
    date(n, s);
    n.put("event_type", e.plover());
    ArrayNode mode = n.putArray("mode");
    if (e.ploverMode() != null) {
      mode.add(e.ploverMode());
    }
    ArrayNode context = n.putArray("context");
    if (e.negated()) {
      context.add("negation");
    }
    if (e.certainty() == Event.Certainty.HYPOTHETICAL) {
      context.add("hypothetical");
    }
    n.put("intensity", PLOVER.score(e.plover()));
    n.put("quad_code", e.quadClass());
    boolean swap = e.cameo().equals(HOST_A_VISIT);
    actor(n, "actor", s, swap ? e.target() : e.source(), swap ? s.targetFacts() : s.sourceFacts(), !swap);
    actor(n, "recipient", s, swap ? e.source() : e.target(), swap ? s.sourceFacts() : s.targetFacts(), swap);
    if (e.quantity() == null) {
      n.putNull("size");
    } else {
      n.putObject("size").put(PLOVER.sizeField(e.cameo()), e.quantity());
    }
    eventLoc(n, e);
    ArrayNode texts = n.putArray("event_text");
    s.mentions().forEach(m -> texts.add(m.text()));
    report(n, s.first());
    n.put("version", VERSION);
    dyad(n, s);
    out.write(n.toString() + "\n");
  }

  /**
   * POLECAT's geolocation: {@code event_loc} with the place's name, GeoNames id, feature class,
   * country (ISO alpha-3), first-level region and coordinates; the phrase alone when no place resolved.
   */
  private static void eventLoc(ObjectNode n, Event e) {
    org.dyad.model.Location p = e.place();
    if (p != null && p.resolved()) {
      ObjectNode loc = n.putObject("event_loc");
      loc.put("name", p.name()).put("text", p.text()).put("geonames_id", p.geonamesId()).put("feature_class", p.featureClass())
          .put("feature_code", p.featureCode()).put("country", p.country()).put("admin1", p.admin1Name())
          .put("lat", p.lat()).put("lon", p.lon());
    } else if (e.location() != null) {
      n.putObject("event_loc").put("name", e.location());
    } else {
      n.putNull("event_loc");
    }
  }

  /** {@code date}, how much of it is known, and whether the text or the article's date gave it. */
  private static void date(ObjectNode n, StoredEvent s) {
    Event e = s.event();
    n.put("date", e.date());
    n.put("date_precision", e.datePrecision().name().toLowerCase(Locale.ROOT));
    n.putNull("date_raw"); // the words a date was read from are not kept
    n.put("date_source", e.date() == null ? null : s.dateFromText() ? "text" : "article");
  }

  /** PLOVER's actor object; {@code source} says which side of the telling names it (for actor_text). */
  private static void actor(ObjectNode n, String field, StoredEvent s, ActorRef ref, StoredEvent.ActorFacts facts,
                            boolean source) {
    if (ref == null) {
      n.putNull(field);
      return;
    }
    String text = s.mentions().stream().map(m -> m.actorText(source)).filter(t -> t != null).findFirst().orElse(null);
    n.putObject(field).put("name", ref.name()).put("code", PLOVER.code(facts)).put("country", facts.country())
        .put("sector", PLOVER.sector(facts)).put("actor_text", text).put("identifier_id", ref.id())
        .put("identifier_text", ref.name()).put("dyad_code", ref.code()).put("type", facts.type());
  }

  /** The first report of the event: its story, publisher, headline, date and URL. */
  private static void report(ObjectNode n, StoredEvent.ArticleRef first) {
    n.put("story_id", first == null ? null : String.valueOf(first.storyId()));
    n.put("publisher", first == null ? null : first.publisher());
    n.put("headline", first == null ? null : first.title());
    n.put("pub_date", first == null || first.date() == null ? null : first.date().toString());
    n.put("url", first == null ? null : first.url());
  }

  /** dyad's fields beyond PLOVER's. */
  private static void dyad(ObjectNode n, StoredEvent s) {
    Event e = s.event();
    n.put("cameo", e.cameo());
    n.put("negated", e.negated());
    n.put("certainty", e.certainty().name().toLowerCase(Locale.ROOT));
    n.put("claimed_by", e.claimedBy());
    n.put("num_mentions", e.numMentions());
    n.put("num_articles", s.numArticles());
    n.put("num_sources", s.numSources());
    ArrayNode urls = n.putArray("source_urls");
    s.articles().stream().map(StoredEvent.ArticleRef::url).filter(u -> u != null).forEach(urls::add);
    ArrayNode stories = n.putArray("stories");
    s.articles().stream().map(StoredEvent.ArticleRef::storyId).distinct().forEach(stories::add);
  }
}
