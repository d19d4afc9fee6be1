package org.dyad.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.data.Cues;

/**
 * Which wordings of new people's names are the same person within one article: a shorter wording
 * that ends or starts a longer one names its person ("Al-Mansour", "Dr. Al-Mansour", "Layla" for
 * "Layla Al-Mansour") when it fits exactly one of them.
 */
final class PersonNames {
  private final Map<String, String> identityOfKey = new HashMap<>();
  private final Map<String, List<String>> surfacesOfIdentity = new LinkedHashMap<>();

  /** Groups the given surfaces (in text order) into identities. */
  PersonNames(List<String> surfaces) {
    List<String> keys = surfaces.stream().map(Names::key).distinct()
        .sorted(Comparator.comparingInt((String k) -> k.split(" ").length).reversed()).toList();
    List<String> identities = new ArrayList<>();
    for (String key : keys) {
      List<String> fits = identities.stream().filter(id -> shortFormOf(key, id)).toList();
      String identity = fits.size() == 1 ? fits.get(0) : key;
      if (fits.size() != 1) {
        identities.add(key);
      }
      identityOfKey.put(key, identity);
    }
    for (String surface : surfaces) {
      surfacesOfIdentity.computeIfAbsent(identityOfKey.get(Names.key(surface)), k -> new ArrayList<>()).add(surface);
    }
  }

  /** The identity key of a surface seen by the constructor. */
  String identity(String surface) {
    return identityOfKey.get(Names.key(surface));
  }

  /** The identity's display name: the most frequent of its longest wordings, capitalised best. */
  String displayName(String identity) {
    List<String> surfaces = surfacesOfIdentity.getOrDefault(identity, List.of(identity));
    int longest = surfaces.stream().mapToInt(s -> Names.key(s).split(" ").length).max().orElse(0);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String s : surfaces) {
      if (Names.key(s).split(" ").length == longest) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingLong(e -> e.getKey().chars().filter(Character::isUpperCase).count()))
        .map(Map.Entry::getKey).orElse(identity);
  }

  List<String> identities() {
    return List.copyOf(surfacesOfIdentity.keySet());
  }

  /** Keys under which the article's other mentions of each identity may appear: full name, surname, first name. */
  Map<String, String> lookupKeys() {
    Map<String, String> out = new HashMap<>();
    Map<String, Integer> claims = new HashMap<>();
    for (String identity : surfacesOfIdentity.keySet()) {
      for (String k : variants(identity)) {
        claims.merge(k, 1, Integer::sum);
        out.put(k, identity);
      }
    }
    out.keySet().removeIf(k -> claims.get(k) > 1 && !surfacesOfIdentity.containsKey(k));
    return out;
  }

  private static List<String> variants(String identity) {
    String[] parts = identity.split(" ");
    List<String> out = new ArrayList<>();
    out.add(identity);
    for (int i = 1; i < parts.length; i++) {
      String suffix = String.join(" ", Arrays.copyOfRange(parts, i, parts.length));
      if (suffix.length() >= 3 && !isParticle(parts[i])) {
        out.add(suffix);
      } else if (isParticle(parts[i]) && i + 1 < parts.length) {
        out.add(suffix); // "al mansour"
      }
    }
    if (parts.length > 1 && parts[0].length() >= 3 && !isParticle(parts[0])) {
      out.add(parts[0]);
    }
    return out;
  }

  private static final Set<String> SURNAME_PARTICLES = Cues.named("surname-particles");

  private static boolean isParticle(String p) {
    return SURNAME_PARTICLES.contains(p);
  }

  private static boolean shortFormOf(String shortKey, String longKey) {
    if (shortKey.equals(longKey)) {
      return true;
    }
    return variants(longKey).contains(shortKey);
  }
}
