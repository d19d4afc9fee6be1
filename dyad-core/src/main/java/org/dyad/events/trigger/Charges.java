package org.dyad.events.trigger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.codebook.Codebook;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Stage 1c of the coder: an accusation is as specific as what it charges ("accused the army of
 * killing civilians" is 1124 Accuse of war crimes). The table is data (charges.tsv). The charged act
 * keeps its own trigger: the text tells both of the accusation and, on the accuser's word, the act.
 */
public final class Charges {
  /** How a charge hangs from an accusing verb: "of killing", "for the attack". */
  private static final Set<String> CHARGE_CASES = Cues.named("charge-prepositions");
  /** How deep in that phrase the charged act sits: its head ("of firing") or a word on it ("of killing civilians", parsed as an adjective). */
  private static final int DEPTH = 1;
  private static volatile Charges bundled;

  private final CodeTable table;

  Charges(CodeTable table) {
    this.table = table;
  }

  public static Charges bundled() {
    Charges c = bundled;
    if (c == null) {
      c = new Charges(CodeTable.bundled("/org/dyad/events/charges.tsv", Codebook.load()));
      bundled = c;
    }
    return c;
  }

  /** The sentence's triggers, each bare accusation recoded by the first act its "of"/"for" phrase charges. */
  public List<Trigger> refine(Sentence s, List<Trigger> triggers) {
    List<Trigger> out = new ArrayList<>(triggers.size());
    for (Trigger t : triggers) {
      Map<String, String> row = table.exactRow(t.entry().cameo()); // a bare accusation: "accused of corruption" is 1121 already
      Optional<String> code = row == null ? Optional.empty() : charged(s, t, triggers).flatMap(c -> CodeTable.lookup(row, c.entry().cameo()));
      out.add(code.map(t::recoded).orElse(t));
    }
    return out;
  }

  /** The first trigger inside a phrase of the accusation marked "of" or "for". */
  private static Optional<Trigger> charged(Sentence s, Trigger accusation, List<Trigger> triggers) {
    for (Dependency d : s.children(accusation.token())) {
      // "accused of being an intelligence officer", "of being behind the killing": a status, no act
      if (!CHARGE_CASES.contains(Trees.caseOrMark(s, d.dependent())) || Trees.hasChild(s, d.dependent(), "cop")) {
        continue;
      }
      BitSet phrase = Trees.subtree(s, d.dependent(), DEPTH);
      Optional<Trigger> act = triggers.stream().filter(t -> t != accusation && phrase.get(t.token())).findFirst();
      if (act.isPresent()) {
        return act;
      }
    }
    return Optional.empty();
  }
}
