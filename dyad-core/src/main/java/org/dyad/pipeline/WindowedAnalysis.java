package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.input.SourceDocument;
import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.TextWindows;

/**
 * The analysis of a very long article, one window at a time, so that time and memory grow linearly
 * with its length (several stages compare each mention with the others before it). Windows end at
 * blank lines where there are any ({@link TextWindows}); each is analysed as an article of its own,
 * its spans shifted into the whole text, and the results joined: an actor of the same id in several
 * windows is one actor with all its mentions, events and quotes keep their order and are numbered
 * anew. What a window does not see is lost: coreference and event merging do not cross windows.
 */
final class WindowedAnalysis {
  private final Function<SourceDocument, Part> analyzeOne;
  private final int windowChars;

  /** The analysis of one window and how many sentences it had. */
  record Part(Analysis analysis, int sentences) {}

  WindowedAnalysis(Function<SourceDocument, Part> analyzeOne, int windowChars) {
    this.analyzeOne = analyzeOne;
    this.windowChars = windowChars;
  }

  boolean needed(SourceDocument source) {
    return source.text().length() > windowChars;
  }

  /** Analyses {@code source} in windows; the article part is left to the caller, given these problems. */
  Result analyze(SourceDocument source) {
    List<TextWindows.Window> windows = TextWindows.of(source.text(), windowChars);
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.of(Problem.Kind.WINDOWED, "an article of " + source.text().length()
        + " characters was analysed in " + windows.size() + " windows of at most " + windowChars
        + " characters, ended at blank lines where possible; actors are joined across windows, coreference and events are not"));
    int sentences = 0;
    for (TextWindows.Window w : windows) {
      SourceDocument part = new SourceDocument(source.id(), source.title(), source.date(), source.url(), source.format(),
          source.text().substring(w.start(), w.end()), List.of());
      Part done = analyzeOne.apply(part);
      Analysis a = done.analysis();
      int shift = w.start();
      a.actors().forEach(actor -> actors.merge(actor.id(), shifted(actor, shift), WindowedAnalysis::joined));
      for (Event e : a.events()) {
        events.add(shifted(e, "e" + (events.size() + 1), shift, sentences));
      }
      a.quotes().forEach(q -> quotes.add(new Quote(q.speaker(), q.speakerText(), q.text(), q.start() + shift, q.end() + shift)));
      a.article().problems().forEach(p -> problems.add(p.start() == null ? p
          : new Problem(p.kind(), p.message(), p.start() + shift, p.end() + shift)));
      sentences += done.sentences();
      if (!w.clean()) {
        problems.add(Problem.at(Problem.Kind.WINDOWED, "a window ends here with no blank line, which may cut a sentence",
            w.end(), w.end()));
      }
    }
    return new Result(new ArrayList<>(actors.values()), events, quotes, problems);
  }

  /** The joined lists of a windowed analysis and the problems its windows found. */
  record Result(List<Actor> actors, List<Event> events, List<Quote> quotes, List<Problem> problems) {}

  private static Actor shifted(Actor a, int shift) {
    List<Span> spans = a.mentions().stream().map(s -> new Span(s.start() + shift, s.end() + shift, s.text())).toList();
    return new Actor(a.id(), a.code(), a.name(), a.type(), a.country(), a.role(), a.affiliation(), a.title(), a.aliases(), spans);
  }

  private static Actor joined(Actor first, Actor later) {
    LinkedHashSet<String> aliases = new LinkedHashSet<>(first.aliases());
    aliases.addAll(later.aliases());
    List<Span> mentions = new ArrayList<>(first.mentions());
    mentions.addAll(later.mentions());
    return new Actor(first.id(), first.code(), first.name(), first.type(), first.country(), first.role(),
        first.affiliation() != null ? first.affiliation() : later.affiliation(), first.title() != null ? first.title() : later.title(),
        List.copyOf(aliases), mentions);
  }

  private static Event shifted(Event e, String id, int shift, int sentences) {
    List<Event.EventMention> mentions = e.mentions().stream().map(m -> m.at(m.sentence() + sentences,
        m.start() + shift, m.end() + shift, m.text())).toList();
    Location place = e.place() == null ? null : e.place().at(e.place().start() + shift, e.place().end() + shift, e.place().text());
    return e.withId(id).withPlace(place).withMentions(mentions);
  }
}
