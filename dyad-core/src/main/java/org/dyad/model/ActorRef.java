package org.dyad.model;

/** A short reference to an actor of the same analysis, as events and quotes carry it. */
public record ActorRef(String id, String code, String name) {
  public ActorRef {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("actor id must not be blank");
    }
  }
}
