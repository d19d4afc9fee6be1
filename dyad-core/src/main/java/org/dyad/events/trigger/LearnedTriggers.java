package org.dyad.events.trigger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.data.BundledData;
import org.dyad.events.parse.Clauses;
import org.dyad.events.parse.Trees;
import org.dyad.learned.EventTyping;
import org.dyad.learned.Typing;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * Stage 1c of the coder: the learned event typing where the lexicon is silent. Each clause
 * ({@link Clauses}) that names an actor, holds no lexicon trigger and hangs from none is embedded (one batch per
 * article) and typed by the trained head; a clause typed as an event with at least {@code threshold}
 * probability gives a trigger at its head, which then takes its arguments and attributes like any
 * other. The threshold is chosen on the dev set (docs/accuracy.md).
 */
public final class LearnedTriggers {
  /** Clause heads the model is not asked about (learned/untyped-heads.txt). */
  static final Set<String> UNTYPED = Set.copyOf(BundledData.words("/org/dyad/learned/untyped-heads.txt"));
  private final EventTyping typing;
  private final double threshold;
  private final Double veto;

  /** {@code veto}: the "no event" probability at which the model drops a weak lexicon hit, or null for never. */
  public LearnedTriggers(EventTyping typing, double threshold, Double veto) {
    this.typing = typing;
    this.threshold = threshold;
    this.veto = veto;
  }

  /** The lexicon's triggers, less the weak hits the model vetoes (when asked to), plus the model's own. */
  public List<List<Trigger>> apply(NlpDocument doc, List<List<Trigger>> ruled, ActorSet actors) {
    return add(doc, veto == null ? ruled : veto(doc, ruled, veto), actors);
  }

  /**
   * The lexicon's weak hits the model contradicts, dropped: a trigger of a bare row (no condition on
   * its dependents) whose clause the model calls "no event" with at least {@code veto} probability.
   */
  List<List<Trigger>> veto(NlpDocument doc, List<List<Trigger>> ruled, double veto) {
    List<Trigger> weak = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      Clauses clauses = Clauses.of(s);
      for (Trigger t : ruled.get(s.index())) {
        if (t.entry().requires().isEmpty() && t.governed() < 0) {
          weak.add(t);
          texts.add(clauses.text(doc.text(), clauses.tokens(clauses.clauseOf(t.token()))));
        }
      }
    }
    List<List<Trigger>> out = new ArrayList<>();
    ruled.forEach(l -> out.add(new ArrayList<>(l)));
    List<Typing> typed = typing.type(texts);
    for (int i = 0; i < typed.size(); i++) {
      if (!typed.get(i).event() && typed.get(i).probability() >= veto) {
        out.get(weak.get(i).sentence()).remove(weak.get(i));
      }
    }
    return out;
  }

  /** The triggers of each sentence, the lexicon's first, with the model's added. */
  List<List<Trigger>> add(NlpDocument doc, List<List<Trigger>> ruled, ActorSet actors) {
    List<Sentence> sentences = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Trigger> known = ruled.get(s.index());
      Clauses clauses = Clauses.of(s);
      for (int head : clauses.heads()) {
        if (!clauses.typed(head) || UNTYPED.contains(Trees.lemma(s, head))) {
          continue;
        }
        BitSet tokens = clauses.tokens(head);
        if (namesActor(actors, s, tokens) && known.stream().noneMatch(t -> coded(clauses, tokens, t, head))) {
          sentences.add(s);
          heads.add(head);
          texts.add(clauses.text(doc.text(), tokens));
        }
      }
    }
    List<List<Trigger>> out = new ArrayList<>();
    ruled.forEach(l -> out.add(new ArrayList<>(l)));
    if (texts.isEmpty()) {
      return out;
    }
    List<Typing> typed = typing.type(texts);
    for (int i = 0; i < typed.size(); i++) {
      Typing t = typed.get(i);
      if (t.event() && t.probability() >= threshold) {
        Sentence s = sentences.get(i);
        int head = heads.get(i);
        LexiconEntry entry = new LexiconEntry(Trees.lemma(s, head), Map.of(), t.cameo());
        out.get(s.index()).add(new Trigger(s.index(), head, entry, !s.token(head).isVerb(), -1, t.probability()));
      }
    }
    return out;
  }

  /** Whether a trigger the lexicon found is in the clause, or governs it (see {@link #governs}). */
  static boolean coded(Clauses clauses, BitSet clause, Trigger t, int clauseHead) {
    return clause.get(t.token()) || (t.governed() >= 0 && clause.get(t.governed())) || governs(clauses, t, clauseHead);
  }

  /**
   * "demanded that the junta release the prisoners", "warned that it would retaliate": a clause under
   * a word the lexicon knows is that event's content, asked for, threatened or reported, not an act
   * of its own.
   */
  private static boolean governs(Clauses clauses, Trigger t, int clauseHead) {
    org.dyad.nlp.Dependency h = clauses.headOf(clauseHead);
    return h != null && h.governor() == t.token();
  }

  static boolean namesActor(ActorSet actors, Sentence s, BitSet clause) {
    for (ActorMention m : actors.inSentence(s.index())) {
      for (int t = m.firstToken(); t <= m.lastToken(); t++) {
        if (clause.get(t)) {
          return true;
        }
      }
    }
    return false;
  }
}
