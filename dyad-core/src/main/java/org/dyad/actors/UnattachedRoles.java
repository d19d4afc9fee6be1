package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.DictionaryIndex.Kind;
import org.dyad.actors.RawMention.How;
import org.dyad.data.Cues;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Parts of a state that the text names without naming the state: "journalists were detained in
 * Addis Ababa", "gunmen abducted 31 passengers in Nigeria's Benue state", "the police said". As CAMEO
 * coders do, the part belongs to the country the sentence places it in: a place after "in", "near"
 * ("in the central Gaza Strip") or a possessive first, else the nearest country, capital, demonym or
 * place of places.tsv in the sentence. A name before a hyphen ("Russian-occupied Kherson") says who
 * occupies, not where, and counts only when nothing else does; one after a hyphen ("Tin-Hama") is part
 * of another name. A role word right after another actor's name is that actor's ("Hamas leaders"),
 * and no country means no actor.
 */
final class UnattachedRoles {
  private static final Set<String> LOCATIVE = Cues.named("role-place-prepositions");
  private static final Set<String> ARTICLES = Cues.named("articles");
  private static final Set<String> GROUP_POSSESSIVES = Cues.named("group-possessives");
  private static final int MAX_NAME_TOKENS = 4;
  private static final int MAX_MODIFIERS = 4;
  /** Role words that name a weapon or a strike rather than people: only a named owner makes them an actor. */
  private static final Set<String> WEAPONS = Cues.named("weapon-roles");

  /** Role nouns that name a body of people in the singular, bare like a plural: "clashed with police". */
  private static final Set<String> COLLECTIVE = Cues.named("collective-roles");

  /** Nouns of something said that a role word before them sends: "rejected opposition demands", "a police statement". */
  private static final Set<String> MESSAGES = Cues.named("said-messages");

  private final DictionaryIndex index;

  UnattachedRoles(DictionaryIndex index) {
    this.index = index;
  }

  /**
   * A country the sentence names at {@code token}. {@code place}: by a place of places.tsv;
   * {@code weak}: as the first part of a compound ("Russian-occupied"), used only when nothing else is.
   */
  private record Evidence(int token, Country country, boolean locative, boolean possessive, boolean place, boolean weak) {}

  /**
   * The unattached parts of state in {@code s}; {@code taken} are the sentence's names, {@code earlier}
   * the mentions of the sentences before, which a definite "the military" refers back to instead.
   */
  List<RawMention> find(NlpDocument doc, Sentence s, List<RawMention> taken, List<RawMention> earlier) {
    List<RawMention> out = new ArrayList<>();
    List<Evidence> evidence = null;
    int n = s.tokens().size();
    for (int i = 0; i < n; i++) {
      Optional<Country> leader = ledBy(doc, s, i);
      if (leader.isPresent() && !covered(taken, out, s.index(), i)) { // "the Saudi-led coalition": Saudi Arabia's military
        out.add(RawMention.of(s, i, i, new Target.StatePart(leader.get(), MILITARY, MILITARY_LABEL), How.DICTIONARY));
        continue;
      }
      if (!mayStartRole(s.token(i)) || covered(taken, out, s.index(), i) || attached(s, taken, i)) {
        continue;
      }
      int last = roleEnd(doc, s, i, taken, out);
      if (last < 0) {
        continue;
      }
      if (evidence == null) {
        evidence = evidence(doc, s, taken);
      }
      RoleWord role = roleAt(doc, s, i, last).orElseThrow();
      List<RawMention> before = new ArrayList<>(taken);
      before.addAll(out); // "the army said its drones had struck": an owner found as a role word too
      Optional<RawMention> owner = possessiveOwner(s, i, before).or(() -> ofOwner(s, last, taken));
      if (owner.isPresent()) { // "Al-Shabaab said its fighters ...": the fighters are Al-Shabaab's
        Target target = owner.get().target() instanceof Target.StatePart p
            ? new Target.StatePart(p.country(), role.role(), role.label()) // "Russia said its troops": RUSMIL
            : owner.get().target();
        out.add(RawMention.of(s, i, last, target, How.COREFERENCE));
        i = last;
        continue;
      }
      if (i > 0 && s.token(i - 1).word().equalsIgnoreCase("the") && mentionedBefore(earlier, role.role())) {
        continue; // "the military" after "Pakistan's army": coreference links it
      }
      if (i == last && i > 0 && s.token(i - 1).word().equalsIgnoreCase("the")
          && Coreference.ARMED_GROUP.contains(s.token(i).word().toLowerCase()) && armedGroupBefore(earlier, taken, s.index(), i)) {
        continue; // "the rebels" after "the Houthis": coreference links it
      }
      if (WEAPONS.contains(role.phrase()) && possessive(s, i) < 0) {
        continue; // "drones hit Kyiv": a weapon is its user's, and where it strikes says nothing of who that is
      }
      boolean definite = i > 0 && s.token(i - 1).word().equalsIgnoreCase("the");
      Optional<Country> country = pick(s, evidence, i, last, role).or(() -> definite ? storyCountry(earlier) : Optional.empty());
      if (country.isPresent()) {
        out.add(RawMention.of(s, i, last, new Target.StatePart(country.get(), role.role(), role.label()), How.DICTIONARY));
        i = last;
      }
    }
    return out;
  }

  /** Bodies a state leads as its military: "the Saudi-led coalition", "US-led forces". */
  private static final Set<String> LED_BODIES = Cues.named("led-bodies");
  private static final String MILITARY = "MIL";
  private static final String MILITARY_LABEL = "military";

  /** The state named in "STATE - led" right before a body it leads at {@code i} ("Saudi-led coalition"), if any. */
  private Optional<Country> ledBy(NlpDocument doc, Sentence s, int i) {
    if (i < 3 || !LED_BODIES.contains(s.token(i).word().toLowerCase()) || !s.token(i - 1).word().equalsIgnoreCase("led")
        || !s.token(i - 2).word().equals("-")) {
      return Optional.empty();
    }
    DictionaryIndex.Name name = countryNamed(Spans.text(doc.text(), s, i - 3, i - 3));
    return name == null ? Optional.empty() : Optional.ofNullable(name.country());
  }

  /** The last token of a role phrase starting at {@code first}, if it is one dyad should read as an actor. */
  private int roleEnd(NlpDocument doc, Sentence s, int first, List<RawMention> taken, List<RawMention> out) {
    int n = s.tokens().size();
    for (int last = Math.min(n - 1, first + index.maxRoleTokens() - 1); last >= first; last--) {
      if (roleAt(doc, s, first, last).isEmpty() || !s.token(last).isNoun() || covered(taken, out, s.index(), last)) {
        continue;
      }
      boolean sends = last + 1 < n && s.token(last + 1).isNoun() && MESSAGES.contains(s.token(last + 1).lemma().toLowerCase());
      if (last + 1 < n && s.token(last + 1).isNoun() && !sends) {
        return -1; // "police station", "army convoy": a modifier, not the actor; but "opposition demands" are the opposition's
      }
      Token head = s.token(last);
      boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS") || COLLECTIVE.contains(head.lemma().toLowerCase());
      int b = first - 1;
      while (b >= 0 && first - b <= MAX_MODIFIERS && describes(s.token(b))) {
        b--; // "a prominent anti-corruption activist"
      }
      String before = b >= 0 ? s.token(b).word().toLowerCase() : "";
      boolean determined = ARTICLES.contains(before)
          || (b >= 0 && s.token(b).pos().equals("CD"));
      return plural || determined || sends ? last : -1;
    }
    return -1;
  }

  /**
   * A noun, or the adjective or participle a role phrase may begin with ("armed men", "Armed men
   * stormed a hotel": the phrase, not "men" alone). The phrase must still end in a noun.
   */
  private static boolean mayStartRole(Token t) {
    return t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("VBN") || t.pos().equals("VBG");
  }

  /** A lowercase adjective, participle or noun modifier between a determiner and a role word. */
  private static boolean describes(Token t) {
    String pos = t.pos();
    return !t.capitalised() && (pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("NN") || t.word().equals("-"));
  }

  /**
   * "A suicide bomber killed 12 people in Nigeria's Borno state. The army blamed Boko Haram": "the
   * army" in a sentence that names no country is the army of the country the story is about, the one
   * whose parts were named most so far (the latest on a tie). Only a definite description: a bare
   * "diplomats" or "reporters" presupposes no one already named.
   */
  private static Optional<Country> storyCountry(List<RawMention> earlier) {
    java.util.Map<Country, Integer> counts = new java.util.HashMap<>();
    Country best = null;
    for (RawMention m : earlier) {
      if (m.target() instanceof Target.StatePart p) {
        int n = counts.merge(p.country(), 1, Integer::sum);
        if (best == null || n >= counts.get(best)) {
          best = p.country();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<RoleWord> roleAt(NlpDocument doc, Sentence s, int first, int last) {
    Optional<RoleWord> exact = index.role(Spans.key(doc.text(), s, first, last));
    if (exact.isPresent() || first != last) {
      return exact;
    }
    return index.role(Names.key(s.token(first).lemma()));
  }

  /** A role word right after a name or a proper noun is part of that actor: "Hamas leaders", "Viv Ansanm gang". */
  private static boolean attached(Sentence s, List<RawMention> taken, int i) {
    if (i == 0) {
      return false;
    }
    int before = i - 1;
    while (before >= 0 && s.token(before).pos().equals("JJ")) {
      before--; // "Hamas senior leaders"
    }
    if (before < 0) {
      return false;
    }
    int b = before;
    if (Spans.isPossessive(s.token(b)) && b > 0) {
      b--;
    }
    int prev = b;
    return s.token(prev).isProperNoun() || taken.stream().anyMatch(m -> m.covers(s.index(), prev));
  }

  private List<Evidence> evidence(NlpDocument doc, Sentence s, List<RawMention> taken) {
    List<Evidence> out = new ArrayList<>();
    int n = s.tokens().size();
    for (int i = 0; i < n; i++) {
      for (int last = Math.min(n - 1, i + MAX_NAME_TOKENS - 1); last >= i; last--) {
        DictionaryIndex.Name name = Spans.isPunctuation(s.token(last)) ? null : countryNamed(Spans.text(doc.text(), s, i, last));
        if (name != null && name.kind() == Kind.DEMONYM && forceAfter(s, last)) {
          i = last; // "killed in Israeli tank shelling": the attacker's adjective, no evidence of the victims'
          break;
        }
        if (name != null) {
          // "in Syrian territory", but not "outside the Israeli embassy": a demonym is a place only right after "in"
          boolean possessive = last + 1 < n && Spans.isPossessive(s.token(last + 1));
          boolean locative = (name.kind() == Kind.DEMONYM ? i > 0 && LOCATIVE.contains(s.token(i - 1).word().toLowerCase())
              : afterLocative(s, i)) || possessive;
          boolean inCompound = i > 0 && s.token(i - 1).word().equals("-"); // "Tin-Hama" is no Hama
          if (name.country() != null && !inCompound) { // "Lake Chad", "Latin America": no state, and not the state inside
            out.add(new Evidence(i, name.country(), locative, possessive, name.kind() == Kind.PLACE, beforeHyphen(s, last)));
          }
          i = last;
          break;
        }
      }
    }
    for (RawMention m : taken) {
      boolean weapon = WEAPONS.contains(Spans.text(doc.text(), s, m.last(), m.last()).toLowerCase());
      if (m.sentence() == s.index() && m.target() instanceof Target.StatePart p && !weapon) {
        out.add(new Evidence(m.first(), p.country(), false, false, false, beforeHyphen(s, m.last())));
      }
    }
    return out;
  }

  /** Words for force used, after a state's adjective: "Russian strikes", "Israeli tank shelling". */
  static final Set<String> FORCE = Cues.named("force-words");

  /** Whether a force word follows {@code last} past at most two lowercase nouns ("Israeli tank shelling"). */
  private static boolean forceAfter(Sentence s, int last) {
    for (int i = last + 1; i < s.tokens().size() && i <= last + 3; i++) {
      String w = s.token(i).word();
      if (FORCE.contains(w.toLowerCase()) && (s.token(i).isNoun() || s.token(i).pos().equals("VBG"))) {
        return true;
      }
      if (!s.token(i).isNoun() || Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** "in Kharkiv", "in the central Gaza Strip", "near Russian-occupied Kherson": a locative before the name's modifiers. */
  private static boolean afterLocative(Sentence s, int first) {
    int before = first - 1;
    while (before >= 0 && first - before <= MAX_MODIFIERS && isModifier(s, before)) {
      before--;
    }
    return before >= 0 && LOCATIVE.contains(s.token(before).word().toLowerCase());
  }

  /** "the", "central", "occupied", or a part of a hyphenated compound ("Russian-occupied"). */
  private static boolean isModifier(Sentence s, int t) {
    Token token = s.token(t);
    String pos = token.pos();
    boolean lowercase = Character.isLowerCase(token.word().charAt(0));
    return pos.equals("DT") && !token.word().equalsIgnoreCase("that")
        || lowercase && (pos.startsWith("JJ") || pos.equals("VBN"))
        || token.word().equals("-")
        || beforeHyphen(s, t);
  }

  private static boolean beforeHyphen(Sentence s, int last) {
    return last + 1 < s.tokens().size() && s.token(last + 1).word().equals("-");
  }

  /** The country name, demonym, capital or place {@code surface} is, if capitalised; a place may lie in no state. */
  private DictionaryIndex.Name countryNamed(String surface) {
    if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
      return null;
    }
    for (DictionaryIndex.Name name : index.lookup(Names.key(surface))) {
      if (name.kind() != Kind.ENTRY && (name.country() != null || name.kind() == Kind.PLACE)) {
        return name;
      }
    }
    return null;
  }

  /**
   * Strong evidence before weak, locative before other, then the nearest. Settlers belong to the
   * state that settles them, not to the land they settle: places are no evidence of theirs.
   */
  private static Optional<Country> pick(Sentence s, List<Evidence> evidence, int token, int last, RoleWord role) {
    Evidence best = null;
    int clause = clauseOf(s, token);
    for (Evidence e : evidence) {
      if (e.place() && role.role().equals("SET")) {
        continue;
      }
      if (best == null || better(s, e, best, token, last, clause == clauseOf(s, e.token()), clause == clauseOf(s, best.token()))) {
        best = e;
      }
    }
    return Optional.ofNullable(best).map(Evidence::country);
  }

  /** How a role word names its own place: "residents of Kidal", "activists in Harare", "refugees from Darfur". */
  private static final Set<String> OWN_PLACE = Cues.named("role-own-place-prepositions");

  /** Whether {@code e} is the role's own place: right after it, past "of", "in" or "from" and modifiers. */
  private static boolean ownPlace(Sentence s, int last, Evidence e) {
    if (e.token() < last + 2 || !OWN_PLACE.contains(s.token(last + 1).word().toLowerCase())) {
      return false;
    }
    for (int t = last + 2; t < e.token(); t++) {
      if (!isModifier(s, t)) {
        return false;
      }
    }
    return true;
  }

  /** Relations by which a clause hangs from another: a place named in that other clause is not where the role is. */
  private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "ccomp", "parataxis");
  private static final int MAX_CLIMB = 40;

  /** The head of the clause {@code token} stands in: climb the basic heads until a clause link or the root. */
  private static int clauseOf(Sentence s, int token) {
    int at = token;
    for (int step = 0; step < MAX_CLIMB; step++) {
      org.dyad.nlp.Dependency up = null;
      for (org.dyad.nlp.Dependency d : s.heads(at)) {
        if (d.governor() >= 0 && d.governor() != at && (up == null || d.relation().length() < up.relation().length())) {
          up = d;
        }
      }
      if (up == null || CLAUSE_LINKS.contains(up.baseRelation())) {
        return at;
      }
      at = up.governor();
    }
    return at;
  }

  /**
   * The role's own place first ("residents of Kidal"). {@code eHere}, {@code bestHere}: whether each
   * stands in the role's own clause. A place "in" which
   * something happens says where the role is only in the role's clause: "talks in Geneva ..., days
   * after an armed group killed 12 Malian soldiers" does not make the group Swiss.
   */
  private static boolean better(Sentence s, Evidence e, Evidence best, int token, int last, boolean eHere, boolean bestHere) {
    if (e.weak() != best.weak()) {
      return !e.weak();
    }
    boolean eOwn = ownPlace(s, last, e); // "Residents of Kidal accused fighters of Russia's Africa Corps": Mali's
    if (eOwn != ownPlace(s, last, best)) {
      return eOwn;
    }
    boolean eLocative = e.locative() && (eHere || e.possessive()); // "Venezuela's minister warned that the armed forces"
    boolean bestLocative = best.locative() && (bestHere || best.possessive());
    if (eLocative != bestLocative) {
      return eLocative;
    }
    return Math.abs(e.token() - token) < Math.abs(best.token() - token);
  }

  /** The token of "its" or "their" before the role word at {@code i} and its modifiers ("its own air strikes"), or -1. */
  private static int possessive(Sentence s, int i) {
    int p = i - 1;
    while (p >= 0 && i - p <= MAX_MODIFIERS && (describes(s.token(p)) || s.token(p).word().equalsIgnoreCase("own"))) {
      p--;
    }
    return p >= 0 && GROUP_POSSESSIVES.contains(s.token(p).word().toLowerCase()) ? p : -1;
  }

  /** For "its fighters" or "their own troops": the latest organisation or state named before in the sentence. */
  private static Optional<RawMention> possessiveOwner(Sentence s, int i, List<RawMention> taken) {
    int possessive = possessive(s, i);
    if (possessive < 0) {
      return Optional.empty();
    }
    RawMention best = null;
    for (RawMention m : taken) {
      boolean person = m.target() instanceof Target.NewPerson
          || m.target() instanceof Target.Known k && k.entry().type() == org.dyad.model.ActorType.PERSON;
      if (m.sentence() == s.index() && m.last() < possessive && !person && (best == null || m.last() > best.last())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "fighters of the Syrian Democratic Forces", "members of Hamas": the group named after "of". */
  private static Optional<RawMention> ofOwner(Sentence s, int last, List<RawMention> taken) {
    int at = last + 1;
    if (at >= s.tokens().size() || !s.token(at).word().equalsIgnoreCase("of")) {
      return Optional.empty();
    }
    at++;
    if (at < s.tokens().size() && s.token(at).word().equalsIgnoreCase("the")) {
      at++;
    }
    // "commanders of Sudan's Rapid Support Forces": the group at the end of the noun phrase, past a
    // possessive and modifiers, is the owner
    RawMention best = null;
    for (int first = at; first < s.tokens().size() && first - at <= MAX_MODIFIERS; first++) {
      int f = first;
      Optional<RawMention> m = taken.stream().filter(x -> x.sentence() == s.index() && x.first() == f).findFirst();
      if (m.isPresent()) {
        best = m.get();
      }
      String pos = s.token(first).pos();
      if (!(pos.startsWith("NNP") || pos.equals("POS") || pos.startsWith("JJ") || pos.equals("DT") || s.token(first).word().equals("'s"))) {
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether an armed group is named before {@code token}, in its sentence or within coreference's window before it. */
  private static boolean armedGroupBefore(List<RawMention> earlier, List<RawMention> taken, int sentence, int token) {
    return java.util.stream.Stream.concat(earlier.stream(), taken.stream())
        .anyMatch(m -> (m.sentence() < sentence || (m.sentence() == sentence && m.last() < token))
            && m.sentence() >= sentence - Coreference.WINDOW
            && m.target() instanceof Target.Known k && k.entry().type() == org.dyad.model.ActorType.ARMED_GROUP);
  }

  private static boolean mentionedBefore(List<RawMention> earlier, String role) {
    return earlier.stream().anyMatch(m -> m.target() instanceof Target.StatePart p && p.role().equals(role));
  }

  private static boolean covered(List<RawMention> a, List<RawMention> b, int sentence, int token) {
    return a.stream().anyMatch(m -> m.covers(sentence, token)) || b.stream().anyMatch(m -> m.covers(sentence, token));
  }
}
