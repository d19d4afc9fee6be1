package org.dyad.report;

import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Problem;
import org.dyad.model.Quote;

/** The readable report of one analysis, as an analyst reads it: events, then actors, then quotes. */
public final class TextReport {
  private static final int QUOTE_WIDTH = 110;

  private TextReport() {}

  public static String render(Analysis a) {
    StringBuilder sb = new StringBuilder();
    var info = a.article();
    sb.append("Article  ").append(info.title() == null ? info.id() : info.title()).append('\n');
    sb.append("         id ").append(info.id());
    if (info.date() != null) {
      sb.append(", dated ").append(info.date());
    }
    if (info.url() != null) {
      sb.append(", ").append(info.url());
    }
    sb.append('\n');
    for (Problem p : info.problems()) {
      sb.append("         ").append(p.kind().fatal() ? "ERROR " : "note  ").append(p.message()).append('\n');
    }
    Map<String, Actor> byId = a.actors().stream().collect(Collectors.toMap(Actor::id, x -> x, (x, y) -> x));
    sb.append("\nEvents (").append(a.events().size()).append(")\n");
    for (Event e : a.events()) {
      sb.append("  ").append(event(e)).append('\n');
    }
    sb.append("\nActors (").append(a.actors().size()).append(")\n");
    for (Actor actor : a.actors()) {
      sb.append("  ").append(actor(actor, byId)).append('\n');
    }
    sb.append("\nQuotes (").append(a.quotes().size()).append(")\n");
    for (Quote q : a.quotes()) {
      String speaker = q.speaker() != null ? q.speaker().name() : q.speakerText() != null ? "(" + q.speakerText() + ")" : "(unattributed)";
      sb.append("  ").append(speaker).append(": “").append(shorten(q.text())).append("”\n");
    }
    return sb.toString();
  }

  static String event(Event e) {
    String date = e.date() == null ? "----" : e.date();
    String source = e.source() == null ? "?" : e.source().name();
    String target = e.target() == null ? "-" : e.target().name() + (e.target().code() == null ? "" : " (" + e.target().code() + ")");
    String flags = (e.negated() ? "NOT, " : "") + e.certainty().name().toLowerCase()
        + (e.claimedBy() == null ? "" : ", claimed by " + e.claimedBy())
        + (e.quantity() == null ? "" : ", n=" + e.quantity())
        + place(e)
        + ", " + e.mentions().size() + (e.mentions().size() == 1 ? " mention" : " mentions");
    return String.format("%-10s %s -> %s  %s %s  [%s]", date, source, target, e.cameo(), e.label(), flags);
  }

  /** Where, when known: the resolved place and its country ("at Kaduna NGA"). */
  private static String place(Event e) {
    return e.place() == null || !e.place().resolved() ? "" : ", at " + e.place().name() + " " + e.place().country();
  }

  static String actor(Actor a, Map<String, Actor> byId) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-28s %-12s %-11s", a.name(), a.code() == null ? "-" : a.code(), a.type().name().toLowerCase()));
    if (a.title() != null) {
      sb.append(" ").append(a.title());
    }
    if (a.affiliation() != null) {
      Actor owner = byId.get(a.affiliation());
      sb.append(" of ").append(owner != null ? owner.name() : a.affiliation());
    }
    sb.append("  [").append(a.mentions().size()).append(a.mentions().size() == 1 ? " mention" : " mentions");
    if (!a.aliases().isEmpty()) {
      sb.append("; also: ").append(String.join(", ", a.aliases().stream().limit(6).toList()));
    }
    return sb.append(']').toString();
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= QUOTE_WIDTH ? flat : flat.substring(0, QUOTE_WIDTH - 1) + "…";
  }
}
