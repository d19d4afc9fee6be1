package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.DictionaryIndex.Kind;
import org.dyad.actors.DictionaryIndex.Name;
import org.dyad.actors.RawMention.How;
import org.dyad.data.Cues;
import org.dyad.model.ActorType;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds the dictionary's actors in a sentence, longest wording first, and composes states with their
 * parts: "the Syrian government", "Syria's army", "the government of Syria", "the Assad regime"
 * (a leader's regime is his state's government), "Damascus" acting as a state. Places ("Gaza Strip",
 * "New Mexico") are matched so that the country names inside them are not, and make no mention.
 */
final class DictionaryMatcher {
  private static final Set<String> LOCATIVE = Cues.named("place-prepositions");
  /** Nouns of a message or gift whose "from" names who sends it: "pressure from Moscow", "a loan from Beijing". */
  private static final Set<String> MESSAGES = Cues.named("sent-from");
  private static final Set<String> COORDINATORS = Cues.named("name-coordinators");

  private final DictionaryIndex index;

  DictionaryMatcher(DictionaryIndex index) {
    this.index = index;
  }

  List<RawMention> find(NlpDocument doc, Sentence s) {
    List<RawMention> out = new ArrayList<>();
    int n = s.tokens().size();
    int i = 0;
    while (i < n) {
      Match m = longestName(doc.text(), s, i);
      if (m == null) {
        RawMention roleOf = roleOfCountry(doc.text(), s, i);
        if (roleOf != null) {
          out.add(roleOf);
          i = roleOf.last() + 1;
        } else {
          i++;
        }
        continue;
      }
      RawMention mention = compose(doc.text(), s, m);
      if (mention != null) {
        out.add(mention);
        i = mention.last() + 1;
      } else {
        i = m.last + 1;
      }
    }
    return out;
  }

  private record Match(int first, int last, Name name) {}

  private Match longestName(String doc, Sentence s, int first) {
    int n = s.tokens().size();
    if (Spans.isPunctuation(s.token(first))) {
      return null;
    }
    for (int last = Math.min(n - 1, first + DictionaryIndex.MAX_TOKENS - 1); last >= first; last--) {
      if (Spans.isPunctuation(s.token(last))) {
        continue;
      }
      String surface = Spans.text(doc, s, first, last);
      for (Name name : index.lookup(Names.key(surface))) {
        if (accepts(name, surface)) {
          return new Match(first, last, name);
        }
      }
    }
    return null;
  }

  /** Acronyms match only in their case ("US", not "us"); ordinary words only when capitalised. */
  private static boolean accepts(Name name, String surface) {
    if (name.exactCase()) {
      return surface.replaceAll("[^\\p{L}]", "").equals(name.surface().replaceAll("[^\\p{L}]", ""));
    }
    if (name.capitalised()) {
      return Character.isUpperCase(surface.charAt(0));
    }
    return true;
  }

  /** The mention a matched name makes, or null: an adjective, a capital used as a place, or any place. */
  private RawMention compose(String doc, Sentence s, Match m) {
    Name name = m.name();
    return switch (name.kind()) {
      case ENTRY -> entry(doc, s, m);
      case COUNTRY -> state(doc, s, m, name.country(), true);
      case DEMONYM -> demonym(doc, s, m);
      case CAPITAL -> capital(doc, s, m);
      case PLACE -> null; // evidence of its country for UnattachedRoles; its words name nothing else ("New Mexico")
      case PEOPLE -> people(doc, s, m);
    };
  }

  /** Roles of a state's organs, which a people's name does not make the state's ("Tigrayan forces"). */
  private static final Set<String> ORGANS = Set.of("GOV", "MIL", "SPY", "COP", "JUD", "LEG");
  /** The organs among them that bear arms: a people's are an armed group ("Tigrayan forces"). */
  private static final Set<String> ARMED_ORGANS = Set.of("MIL", "COP", "SPY");

  /**
   * "Rohingya refugees", "Masalit civilians", "the Rohingya": a people with a role word of people, or
   * alone as a noun, is that part of its state; the people's name before another noun is an adjective
   * ("Rohingya villages"). With an organ's word it is the people's own body, not the state's: "Tigrayan
   * forces" is an armed group of Ethiopia named by its words, "Chechen authorities" an organisation.
   */
  private RawMention people(String doc, Sentence s, Match m) {
    Optional<RoleAfter> role = roleAfter(doc, s, m.last() + 1);
    if (role.isPresent() && ORGANS.contains(role.get().word().role())) {
      boolean armed = ARMED_ORGANS.contains(role.get().word().role());
      return RawMention.of(s, m.first(), role.get().last(), new Target.NewOrganisation(Spans.text(doc, s, m.first(), role.get().last()),
          armed ? ActorType.ARMED_GROUP : ActorType.ORGANIZATION, m.name().country().iso3()), How.DICTIONARY);
    }
    if (role.isPresent()) {
      return RawMention.of(s, m.first(), role.get().last(), statePart(m.name().country(), role.get().word()), How.DICTIONARY);
    }
    boolean beforeNoun = m.last() + 1 < s.tokens().size() && s.token(m.last() + 1).isNoun() && modifies(s, m.last());
    if (beforeNoun || !s.token(m.last()).isNoun()) {
      return null;
    }
    return RawMention.of(s, m.first(), m.last(), new Target.StatePart(m.name().country(), "CVL", "people"), How.DICTIONARY);
  }

  private RawMention entry(String doc, Sentence s, Match m) {
    DictionaryEntry e = m.name().entry();
    if (e.type() == ActorType.PERSON && e.country() != null) {
      Optional<RoleAfter> role = roleAfter(doc, s, m.last() + 1);
      if (role.isPresent() && role.get().word().role().equals("GOV")) {
        Optional<Country> country = index.dictionary().country(e.country());
        if (country.isPresent()) {
          return RawMention.of(s, m.first(), role.get().last(), statePart(country.get(), role.get().word()), How.DICTIONARY);
        }
      }
    }
    return RawMention.of(s, m.first(), m.last(), new Target.Known(e), How.DICTIONARY);
  }

  private RawMention state(String doc, Sentence s, Match m, Country c, boolean bareIsGovernment) {
    Optional<RoleAfter> role = roleAfter(doc, s, m.last() + 1);
    if (role.isPresent()) {
      return RawMention.of(s, m.first(), role.get().last(), statePart(c, role.get().word()), How.DICTIONARY);
    }
    if (!bareIsGovernment) {
      return null;
    }
    return RawMention.of(s, m.first(), m.last(), new Target.StatePart(c, "GOV", "government"), How.DICTIONARY);
  }

  private RawMention demonym(String doc, Sentence s, Match m) {
    RawMention withRole = state(doc, s, m, m.name().country(), false);
    if (withRole != null) {
      return withRole;
    }
    Optional<RoleWord> shared = sharedRole(doc, s, m.last() + 1);
    if (shared.isPresent()) { // "Indian and Chinese military commanders": the Indian ones too
      return RawMention.of(s, m.first(), m.last(), statePart(m.name().country(), shared.get()), How.DICTIONARY);
    }
    Token last = s.token(m.last());
    // "Syrians", "Israelis": the people; "Syrian prisons": an adjective, no actor.
    if (last.pos().equals("NNPS") || last.pos().equals("NNS")) {
      return RawMention.of(s, m.first(), m.last(), new Target.StatePart(m.name().country(), "CVL", "people"), How.DICTIONARY);
    }
    return null;
  }

  /** A capital acts for its state ("Damascus said") unless it is a place ("in Damascus") or a modifier ("Damascus headquarters"). */
  private RawMention capital(String doc, Sentence s, Match m) {
    RawMention withRole = state(doc, s, m, m.name().country(), false);
    if (withRole != null && withRole.target() instanceof Target.StatePart p && p.role().equals("GOV")) {
      return withRole; // "the Damascus government"; but "Damascus University" is no part of the state
    }
    boolean afterLocative = m.first() > 0 && LOCATIVE.contains(s.token(m.first() - 1).word().toLowerCase())
        && !sentFrom(s, m.first() - 1);
    boolean beforeNoun = m.last() + 1 < s.tokens().size() && s.token(m.last() + 1).isNoun() && modifies(s, m.last());
    boolean ofPlace = m.first() > 0 && s.token(m.first() - 1).word().equalsIgnoreCase("of");
    if (afterLocative || beforeNoun || ofPlace) {
      return null;
    }
    return RawMention.of(s, m.first(), m.last(), new Target.StatePart(m.name().country(), "GOV", "government"), How.DICTIONARY);
  }

  /**
   * "Damascus headquarters": the capital modifies the noun after it. Read off the parse, not the next
   * word, since in "Belarus fed Moscow information" the noun after it is the verb's second object.
   */
  private static boolean modifies(Sentence s, int token) {
    return s.heads(token).stream().anyMatch(d -> d.baseRelation().equals("compound") || d.baseRelation().equals("amod"));
  }

  /** "calls from Washington": a "from" after a noun of a message names its sender, not a place. */
  private static boolean sentFrom(Sentence s, int preposition) {
    return preposition > 0 && s.token(preposition).word().equalsIgnoreCase("from") && s.token(preposition - 1).isNoun()
        && MESSAGES.contains(s.token(preposition - 1).lemma().toLowerCase());
  }

  /**
   * The role word after the last of coordinated demonyms, seen from one before it: at {@code at} an
   * "and", "or" or comma, then demonyms ("American, British and French troops"), the last with its role.
   */
  private Optional<RoleWord> sharedRole(String doc, Sentence s, int at) {
    int n = s.tokens().size();
    while (at + 1 < n && (COORDINATORS.contains(s.token(at).word().toLowerCase()) || s.token(at).word().equals(","))) {
      Match next = longestName(doc, s, at + 1);
      if (next == null || next.name().kind() != Kind.DEMONYM) {
        return Optional.empty();
      }
      Optional<RoleAfter> role = roleAfter(doc, s, next.last() + 1);
      if (role.isPresent()) {
        return Optional.of(role.get().word());
      }
      at = next.last() + 1;
    }
    return Optional.empty();
  }

  private record RoleAfter(RoleWord word, int last) {}

  /** A role word right after a name, possibly after a possessive: "Syria's army", "Syrian intelligence". */
  private Optional<RoleAfter> roleAfter(String doc, Sentence s, int at) {
    int n = s.tokens().size();
    if (at < n && Spans.isPossessive(s.token(at))) {
      at++;
    }
    // "Nepal's main opposition party", "Kenya's ruling party": up to two adjectives in between.
    for (int skipped = 0; skipped < 2 && at + 1 < n && s.token(at).pos().equals("JJ")
        && index.role(Names.key(s.token(at).word())).isEmpty(); skipped++) {
      if (roleWord(doc, s, at + 1, at + 1).isEmpty() && (at + 2 >= n || roleWord(doc, s, at + 1, at + 2).isEmpty())) {
        break;
      }
      at++;
    }
    for (int last = Math.min(n - 1, at + index.maxRoleTokens() - 1); last >= at; last--) {
      Optional<RoleWord> role = roleWord(doc, s, at, last);
      if (role.isPresent()) {
        return Optional.of(new RoleAfter(role.get(), last));
      }
    }
    return Optional.empty();
  }

  private Optional<RoleWord> roleWord(String doc, Sentence s, int first, int last) {
    if (Spans.isPunctuation(s.token(last)) || Spans.isPunctuation(s.token(first))) {
      return Optional.empty();
    }
    Optional<RoleWord> exact = index.role(Spans.key(doc, s, first, last));
    if (exact.isPresent() || first != last) {
      return exact;
    }
    return index.role(Names.key(s.token(first).lemma()));
  }

  /** "the government of Syria", "the army of Iran": a role word, "of", then a country. */
  private RawMention roleOfCountry(String doc, Sentence s, int first) {
    int n = s.tokens().size();
    for (int last = Math.min(n - 1, first + index.maxRoleTokens() - 1); last >= first; last--) {
      Optional<RoleWord> role = roleWord(doc, s, first, last);
      if (role.isEmpty() || last + 2 >= n || !s.token(last + 1).word().equalsIgnoreCase("of")) {
        continue;
      }
      int at = last + 2;
      if (s.token(at).word().equalsIgnoreCase("the") && at + 1 < n) {
        at++;
      }
      Match m = longestName(doc, s, at);
      boolean possessor = m != null && m.last() + 1 < n && Spans.isPossessive(s.token(m.last() + 1));
      if (m != null && m.name().kind() == Kind.COUNTRY && !possessor) { // not "commanders of Sudan's RSF"
        return RawMention.of(s, first, m.last(), statePart(m.name().country(), role.get()), How.DICTIONARY);
      }
    }
    return null;
  }

  private static Target.StatePart statePart(Country c, RoleWord role) {
    return new Target.StatePart(c, role.role(), role.label());
  }
}
