package org.dyad.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Stage 2 of the coder: the source and target of a trigger from its dependency roles. Verbs: subject
 * (or the controller of "continues to label", or the noun an "-ing" clause modifies) as source; object,
 * indirect object or a prepositional role as target; passives swapped, with "by X" as the agent.
 * Nouns: possessor, modifier or "by X" as source; "of", "against", "on", "for", "with" as target.
 * "between X and Y" gives both. Each role resolves to the actor named in its phrase; coordinated
 * phrases give one actor each. A role naming no actor stays empty rather than guessed.
 */
final class ArgumentFinder {
  private static final Set<String> TARGET_CASES = Set.of("against", "on", "with", "to", "from", "toward", "towards", "at", "for", "of", "upon", "into", "including");
  private static final Set<String> REFLEXIVE = Set.of("itself", "themselves", "himself", "herself");

  Arguments find(Sentence s, Trigger t, ActorSet actors) {
    return t.noun() ? noun(s, t, actors) : verb(s, t, actors);
  }

  private Arguments verb(Sentence s, Trigger t, ActorSet actors) {
    int v = t.token();
    boolean passive = Trees.hasChild(s, v, "nsubj:pass") || Trees.hasChild(s, v, "aux:pass");
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    if (passive) {
      for (Dependency d : s.children(v)) {
        if (d.relation().equals("obl:agent") || (d.baseRelation().equals("obl") && caseOf(s, d.dependent()).equals("by"))) {
          sources.addAll(actorsOf(s, d.dependent(), actors));
        }
      }
      targets.addAll(actorsOf(s, Trees.children(s, v, Set.of("nsubj:pass")), actors));
    } else {
      sources.addAll(actorsOf(s, Trees.children(s, v, Set.of("nsubj", "nsubj:xsubj")), actors));
      if (sources.isEmpty()) {
        sources.addAll(inheritedSubject(s, v, actors));
      }
      targets.addAll(actorsOf(s, nonReflexive(s, Trees.children(s, v, Set.of("obj", "iobj"))), actors));
    }
    if (targets.isEmpty()) {
      targets.addAll(obliqueTargets(s, v, actors, Set.of("obl")));
    }
    targets.removeAll(sources);
    return new Arguments(sources, targets);
  }

  /**
   * A verb without a subject of its own takes the one of the clause it hangs from: the noun an
   * "-ing" clause modifies ("airstrikes targeting X", "a group allied with X"), or the subject of the
   * main clause ("By supporting X, Hamas sought ...", "decided to X and Y").
   */
  private static List<String> inheritedSubject(Sentence s, int v, ActorSet actors) {
    Dependency h = Trees.head(s, v);
    if (h == null) {
      return List.of();
    }
    String rel = h.baseRelation();
    if (rel.equals("acl")) {
      return headActor(s, h.governor(), actors);
    }
    if (rel.equals("advcl") && !Trees.children(s, h.governor(), Set.of("obj")).isEmpty()
        && Trees.children(s, v, Set.of("mark")).stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("of"))) {
      // "accused the RSF of killing civilians": the one accused is the one said to have acted
      return actorsOf(s, Trees.children(s, h.governor(), Set.of("obj")), actors);
    }
    if (rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj")) {
      return actorsOf(s, Trees.children(s, h.governor(), Set.of("nsubj", "nsubj:xsubj")), actors);
    }
    return List.of();
  }

  /** The actor a noun itself names, or the noun it stands in apposition to ("Islamic Jihad, a group ..."). */
  private static List<String> headActor(Sentence s, int noun, ActorSet actors) {
    Optional<ActorMention> at = actors.at(s.index(), noun);
    if (at.isPresent()) {
      return List.of(at.get().actorId());
    }
    Dependency h = Trees.head(s, noun);
    if (h != null && h.baseRelation().equals("appos")) {
      return actors.at(s.index(), h.governor()).map(m -> List.of(m.actorId())).orElse(List.of());
    }
    return List.of();
  }

  private Arguments noun(Sentence s, Trigger t, ActorSet actors) {
    int n = t.token();
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    actors.at(s.index(), n).ifPresent(m -> sources.add(m.actorId())); // "Israeli airstrikes"
    nounRoles(s, n, actors, sources, targets);
    Dependency up = Trees.head(s, n);
    if (up != null && up.baseRelation().equals("compound") && (sources.isEmpty() || targets.isEmpty())) {
      nounRoles(s, up.governor(), actors, sources, targets); // "a reconciliation attempt between X and Y"
      n = up.governor();
    }
    if (targets.isEmpty()) {
      for (Dependency d : s.children(n)) {
        if (d.baseRelation().equals("acl")) { // "airstrikes targeting senior Hamas leaders"
          targets.addAll(actorsOf(s, Trees.children(s, d.dependent(), Set.of("obj")), actors));
        }
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(obliqueTargets(s, n, actors, Set.of("nmod")));
    }
    if (sources.isEmpty()) {
      sources.addAll(governingSubject(s, n, actors));
    }
    targets.removeAll(sources);
    return new Arguments(sources, targets);
  }

  /** For "documents confirmed orders for the arrest of X": the subject of the nearest verb above the noun. */
  private static List<String> governingSubject(Sentence s, int noun, ActorSet actors) {
    int child = noun;
    for (int a : Trees.ancestors(s, noun, 3)) {
      Dependency link = Trees.head(s, child);
      if (link != null && (link.baseRelation().equals("obl") || link.baseRelation().equals("advcl"))) {
        return List.of(); // "arrested 16 people during a protest": the arresters did not protest
      }
      child = a;
      if (s.token(a).isVerb()) {
        List<Integer> subjects = Trees.children(s, a, Set.of("nsubj"));
        if (subjects.stream().anyMatch(x -> Trees.subtree(s, x, 6).get(noun))) {
          return List.of(); // the noun is in the subject itself
        }
        return actorsOf(s, subjects, actors);
      }
    }
    return List.of();
  }

  private void nounRoles(Sentence s, int n, ActorSet actors, List<String> sources, List<String> targets) {
    for (Dependency d : s.children(n)) {
      String rel = d.relation();
      String base = d.baseRelation();
      if (rel.equals("nmod:poss") || base.equals("amod") || base.equals("compound")) {
        actors.at(s.index(), d.dependent()).ifPresent(m -> addOnce(sources, m.actorId()));
      } else if (base.equals("nmod") && caseOf(s, d.dependent()).equals("between")) {
        List<String> both = actorsOf(s, d.dependent(), actors);
        if (!both.isEmpty()) {
          addOnce(sources, both.get(0));
          both.stream().skip(1).forEach(id -> addOnce(targets, id));
        }
      } else if (rel.equals("nmod:agent") || (base.equals("nmod") && caseOf(s, d.dependent()).equals("by"))) {
        actorsOf(s, d.dependent(), actors).forEach(id -> addOnce(sources, id));
      }
    }
  }

  private List<String> obliqueTargets(Sentence s, int head, ActorSet actors, Set<String> relations) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (relations.contains(d.baseRelation()) && TARGET_CASES.contains(caseOf(s, d.dependent()))) {
        for (String id : actorsOf(s, d.dependent(), actors)) {
          addOnce(out, id);
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return out;
  }

  private static List<Integer> nonReflexive(Sentence s, List<Integer> tokens) {
    return tokens.stream().filter(i -> !REFLEXIVE.contains(s.token(i).word().toLowerCase())).toList();
  }

  static String caseOf(Sentence s, int token) {
    for (Dependency c : s.children(token)) {
      if (c.baseRelation().equals("case")) {
        return s.token(c.dependent()).word().toLowerCase();
      }
    }
    return "";
  }

  private static List<String> actorsOf(Sentence s, List<Integer> heads, ActorSet actors) {
    List<String> out = new ArrayList<>();
    for (int h : heads) {
      actorsOf(s, h, actors).forEach(id -> addOnce(out, id));
    }
    return out;
  }

  /** The actors a phrase names: the mention at its head, else the nearest mention inside it; plus its conjuncts. */
  static List<String> actorsOf(Sentence s, int head, ActorSet actors) {
    List<String> out = new ArrayList<>();
    actorIn(s, head, actors).ifPresent(out::add);
    if (actors.at(s.index(), head).isPresent()) {
      // "Haniyeh, Sinwar and Al-Arouri": coordinated actors, each a party; but not the people
      // "including" ones listed under a group ("Hamas leaders, including Haniyeh").
      for (int conj : Trees.children(s, head, Set.of("conj"))) {
        actors.at(s.index(), conj).ifPresent(m -> addOnce(out, m.actorId()));
      }
    }
    return out;
  }

  private static Optional<String> actorIn(Sentence s, int head, ActorSet actors) {
    Optional<ActorMention> at = actors.at(s.index(), head);
    if (at.isPresent()) {
      return Optional.of(at.get().actorId());
    }
    BitSet phrase = Trees.subtree(s, head, 2);
    ActorMention best = null;
    for (ActorMention m : actors.inSentence(s.index())) {
      boolean inside = phrase.get(m.firstToken(), m.lastToken() + 1).cardinality() > 0;
      if (inside && (best == null || Math.abs(m.firstToken() - head) < Math.abs(best.firstToken() - head))) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(ActorMention::actorId);
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }
}
