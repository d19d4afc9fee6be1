package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.ArticleInfo;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.text.CleanText;

/** The last step: every span of the draft, from cleaned-text offsets to original-text offsets. */
final class OriginalSpans {
  private OriginalSpans() {}

  static Analysis map(Draft d, ArticleInfo info) {
    CleanText c = d.clean();
    List<Actor> actors = new ArrayList<>();
    for (Actor a : d.actors().actors()) {
      List<Span> spans = a.mentions().stream().map(s -> c.toOriginalSpan(s.start(), s.end())).toList();
      actors.add(new Actor(a.id(), a.code(), a.name(), a.type(), a.country(), a.role(), a.affiliation(), a.title(), a.aliases(), spans));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : d.quotes()) {
      Span s = c.toOriginalSpan(q.start(), q.end());
      quotes.add(new Quote(q.speaker(), q.speakerText(), s.text(), s.start(), s.end()));
    }
    List<Event> events = new ArrayList<>();
    for (Event e : d.events()) {
      List<Event.EventMention> mentions = e.mentions().stream().map(m -> {
        Span s = c.toOriginalSpan(m.start(), m.end());
        return m.at(m.sentence(), s.start(), s.end(), s.text());
      }).toList();
      events.add(e.withPlace(placeIn(c, e.place())).withMentions(mentions));
    }
    return new Analysis(info, actors, events, quotes);
  }

  private static Location placeIn(CleanText c, Location p) {
    if (p == null) {
      return null;
    }
    Span s = c.toOriginalSpan(p.start(), p.end());
    return p.at(s.start(), s.end(), s.text());
  }
}
