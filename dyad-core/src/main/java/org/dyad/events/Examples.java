package org.dyad.events;

import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Part of stage 2 (arguments): a person named only as an example of a group ("no prisoners,
 * including Qassam commander Mamoun al-Jaloudi, were released") stands for the group, and the group is
 * the organisation the person belongs to, widened to the national movement it is a wing of (the
 * brigades' Hamas) but not to a transnational network it is a franchise of (al-Shabaab stays itself,
 * not al-Qaeda). A person with no known organisation, or an organisation named as an example, stays.
 */
final class Examples {
  private static final Set<String> EXAMPLE_MARKERS = Set.of("including", "such", "like", "among");
  private static final int MAX_HOPS = 3;

  String widen(Sentence s, ActorSet actors, String actorId) {
    if (actorId == null) {
      return null;
    }
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.actorId().equals(actorId) && isExample(s, m)) {
        return actors.actor(actorId).filter(a -> a.type() == ActorType.PERSON && a.affiliation() != null)
            .map(a -> movement(actors, a.affiliation())).orElse(actorId);
      }
    }
    return actorId;
  }

  /** The mention hangs by "including"/"such as" from a plural common noun that is no actor itself. */
  private static boolean isExample(Sentence s, ActorMention m) {
    for (int token = m.firstToken(); token <= m.lastToken(); token++) {
      Dependency h = Trees.head(s, token);
      if (h == null || (h.governor() >= m.firstToken() && h.governor() <= m.lastToken())) {
        continue; // inside the name
      }
      boolean marked = s.children(token).stream().anyMatch(d -> d.baseRelation().equals("case")
          && EXAMPLE_MARKERS.contains(s.token(d.dependent()).word().toLowerCase()));
      return marked && h.baseRelation().equals("nmod") && s.token(h.governor()).pos().equals("NNS");
    }
    return false;
  }

  /** Up the affiliations from {@code orgId} while the parent is of the same country. */
  private static String movement(ActorSet actors, String orgId) {
    Actor current = actors.actor(orgId).orElse(null);
    if (current == null) {
      return orgId;
    }
    for (int hop = 0; hop < MAX_HOPS && current.affiliation() != null; hop++) {
      Actor parent = actors.actor(current.affiliation()).orElse(null);
      if (parent == null || current.country() == null || !current.country().equals(parent.country())) {
        break;
      }
      current = parent;
    }
    return current.id();
  }
}
