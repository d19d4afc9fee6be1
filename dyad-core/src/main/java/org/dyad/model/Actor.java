package org.dyad.model;

import java.util.List;

/**
 * One political actor of an article, resolved from all its wordings. {@code code} follows CAMEO's
 * convention (ISO 3166 alpha-3 plus role, e.g. SYRGOV; own stable codes for organisations);
 * {@code affiliation} is the id of the actor this one belongs to (a commander's group, a wing's party).
 */
public record Actor(
    String id,
    String code,
    String name,
    ActorType type,
    String country,
    String role,
    String affiliation,
    String title,
    List<String> aliases,
    List<Span> mentions) {
  public Actor {
    if (id == null || id.isBlank() || name == null || name.isBlank() || type == null) {
      throw new IllegalArgumentException("an actor needs an id, a name and a type, got " + id + "/" + name);
    }
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }

  public ActorRef ref() {
    return new ActorRef(id, code, name);
  }
}
