package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.data.Cues;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Resolves references that name no one: definite descriptions ("the regime", "the group") to the
 * latest actor of a fitting kind, and personal pronouns ("he", "her") to the latest person, within a
 * short window of sentences. Deliberately conservative: a wrong link is worse than none.
 */
final class Coreference {
  private static final Set<String> GOVERNMENT = Cues.named("government-descriptions");
  private static final Set<String> GROUP = Cues.named("group-descriptions");
  private static final Set<String> MILITARY = Cues.named("military-descriptions");
  static final Set<String> ARMED_GROUP = Cues.named("armed-group-descriptions");
  private static final Set<String> PERSON_PRONOUNS = Cues.named("person-pronouns");
  static final int WINDOW = 10;
  private static final int PRONOUN_WINDOW = 2;

  List<ActorMention> resolve(NlpDocument doc, List<ActorMention> names, Map<String, Actor> actors) {
    List<ActorMention> all = new ArrayList<>(names);
    List<ActorMention> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (covered(all, s.index(), t.index())) {
          continue;
        }
        String w = t.word().toLowerCase();
        ActorMention m = null;
        if (PERSON_PRONOUNS.contains(w) && t.pos().startsWith("PRP")) {
          m = latest(all, s, t, PRONOUN_WINDOW, a -> a.type() == ActorType.PERSON, actors, t.index());
        } else if (t.index() > 0 && s.token(t.index() - 1).word().equalsIgnoreCase("the") && !followedByOf(s, t)) {
          if (GOVERNMENT.contains(w)) {
            m = latest(all, s, t, WINDOW, a -> a.type() == ActorType.STATE && "GOV".equals(a.role()), actors, t.index() - 1);
          } else if (MILITARY.contains(w)) {
            m = latest(all, s, t, WINDOW, a -> a.type() == ActorType.STATE && "MIL".equals(a.role()), actors, t.index() - 1);
          }
          if (m == null && ARMED_GROUP.contains(w)) {
            m = latest(all, s, t, WINDOW, a -> a.type() == ActorType.ARMED_GROUP, actors, t.index() - 1);
          }
          if (m == null && GROUP.contains(w)) { // "the militants" with no armed group named: any group
            m = latest(all, s, t, WINDOW, a -> isGroup(a.type()), actors, t.index() - 1);
          }
        }
        if (m != null) {
          added.add(m);
          all.add(m);
        }
      }
    }
    return added;
  }

  private static boolean isGroup(ActorType type) {
    return type == ActorType.ARMED_GROUP || type == ActorType.PARTY || type == ActorType.ORGANIZATION || type == ActorType.RELIGIOUS;
  }

  private static boolean followedByOf(Sentence s, Token t) {
    return t.index() + 1 < s.tokens().size() && s.token(t.index() + 1).word().equalsIgnoreCase("of");
  }

  private static boolean covered(List<ActorMention> all, int sentence, int token) {
    return all.stream().anyMatch(m -> m.covers(sentence, token));
  }

  private static ActorMention latest(List<ActorMention> all, Sentence s, Token t, int window,
      java.util.function.Predicate<Actor> fits, Map<String, Actor> actors, int firstToken) {
    ActorMention best = null;
    for (ActorMention m : all) {
      boolean before = m.sentence() < s.index() || (m.sentence() == s.index() && m.lastToken() < firstToken);
      if (!before || m.sentence() < s.index() - window || m.reference()) {
        continue;
      }
      Actor a = actors.get(m.actorId());
      if (a != null && fits.test(a) && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    return new ActorMention(best.actorId(), s.index(), firstToken, t.index(), s.token(firstToken).start(), t.end(), true);
  }
}
