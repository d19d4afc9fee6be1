package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorType;

/**
 * The dictionary compiled for matching: every wording of every state, demonym, capital, organisation,
 * person and place under its {@link Names#key}, and the role words. Built once per dictionary; immutable.
 */
public final class DictionaryIndex {
  /** What sort of name a wording is; a PLACE names no actor, only the country it lies in. */
  enum Kind { ENTRY, COUNTRY, DEMONYM, CAPITAL, PLACE, PEOPLE }

  /**
   * One wording: the entry or country it names (a place's country, or null for a place in no single
   * state), and whether it must match with its exact case.
   */
  record Name(String surface, Kind kind, DictionaryEntry entry, Country country, boolean exactCase, boolean capitalised) {}

  static final int MAX_TOKENS = 8;

  private final ActorDictionary dictionary;
  private final Map<String, List<Name>> names = new HashMap<>();
  private final Map<String, RoleWord> roles = new HashMap<>();
  private final Map<String, String> knownWords = new HashMap<>();
  private int maxRoleTokens = 1;

  public DictionaryIndex(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    for (Country c : dictionary.countries()) {
      add(c.name(), Kind.COUNTRY, null, c);
      c.aliases().forEach(a -> add(a, Kind.COUNTRY, null, c));
      c.demonyms().forEach(d -> add(d, Kind.DEMONYM, null, c));
      c.capitals().forEach(k -> add(k, Kind.CAPITAL, null, c));
    }
    for (DictionaryEntry e : dictionary.entries()) {
      e.names().forEach(n -> add(n, Kind.ENTRY, e, null));
    }
    for (Place p : dictionary.places()) {
      Country c = p.iso3() == null ? null : dictionary.country(p.iso3()).orElseThrow(
          () -> new IllegalStateException("place '" + p.name() + "' has the unknown country " + p.iso3()));
      p.names().forEach(n -> add(n, Kind.PLACE, null, c));
    }
    for (People p : dictionary.peoples()) {
      Country c = dictionary.country(p.iso3()).orElseThrow();
      p.names().forEach(n -> add(n, Kind.PEOPLE, null, c));
    }
    for (RoleWord r : dictionary.roleWords()) {
      String key = Names.key(r.phrase());
      roles.putIfAbsent(key, r);
      maxRoleTokens = Math.max(maxRoleTokens, key.split(" ").length);
    }
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  private void add(String surface, Kind kind, DictionaryEntry entry, Country country) {
    if (surface == null || surface.isBlank()) {
      return;
    }
    String key = Names.key(surface);
    String letters = surface.replaceAll("[^\\p{L}]", "");
    boolean acronym = letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT));
    boolean single = !key.contains(" ");
    boolean ambiguous = single && dictionary.ambiguous(key);
    names.computeIfAbsent(key, k -> new ArrayList<>()).add(new Name(surface, kind, entry, country, acronym, ambiguous));
    if (single && !acronym && !ambiguous && key.length() >= 3 && isNameWord(kind, entry)) {
      knownWords.putIfAbsent(key, surface);
    }
    if (kind == Kind.ENTRY && entry.type() == ActorType.PERSON && !acronym) {
      // Parts of people's names ("sinwar" of "Yahya Sinwar") are names too, unless ordinary words.
      for (String part : surface.split("[\\s-]+")) {
        String k = Names.key(part);
        if (k.length() >= 4 && !dictionary.ambiguous(k) && Character.isUpperCase(part.charAt(0))) {
          knownWords.putIfAbsent(k, part);
        }
      }
    }
  }

  private static boolean isNameWord(Kind kind, DictionaryEntry entry) {
    return kind != Kind.ENTRY || entry.type() != ActorType.ORGANIZATION;
  }

  /** The wordings stored under {@code key}. */
  List<Name> lookup(String key) {
    return names.getOrDefault(key, List.of());
  }

  /** True when {@code key} is the wording of a place, which no actor's name should be taken for. */
  boolean isPlace(String key) {
    return lookup(key).stream().anyMatch(n -> n.kind() == Kind.PLACE);
  }

  /** True when {@code name} is a known place, country or capital ("Khan Younis", "Syria", "Damascus"). */
  public boolean namesPlace(CharSequence name) {
    return lookup(Names.key(name)).stream()
        .anyMatch(n -> n.kind() == Kind.PLACE || n.kind() == Kind.COUNTRY || n.kind() == Kind.CAPITAL);
  }

  /**
   * The one country a place, capital, country name or demonym lies in or names ("Kharkiv" -> UKR,
   * "Iranian" -> IRN, "New Delhi" -> IND); empty for actors' names, places in no single state and
   * wordings that name places in several states.
   */
  public Optional<String> countryOf(CharSequence name) {
    List<String> found = lookup(Names.key(name)).stream().filter(n -> n.kind() != Kind.ENTRY && n.kind() != Kind.PEOPLE)
        .map(n -> n.country() == null ? "" : n.country().iso3()).distinct().toList();
    return found.size() == 1 && !found.get(0).isEmpty() ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The role word stored under {@code key}, e.g. "regime" -> GOV. */
  Optional<RoleWord> role(String key) {
    return Optional.ofNullable(roles.get(key));
  }

  int maxRoleTokens() {
    return maxRoleTokens;
  }

  /** The canonical capitalisation of a lowercase single-word name, for case restoration. */
  public Optional<String> canonical(String lowercaseWord) {
    return Optional.ofNullable(knownWords.get(Names.key(lowercaseWord)));
  }
}
