package org.dyad.events.trigger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the event lexicon: a trigger lemma, the conditions its dependents must meet
 * (key -> allowed words; keys: prep, obj, objmod, prt, comp, subj, cop), and the CAMEO code it yields. The word
 * {@value #ANY} allows any word: "offer comp=*" is an offer to do something, whatever it is.
 */
public record LexiconEntry(String lemma, Map<String, Set<String>> requires, String cameo) {
  static final List<String> KEYS = List.of("prep", "obj", "objmod", "prt", "comp", "subj", "cop");
  public static final String ANY = "*";

  public LexiconEntry {
    if (lemma == null || lemma.isBlank() || cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("lexicon entry needs a lemma and a CAMEO code, got " + lemma + "/" + cameo);
    }
    for (String key : requires.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown condition '" + key + "' for " + lemma + "; expected one of " + KEYS);
      }
    }
    requires = Map.copyOf(requires);
  }

  /** True when every condition holds for the trigger's dependents; {@code found} maps key -> words present. */
  boolean matches(Map<String, Set<String>> found) {
    for (var condition : requires.entrySet()) {
      Set<String> present = found.getOrDefault(condition.getKey(), Set.of());
      boolean any = condition.getValue().contains(ANY) && !present.isEmpty();
      if (!any && present.stream().noneMatch(condition.getValue()::contains)) {
        return false;
      }
    }
    return true;
  }
}
