package org.dyad.store.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.data.BundledData;
import org.dyad.model.ActorRef;
import org.dyad.store.StoredEvent;

/**
 * dyad actors as CAMEO actor codes, the way GDELT writes them. In order: an actor whose dyad code is
 * listed in {@code cameo-actors.tsv} takes that row (Hamas -> PSEREBHMS, the EU -> IGOEUREEC); a
 * dyad code made of a country and CAMEO types ({@code cameo-types.tsv}) is already one
 * (SYRGOV, ISRMIL, SYREDU); any other actor is its country and its role, or the type that stands
 * for its kind (a Syrian newspaper is SYRMED); without a country its kind's type leads (an NGO for
 * human rights is NGOHRI). An actor with none of these has no CAMEO code: its name says who it is.
 */
final class CameoActors {
  private static final String ACTORS = "/org/dyad/store/export/cameo-actors.tsv";
  private static final String TYPES = "/org/dyad/store/export/cameo-types.tsv";
  private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  static final CameoActors BUNDLED = new CameoActors();

  private final Map<String, CameoActor> listed = new HashMap<>();
  private final Set<String> types;
  private final Map<String, String> fallbacks = new HashMap<>();

  private CameoActors() {
    List<String> typeRows = BundledData.lines(TYPES);
    List<String> codes = new ArrayList<>();
    for (String line : typeRows.subList(1, typeRows.size())) {
      String[] f = cells(TYPES, line, 3);
      codes.add(f[0]);
      if (!f[2].equals("-")) {
        fallbacks.put(f[2].toLowerCase(Locale.ROOT), f[0]);
      }
    }
    types = Set.copyOf(codes);
    List<String> actorRows = BundledData.lines(ACTORS);
    for (String line : actorRows.subList(1, actorRows.size())) {
      String[] f = cells(ACTORS, line, 9);
      List<String> t = new ArrayList<>();
      for (String type : List.of(f[7], f[8])) {
        if (!type.equals("-")) {
          t.add(type);
        }
      }
      listed.put(f[0], new CameoActor(f[1], none(f[2]), none(f[3]), none(f[4]), none(f[5]), none(f[6]), t));
    }
  }

  /** The CAMEO form of an event's actor; {@link CameoActor#NONE} without one. */
  CameoActor of(ActorRef ref, StoredEvent.ActorFacts facts) {
    if (ref == null) {
      return CameoActor.NONE;
    }
    String code = ref.code() == null ? "" : ref.code().toUpperCase(Locale.ROOT);
    CameoActor row = listed.get(code);
    if (row != null) {
      return row;
    }
    CameoActor parsed = parse(code);
    return parsed != null ? parsed : fromFacts(facts);
  }

  /** The listed dyad codes and their CAMEO forms (for tests). */
  Map<String, CameoActor> listed() {
    return Map.copyOf(listed);
  }

  /** True for a CAMEO type code of cameo-types.tsv. */
  boolean isType(String code) {
    return types.contains(code);
  }

  /** "SYRGOV" -> SYR + GOV: a country followed by one to three CAMEO types, else null. */
  private CameoActor parse(String code) {
    if (!code.matches("([A-Z]{3}){2,4}") || !COUNTRIES.contains(code.substring(0, 3))) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 3; i < code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (!types.contains(part)) {
        return null;
      }
      parts.add(part);
    }
    return new CameoActor(code, code.substring(0, 3), null, null, null, null, parts);
  }

  /**
   * Country + role (or the type of the actor's kind): ISRHRI, SYRMED. Without a country, the type of
   * its kind leads, as CAMEO's international actors do: an NGO for human rights is NGOHRI.
   */
  private CameoActor fromFacts(StoredEvent.ActorFacts facts) {
    String country = facts.country() != null && COUNTRIES.contains(facts.country()) ? facts.country() : null;
    String role = facts.role() != null && types.contains(facts.role()) ? facts.role() : null;
    String kind = facts.type() == null ? null : fallbacks.get(facts.type().toLowerCase(Locale.ROOT));
    List<String> parts = new ArrayList<>();
    if (country != null) {
      parts.add(role != null ? role : kind);
    } else {
      parts.add(kind);
      parts.add(role);
    }
    parts = parts.stream().filter(p -> p != null).distinct().toList();
    if (country == null && parts.isEmpty()) {
      return CameoActor.NONE;
    }
    String code = (country == null ? "" : country) + String.join("", parts);
    return new CameoActor(code, country, null, null, null, null, parts);
  }

  private static String none(String cell) {
    return cell.equals("-") ? null : cell;
  }

  private static String[] cells(String file, String line, int n) {
    String[] f = line.split("\t", -1);
    if (f.length != n) {
      throw new IllegalStateException(file + ": expected " + n + " tab-separated cells, got " + f.length + " in '" + line + "'");
    }
    return f;
  }
}
