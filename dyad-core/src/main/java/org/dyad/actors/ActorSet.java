package org.dyad.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;

/**
 * The actors of one article and every mention of them, in text order. Actor spans and mention offsets
 * are in the CLEANED text; the pipeline maps them to the original at the end.
 */
public record ActorSet(List<Actor> actors, List<ActorMention> mentions) {
  public ActorSet {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
  }

  public static ActorSet empty() {
    return new ActorSet(List.of(), List.of());
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The mention covering a token, if any. */
  public Optional<ActorMention> at(int sentence, int token) {
    return mentions.stream().filter(m -> m.covers(sentence, token)).findFirst();
  }

  public List<ActorMention> inSentence(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }

  public Map<String, Actor> byId() {
    Map<String, Actor> out = new LinkedHashMap<>();
    actors.forEach(a -> out.put(a.id(), a));
    return out;
  }
}
