package org.dyad.events.trigger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.ActorSet;
import org.dyad.events.Candidate;
import org.dyad.events.parse.Clauses;
import org.dyad.learned.EventTyping;
import org.dyad.learned.RootTyping;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Stage 1d of the coder: the learned typing chooses the sense of a lexicon word whose rows its
 * dependents do not meet. "Germany delivered a second Patriot system to Kyiv": every row of
 * "deliver" names what is delivered (aid, weapons, funds), and a Patriot system is none of the words
 * they list. The lemma still says what kind of act it can be (here only root 07); the head, trained
 * on whole clauses, says which of those roots this clause is, and how sure it is. A word is typed
 * only among its own rows' roots, so the model never makes an event of a word the lexicon does not
 * know as one, and only in a clause that names an actor and holds no trigger the lexicon found.
 */
public final class ModelSenses {
  private final EventTyping typing;
  private final EventLexicon lexicon;
  private final double threshold;

  /** {@code threshold}: the least probability of the chosen root, chosen on dev (docs/accuracy.md). */
  public ModelSenses(EventTyping typing, EventLexicon lexicon, double threshold) {
    this.typing = typing;
    this.lexicon = lexicon;
    this.threshold = threshold;
  }

  private record Candidate(Sentence sentence, int token, int clause, List<LexiconEntry> rows, String text) {}

  /** The triggers of each sentence with the senses the model chose added. */
  public List<List<Trigger>> apply(NlpDocument doc, List<List<Trigger>> ruled, ActorSet actors) {
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!actors.inSentence(s.index()).isEmpty()) {
        candidates.addAll(candidates(doc, s, ruled.get(s.index()), actors));
      }
    }
    List<List<Trigger>> out = new ArrayList<>();
    ruled.forEach(l -> out.add(new ArrayList<>(l)));
    if (candidates.isEmpty()) {
      return out;
    }
    List<RootTyping> typed = typing.roots(candidates.stream().map(Candidate::text).toList());
    Map<String, Trigger> bestOfClause = new HashMap<>(); // one sense per clause: the surest
    for (int i = 0; i < typed.size(); i++) {
      Candidate c = candidates.get(i);
      Trigger t = sense(c, typed.get(i));
      String key = c.sentence().index() + ":" + c.clause();
      if (t != null && (!bestOfClause.containsKey(key) || bestOfClause.get(key).learned() < t.learned())) {
        bestOfClause.put(key, t);
      }
    }
    bestOfClause.values().stream().sorted(Comparator.comparingInt(Trigger::token))
        .forEach(t -> out.get(t.sentence()).add(t));
    return out;
  }

  private List<Candidate> candidates(NlpDocument doc, Sentence s, List<Trigger> known, ActorSet actors) {
    List<Candidate> out = new ArrayList<>();
    Clauses clauses = Clauses.of(s);
    for (Token t : s.tokens()) {
      boolean noun = t.isNoun() && !t.isProperNoun();
      String lemma = t.lemma().toLowerCase();
      if ((!t.isVerb() && !noun) || LearnedTriggers.UNTYPED.contains(lemma)) {
        continue;
      }
      List<LexiconEntry> rows = t.isVerb() ? lexicon.verbRows(lemma) : lexicon.nounRows(lemma);
      if (rows.isEmpty()) {
        continue; // most words: no clause to cut
      }
      int clause = clauses.clauseOf(t.index());
      BitSet tokens = clauses.tokens(clause);
      // Only where the lexicon coded nothing in the clause: beside a trigger of its own, the model's
      // sense was wrong more often than right (dev: 3 of 12; held-out training sentences: 70%).
      if (!LearnedTriggers.namesActor(actors, s, tokens)
          || known.stream().anyMatch(k -> LearnedTriggers.coded(clauses, tokens, k, clause))) {
        continue;
      }
      out.add(new Candidate(s, t.index(), clause, rows, clauses.text(doc.text(), tokens)));
    }
    return out;
  }

  /** The row of the lemma's likeliest root, when the head is sure enough of it; else null. */
  private Trigger sense(Candidate c, RootTyping typed) {
    String root = null;
    double best = 0;
    for (LexiconEntry row : c.rows()) {
      String r = row.cameo().substring(0, 2);
      if (typed.probability(r) > best) {
        best = typed.probability(r);
        root = r;
      }
    }
    if (root == null || best < threshold || best <= typed.none()) {
      return null;
    }
    String modelCode = typed.code(root);
    String chosen = root;
    LexiconEntry row = c.rows().stream().filter(e -> e.cameo().equals(modelCode)).findFirst()
        .orElseGet(() -> c.rows().stream().filter(e -> e.cameo().startsWith(chosen))
            .min(Comparator.comparingInt(e -> e.requires().size())).orElseThrow());
    LexiconEntry entry = new LexiconEntry(row.lemma(), Map.of(), row.cameo());
    return new Trigger(c.sentence().index(), c.token(), entry, !c.sentence().token(c.token()).isVerb(), -1, best);
  }
}
