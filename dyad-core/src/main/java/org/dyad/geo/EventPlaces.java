package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorSet;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.nlp.NlpDocument;

/**
 * The places stage: gives each event the place it happened, resolved in the gazetteer. The place
 * named in the event's own clause ({@link Location#CLAUSE}: the coder's location phrase), else the
 * article's dateline ({@link Location#DATELINE}: "KADUNA, Nigeria (Reuters) -", "KYIV, May 14 -"), else its target's
 * or source's own place ({@link Location#ACTOR}: the place an actor is named for, or its country).
 */
public final class EventPlaces {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’\\-]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L} .'\\-]{1,30}?)??(?:,?\\s\\p{Lu}\\p{L}*\\.?\\s\\d{1,2})?"
      + "\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[—–\\-]{1,2}\\s|\\n)"); // the cleaner sets the dash apart as a paragraph break
  private static final int DATELINE_PARAGRAPHS = 3;
  private final Toponyms toponyms;

  public EventPlaces(Toponyms toponyms) {
    this.toponyms = toponyms;
  }

  public List<Event> locate(NlpDocument doc, ActorSet actors, List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    String text = doc.text();
    List<String> actorCountries = actors.actors().stream().map(Actor::country).filter(c -> c != null).toList();
    PlaceContext context = toponyms.context(text, actorCountries);
    Optional<Location> dateline = dateline(text, context);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Location place = inClause(doc, e, context)
          .or(() -> dateline.filter(d -> concerns(actors, e, d.country())))
          .or(() -> ofActor(actors, e.target(), text))
          .or(() -> ofActor(actors, e.source(), text))
          .orElse(null);
      out.add(e.withPlace(place));
    }
    return out;
  }

  private Optional<Location> inClause(NlpDocument doc, Event e, PlaceContext context) {
    if (e.location() == null || e.mentions().isEmpty()) {
      return Optional.empty();
    }
    var sentence = doc.sentences().get(e.mentions().get(0).sentence());
    int at = doc.text().indexOf(e.location(), sentence.start());
    if (at < 0 || at > sentence.end()) {
      return Optional.empty();
    }
    return toponyms.firstIn(doc.text(), at, at + e.location().length(), context).map(m -> location(m, Location.CLAUSE));
  }

  /**
   * The dateline says where the reporter is; an event happened there when it concerns that country:
   * one of its actors is of it, or none has a country ("GENEVA - ... a raid on a Malian army post"
   * is Mali's, not Geneva's).
   */
  private static boolean concerns(ActorSet actors, Event e, String country) {
    List<String> theirs = java.util.stream.Stream.of(e.source(), e.target()).filter(java.util.Objects::nonNull)
        .map(r -> actors.actor(r.id()).map(Actor::country).orElse(null)).filter(java.util.Objects::nonNull).toList();
    return theirs.isEmpty() || theirs.contains(country);
  }

  /** The dateline's place: a name in capitals before a dash opening one of the first paragraphs (after a headline). */
  Optional<Location> dateline(String text, PlaceContext context) {
    Matcher m = DATELINE.matcher(text);
    int from = 0;
    for (int paragraph = 0; paragraph < DATELINE_PARAGRAPHS && from < text.length(); paragraph++) {
      m.region(from, text.length());
      if (m.lookingAt() && m.group(1).strip().length() >= 3) {
        return resolveDateline(text, m, context);
      }
      int next = text.indexOf("\n\n", from);
      if (next < 0) {
        break;
      }
      from = next + 2;
    }
    return Optional.empty();
  }

  private Optional<Location> resolveDateline(String text, Matcher m, PlaceContext context) {
    int start = m.start(1);
    int end = start + m.group(1).strip().length();
    return toponyms.resolve(text, start, end, context)
        .map(entry -> location(new Toponyms.Match(text.substring(start, end), start, end, entry), Location.DATELINE));
  }

  /** An actor's place: its country, at the actor's first mention ("Russia", "Nigerian troops"). */
  private Optional<Location> ofActor(ActorSet actors, ActorRef ref, String text) {
    if (ref == null) {
      return Optional.empty();
    }
    Optional<Actor> actor = actors.actor(ref.id());
    if (actor.isEmpty() || actor.get().mentions().isEmpty()) {
      return Optional.empty();
    }
    Actor a = actor.get();
    var first = a.mentions().get(0);
    Gazetteer g = toponyms.gazetteer();
    return g.country(a.country()).map(g::entry).map(en -> location(new Toponyms.Match(text.substring(first.start(), first.end()), first.start(), first.end(), en), Location.ACTOR));
  }

  static Location location(Toponyms.Match m, String how) {
    GeoEntry e = m.entry();
    return new Location(m.text(), m.start(), m.end(), e.name(), e.geonamesId(), e.featureClass(), e.featureCode(),
        e.country(), e.admin1(), e.admin1Name(), e.lat(), e.lon(), how);
  }
}
