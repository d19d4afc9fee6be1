package org.dyad.actors;

/**
 * A word or phrase that, after a country or a leader, names a part of a state: "regime" -> GOV,
 * "army" -> MIL, "intelligence" -> SPY. {@code label} is how dyad names the part ("government").
 */
public record RoleWord(String phrase, String role, String label) {
  public RoleWord {
    if (phrase == null || phrase.isBlank() || role == null || !role.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("role word needs a phrase and a three-letter role, got " + phrase + "/" + role);
    }
  }
}
