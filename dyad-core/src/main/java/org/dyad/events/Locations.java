package org.dyad.events;

import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/** Stage 7 of the coder: where, when the text says so: a place named after "in", "at", "near" on the trigger. */
final class Locations {
  private static final Set<String> CASES = Set.of("in", "at", "near", "inside", "within", "outside", "across");

  String location(org.dyad.nlp.NlpDocument doc, Sentence s, Trigger t) {
    for (Dependency d : s.children(t.token())) {
      String base = d.baseRelation();
      if ((base.equals("obl") || base.equals("nmod")) && CASES.contains(ArgumentFinder.caseOf(s, d.dependent()))) {
        int h = d.dependent();
        if (s.token(h).ner().equals("LOCATION") || hasLocationWord(s, h)) {
          return Attribution.phrase(doc, s, h).text();
        }
      }
    }
    return null;
  }

  private static boolean hasLocationWord(Sentence s, int head) {
    for (Dependency c : s.children(head)) {
      if (s.token(c.dependent()).ner().equals("LOCATION")) {
        return true;
      }
    }
    return false;
  }
}
