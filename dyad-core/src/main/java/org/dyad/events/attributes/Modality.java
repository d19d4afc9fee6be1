package org.dyad.events.attributes;

import java.util.List;
import java.util.Set;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.Event.Certainty;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Stage 3 of the coder: is the event negated, and how sure is the text? Negation: "not", "never",
 * "no prisoners", a denial above it ("denied supplying"), or a negated verb that does the nominal act
 * ("has not declared a state of emergency"). Alleged: "reportedly", "allegedly",
 * "the alleged executions", "if true", or a claim, allegation or report above it. Hypothetical: a
 * modal ("could", "would", "may"), an "if" clause, or the content of a threat ("threatened to
 * strike": the threat is the event, the strike is hypothetical).
 */
public final class Modality implements AttributeStage {
  private static final Set<String> NEGATORS = Cues.named("negators");
  private static final Set<String> NEGATIVE_DETERMINERS = Cues.named("negative-determiners");
  private static final Set<String> DENIALS = Cues.named("denying-verbs");
  /** Verbs that do the act their object noun names: "declared a state of emergency", "imposed sanctions". */
  private static final Set<String> SUPPORT = Cues.named("support-verbs");
  private static final Set<String> HEDGES = Cues.named("hedges");
  private static final Set<String> CLAIMS = Cues.named("claim-words");
  private static final Set<String> MODALS = Cues.named("hedging-modals");
  private static final Set<String> THREATS = Cues.named("intent-verbs");
  private static final int REACH = 4;

  @Override
  public Attributes apply(Told told, Attributes found) {
    boolean negated = negated(told.s(), told.t());
    return found.withModality(negated, told.answersAccusation() ? Certainty.ASSERTED : certainty(told.s(), told.t()));
  }

  boolean negated(Sentence s, Trigger t) {
    int v = t.token();
    if (hasNegator(s, v)) {
      return true;
    }
    for (Dependency d : s.children(v)) {
      String rel = d.relation();
      if (rel.startsWith("nsubj") || rel.equals("obj")) {
        if (NEGATIVE_DETERMINERS.contains(s.token(d.dependent()).word().toLowerCase())) {
          return true;
        }
        for (Dependency c : s.children(d.dependent())) {
          if (c.baseRelation().equals("det") && NEGATIVE_DETERMINERS.contains(s.token(c.dependent()).word().toLowerCase())) {
            return true;
          }
        }
      }
    }
    Dependency h = Trees.head(s, v);
    if (h != null && s.token(v).isNoun() && h.baseRelation().equals("obj") && SUPPORT.contains(Trees.lemma(s, h.governor()))
        && hasNegator(s, h.governor())) {
      return true; // "has not declared a state of emergency": the verb that does the nominal act is negated
    }
    return h != null && (h.baseRelation().equals("xcomp") || h.baseRelation().equals("ccomp"))
        && DENIALS.contains(Trees.lemma(s, h.governor()));
  }

  private static boolean hasNegator(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      if ((d.baseRelation().equals("advmod") || d.baseRelation().equals("neg") || d.baseRelation().equals("det"))
          && NEGATORS.contains(s.token(d.dependent()).word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  Certainty certainty(Sentence s, Trigger t) {
    int v = t.token();
    if (hypothetical(s, v)) {
      return Certainty.HYPOTHETICAL;
    }
    if (alleged(s, v)) {
      return Certainty.ALLEGED;
    }
    return Certainty.ASSERTED;
  }

  private static boolean hypothetical(Sentence s, int v) {
    if (modalOrIf(s, v)) {
      return true;
    }
    Dependency h = Trees.head(s, v);
    for (Dependency up = h; up != null && up.baseRelation().equals("xcomp"); up = Trees.head(s, up.governor())) {
      if (modalOrIf(s, up.governor())) {
        return true; // "would continue to support"
      }
    }
    if (h != null && h.baseRelation().equals("xcomp") && THREATS.contains(Trees.lemma(s, h.governor()))) {
      return true;
    }
    // A modal on the clause that governs a nominal event: "the execution ... would highlight",
    // "Israel could resume strikes".
    return h != null && s.token(v).isNoun() && (h.baseRelation().startsWith("nsubj") || h.baseRelation().equals("obj"))
        && modalOrIf(s, h.governor());
  }

  private static boolean modalOrIf(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      String w = s.token(d.dependent()).word().toLowerCase();
      if (d.baseRelation().equals("aux") && MODALS.contains(w)) {
        return true;
      }
      if (d.baseRelation().equals("mark") && w.equals("if")) {
        return true;
      }
    }
    return false;
  }

  private static boolean alleged(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      if (HEDGES.contains(s.token(d.dependent()).word().toLowerCase())) {
        return true;
      }
    }
    if (Attribution.toldByClaimNoun(s, v)) {
      return true; // "witness accounts that soldiers fired": the claim noun need not be a hedge word
    }
    List<Integer> above = Trees.ancestors(s, v, REACH);
    for (int a : above) {
      if (CLAIMS.contains(Trees.lemma(s, a)) || claimAsSubject(s, a) || Attribution.toldByClaimNoun(s, a)) {
        return true;
      }
      for (Dependency d : s.children(a)) {
        if (d.baseRelation().equals("advmod") && HEDGES.contains(s.token(d.dependent()).word().toLowerCase())) {
          return true;
        }
      }
    }
    return ifTrue(s);
  }

  /** "Reports have emerged that ...": a claim noun is the subject of the clause above. */
  private static boolean claimAsSubject(Sentence s, int verb) {
    return s.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
        && Attribution.CLAIM_NOUNS.contains(Trees.lemma(s, d.dependent())));
  }

  /** "The reports of executions, if true, ..." */
  private static boolean ifTrue(Sentence s) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      if (s.token(i).word().equalsIgnoreCase("if") && s.token(i + 1).word().equalsIgnoreCase("true")) {
        return true;
      }
    }
    return false;
  }
}
