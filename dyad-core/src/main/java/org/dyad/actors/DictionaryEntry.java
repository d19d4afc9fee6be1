package org.dyad.actors;

import java.util.List;
import org.dyad.model.ActorType;

/**
 * One known actor of the dictionary: its stable id and CAMEO-style code, its display name, and the
 * aliases it is written as. {@code affiliation} is the id of another entry (a wing's parent group, a
 * leader's party); {@code country} is ISO 3166 alpha-3; {@code role} a role code of roles.tsv.
 */
public record DictionaryEntry(
    String id,
    String code,
    String name,
    ActorType type,
    String country,
    String role,
    String affiliation,
    String title,
    List<String> aliases) {
  public DictionaryEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("dictionary entry needs an id");
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("dictionary entry " + id + " needs a code");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("dictionary entry " + id + " needs a name");
    }
    if (type == null) {
      throw new IllegalArgumentException("dictionary entry " + id + " needs a type");
    }
    aliases = List.copyOf(aliases);
  }

  /** The name and all aliases: every wording that names this entry. */
  public List<String> names() {
    var all = new java.util.ArrayList<String>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
