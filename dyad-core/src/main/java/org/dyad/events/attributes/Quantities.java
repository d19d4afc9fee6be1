package org.dyad.events.attributes;

import java.util.Map;
import java.util.Set;
import org.dyad.events.trigger.Trigger;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Stage 6 of the coder: how many people or things the event concerns: a number on the trigger or on
 * the head of its target phrase ("94 Hamas members", "at least six soldiers", "the execution of 94").
 * Years are dates, not quantities.
 */
public final class Quantities implements AttributeStage {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("twenty", 20),
      Map.entry("hundred", 100), Map.entry("thousand", 1000));
  private static final Set<String> ROLES = Set.of("obj", "nsubj:pass", "nmod", "obl", "nsubj");

  @Override
  public Attributes apply(Told told, Attributes found) {
    return found.withQuantity(quantity(told.s(), told.t()));
  }

  Integer quantity(Sentence s, Trigger t) {
    Integer own = number(s, t.token());
    if (own != null) {
      return own;
    }
    for (Dependency d : s.children(t.token())) {
      if (ROLES.contains(d.relation()) || ROLES.contains(d.baseRelation())) {
        Integer n = number(s, d.dependent());
        if (n != null) {
          return n;
        }
      }
    }
    return null;
  }

  private static Integer number(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("nummod")) {
        Integer n = parse(s.token(d.dependent()).word());
        if (n != null) {
          return n;
        }
      }
    }
    return null;
  }

  static Integer parse(String word) {
    String w = word.toLowerCase().replace(",", "");
    if (w.matches("\\d{1,9}")) {
      int n = Integer.parseInt(w);
      return n >= 1900 && n <= 2100 && word.length() == 4 && !word.contains(",") ? null : n;
    }
    return WORDS.get(w);
  }
}
