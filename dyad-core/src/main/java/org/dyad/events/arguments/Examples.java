package org.dyad.events.arguments;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.model.Actor;
import org.dyad.model.ActorType;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Part of stage 2 (arguments): a person named only as an example of a group ("no prisoners,
 * including Qassam commander Mamoun al-Jaloudi, were released") stands for the group, and the group is
 * the organisation the person belongs to, widened to the national movement it is a wing of (the
 * brigades' Hamas) but not to a transnational network it is a franchise of (al-Shabaab stays itself,
 * not al-Qaeda). A group known only by a description ("no detainees, including Arakan Army
 * commander X") is that movement too. A person with no known organisation, or an organisation named
 * as an example, stays.
 */
public final class Examples implements ArgumentMend {
  private static final Set<String> EXAMPLE_MARKERS = Cues.named("example-markers");
  private static final int MAX_HOPS = 3;

  /** Sources and targets named as examples stand for their groups; a group does not act on itself. */
  @Override
  public Arguments apply(Mending m, Arguments a) {
    List<String> sources = a.sources().stream().map(id -> widen(m.s(), m.actors(), id, false)).distinct().toList();
    List<String> targets = a.targets().stream()
        .map(id -> {
          String group = widen(m.s(), m.actors(), id, true);
          return sources.contains(group) ? id : group; // a group does not act on itself
        })
        .distinct().toList();
    return new Arguments(sources, targets, a.sourceRule(), a.targetRule());
  }

  /** {@code patient}: the actor is a target; only a target may be a described group widened by its example. */
  String widen(Sentence s, ActorSet actors, String actorId, boolean patient) {
    if (actorId == null) {
      return null;
    }
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.actorId().equals(actorId) && isExample(s, m)) {
        return groupOf(actors, actorId).orElse(actorId);
      }
      if (patient && m.actorId().equals(actorId) && described(s, m)) {
        // "No detainees, including Arakan Army commander Kyaw Han": the example says whose detainees
        for (int example : Trees.children(s, m.lastToken(), Set.of("nmod"))) {
          Optional<String> group = actors.at(s.index(), example).filter(e -> isExample(s, e))
              .flatMap(e -> groupOf(actors, e.actorId()));
          if (group.isPresent()) {
            return group.get();
          }
        }
      }
    }
    return actorId;
  }

  /** The movement of a person with a known organisation. */
  private static Optional<String> groupOf(ActorSet actors, String personId) {
    return actors.actor(personId).filter(a -> a.type() == ActorType.PERSON && a.affiliation() != null)
        .map(a -> movement(actors, a.affiliation()));
  }

  /** A group known only by what its members are ("detainees", "Syrian refugees"): no name in its words. */
  private static boolean described(Sentence s, ActorMention m) {
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      if (s.token(i).isProperNoun()) {
        return false;
      }
    }
    return s.token(m.lastToken()).pos().equals("NNS");
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
