package org.dyad.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++):
 * {@code governor} is -1 for the root relation.
 */
public record Dependency(String relation, int governor, int dependent) {
  /** The relation without its enhanced suffix: "obl:with" -> "obl". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
