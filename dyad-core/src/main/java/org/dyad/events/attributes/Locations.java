package org.dyad.events.attributes;

import java.util.BitSet;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * Stage 7 of the coder: where, when the text says so: a place named after "in", "at", "near" ... on
 * the trigger, else elsewhere in the event's own clause, never inside its participants ("condemned
 * Russian strikes in Kharkiv" is not located in Kharkiv) nor in a clause that tells another event.
 */
public final class Locations implements AttributeStage {
  private static final Set<String> CASES = Cues.named("event-place-prepositions");
  private static final int CLAUSE_DEPTH = 4;
  private final Predicate<String> placeNames;

  /** {@code placeNames}: the gazetteer, for places the NER does not tag ("in Khan Younis" as a person). */
  public Locations(Predicate<String> placeNames) {
    this.placeNames = placeNames;
  }

  @Override
  public Attributes apply(Told told, Attributes found) {
    return found.withLocation(location(told.doc(), told.s(), told.t()));
  }

  String location(NlpDocument doc, Sentence s, Trigger t) {
    String direct = placeAmong(doc, s, t.token(), onlyChildren(s, t.token()));
    if (direct != null) {
      return direct;
    }
    // A place inside a participant describes the participant ("condemned Russian strikes in Kharkiv").
    BitSet clause = EventTime.ownClause(s, t.token(), CLAUSE_DEPTH);
    for (int argument : Trees.children(s, t.token(), Set.of("obj", "iobj", "nsubj", "nsubj:pass"))) {
      clause.andNot(Trees.subtree(s, argument, CLAUSE_DEPTH * 2));
    }
    return placeAmong(doc, s, t.token(), clause);
  }

  private static BitSet onlyChildren(Sentence s, int token) {
    BitSet out = new BitSet();
    s.children(token).forEach(d -> out.set(d.dependent()));
    return out;
  }

  /** The first place phrase among {@code tokens}, by the order of the sentence. */
  private String placeAmong(NlpDocument doc, Sentence s, int trigger, BitSet tokens) {
    for (int h = tokens.nextSetBit(0); h >= 0; h = tokens.nextSetBit(h + 1)) {
      Dependency d = Trees.head(s, h);
      if (h == trigger || d == null) {
        continue;
      }
      String base = d.baseRelation();
      if ((base.equals("obl") || base.equals("nmod")) && CASES.contains(Trees.caseOf(s, h))
          && (isPlace(doc, s, h) || s.children(h).stream().anyMatch(c -> isPlace(doc, s, c.dependent())))) {
        return Attribution.phrase(doc, s, h).text();
      }
    }
    return null;
  }

  /** A token tagged as a location, or the last word of a name the gazetteer knows ("El Fasher"). */
  private boolean isPlace(NlpDocument doc, Sentence s, int token) {
    if (s.token(token).ner().equals("LOCATION")) {
      return true;
    }
    if (!s.token(token).isProperNoun()) {
      return false;
    }
    int first = token;
    while (first > 0 && (s.token(first - 1).isProperNoun() || s.token(first - 1).pos().equals("HYPH"))) {
      first--;
    }
    return placeNames.test(doc.text().substring(s.token(first).start(), s.token(token).end()));
  }
}
