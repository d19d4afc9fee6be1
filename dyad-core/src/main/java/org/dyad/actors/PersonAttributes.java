package org.dyad.actors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.actors.ActorResolver.Draft;
import org.dyad.data.Cues;
import org.dyad.model.ActorType;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * What the text says a person is: a title and an affiliation from the words before the name
 * ("Al-Qassam Brigades commander Mamoun Al-Jaloudi", "Syrian President Bashar al-Assad") or from an
 * apposition after it ("Layla Al-Mansour, a political analyst and professor at Damascus University").
 * The first statement wins; the dictionary's own attributes are kept.
 */
final class PersonAttributes {
  private static final Set<String> APPOSITION_LINKS = Cues.named("apposition-prepositions");
  private static final Set<String> POSSESSIVES = Cues.named("group-possessives");
  private static final int MAX_TITLE_TOKENS = 4;
  private static final int MAX_APPOSITION_TOKENS = 15;

  /** How many words before a title may name the body its holder serves: "foreign ministry spokesman". */
  private static final int MAX_QUALIFIER_TOKENS = 2;
  /** The role of ordinary people, which a word before a title never names ("public prosecutor", "family minister"). */
  private static final String CIVILIANS = "CVL";

  private final NameLexicon lexicon;
  private final Function<String, Optional<RoleWord>> roles;

  /** {@code roles}: the role word a lowercase key names ("foreign ministry" -> GOV), as roles.tsv gives it. */
  PersonAttributes(NameLexicon lexicon, Function<String, Optional<RoleWord>> roles) {
    this.lexicon = lexicon;
    this.roles = roles;
  }

  void apply(NlpDocument doc, List<ActorMention> mentions, Map<String, Draft> drafts) {
    for (ActorMention m : mentions) {
      Draft person = drafts.get(m.actorId());
      if (person == null || person.type != ActorType.PERSON) {
        continue;
      }
      Sentence s = doc.sentences().get(m.sentence());
      before(doc, s, m, mentions, drafts, person);
      after(s, m, mentions, drafts, person);
    }
    for (ActorMention m : mentions) {
      Draft person = drafts.get(m.actorId());
      if (person != null && person.type == ActorType.PERSON) {
        placeByTitle(m, mentions, drafts, person);
      }
    }
  }

  /**
   * "Foreign Minister Darius Kalnietis said" after "Lithuania demanded ...": a state title with no
   * state named makes the person an official of the state the text is about: the nearest state in the
   * same sentence, else the latest one in the two sentences before. A state that opens another
   * person's title is that person's: "Foreign Minister Sugiono spoke to Chinese Foreign Minister Wang
   * Yi" says nothing of Sugiono's.
   */
  private void placeByTitle(ActorMention m, List<ActorMention> mentions, Map<String, Draft> drafts, Draft person) {
    if (person.country != null || person.affiliation != null || person.title == null) {
      return;
    }
    Optional<String> role = titleRole(person.title);
    if (role.isEmpty()) {
      return;
    }
    ActorMention best = null;
    for (ActorMention o : mentions) {
      Draft d = drafts.get(o.actorId());
      if (d == null || d.type != ActorType.STATE || o.sentence() > m.sentence() || o.sentence() < m.sentence() - 2
          || titlesAnother(o, m, mentions, drafts)) {
        continue;
      }
      if (best == null || closer(o, best, m)) {
        best = o;
      }
    }
    if (best != null) {
      person.country = drafts.get(best.actorId()).country;
      person.role = role.get();
    }
  }

  /**
   * The part of a state a title says its holder belongs to: the title's own ("Defence Minister": MIL),
   * else that of the body named before it ("Foreign ministry spokesman": GOV, "army spokesman": MIL).
   */
  private Optional<String> titleRole(String title) {
    String key = Names.key(title);
    Optional<String> own = lexicon.titleRole(key);
    if (own.isPresent()) {
      return own; // "Defence Minister", "Foreign Minister": the title says it whole
    }
    Optional<RoleWord> whole = roles.apply(key); // "public prosecutor": a role phrase of its own
    if (whole.isPresent()) {
      return Optional.of(whole.get().role());
    }
    String[] words = key.split(" ");
    for (int cut = Math.min(words.length - 1, MAX_QUALIFIER_TOKENS); cut >= 1; cut--) { // the longest body first
      String body = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
      Optional<RoleWord> served = lexicon.isTitle(rest) ? roles.apply(body) : Optional.empty();
      if (served.isPresent() && !served.get().role().equals(CIVILIANS)) { // "public", "family" name no body
        return Optional.of(served.get().role());
      }
    }
    return Optional.empty();
  }

  /** Same sentence first, nearest wins; else the latest sentence, where its first state (the subject, mostly) wins. */
  private static boolean closer(ActorMention a, ActorMention b, ActorMention to) {
    if (a.sentence() != b.sentence()) {
      return a.sentence() == to.sentence() || (b.sentence() != to.sentence() && a.sentence() > b.sentence());
    }
    if (a.sentence() != to.sentence()) {
      return a.firstToken() < b.firstToken();
    }
    return Math.abs(a.firstToken() - to.firstToken()) < Math.abs(b.firstToken() - to.firstToken());
  }

  /** Whether {@code state} stands right before another person's name, as the state of that person's title. */
  private static boolean titlesAnother(ActorMention state, ActorMention person, List<ActorMention> mentions, Map<String, Draft> drafts) {
    for (ActorMention o : mentions) {
      Draft d = drafts.get(o.actorId());
      if (o.sentence() == state.sentence() && !o.actorId().equals(person.actorId()) && d != null && d.type == ActorType.PERSON
          && o.firstToken() > state.lastToken() && o.firstToken() <= state.lastToken() + 1 + MAX_TITLE_TOKENS
          && java.util.Objects.equals(drafts.get(state.actorId()).country, d.country)) {
        return true;
      }
    }
    return false;
  }

  private void before(NlpDocument doc, Sentence s, ActorMention m, List<ActorMention> mentions, Map<String, Draft> drafts, Draft person) {
    int first = m.firstToken();
    if (first >= 2 && s.token(first - 1).word().equals(",")) {
      Optional<ActorMention> preposed = mentionEndingAt(mentions, s.index(), first - 2);
      Draft owner = preposed.map(p -> drafts.get(p.actorId())).orElse(null);
      if (owner != null && owner.type == ActorType.STATE) {
        link(person, owner); // "Mali's defence minister, Abdoulaye Sangare"
      }
    }
    Optional<ActorMention> state = mentionEndingAt(mentions, s.index(), first - 1);
    if (state.isPresent() && drafts.get(state.get().actorId()) != null
        && drafts.get(state.get().actorId()).type == ActorType.STATE) {
      link(person, drafts.get(state.get().actorId())); // "Senegalese Prime Minister Aminata Ndiaye"
      return;
    }
    int titleStart = first;
    while (titleStart > 0) {
      int found = titleEndingAt(doc, s, titleStart - 1, mentions);
      if (found < 0) {
        break;
      }
      titleStart = found;
    }
    if (titleStart < first) {
      // "Foreign ministry spokesman Lin Jian", "Houthi military spokesman Yahya Saree": the body served is
      // part of the title, and who owns it stands before the body
      titleStart = qualifierStart(doc, s, titleStart, mentions);
      if (person.title == null) {
        person.title = doc.text().substring(s.token(titleStart).start(), s.token(first - 1).end());
      }
    }
    // "Mali's army spokesman, Colonel Adama Kouyaté": a function set off by a comma before the name.
    if (titleStart > 1 && s.token(titleStart - 1).word().equals(",")) {
      int functionStart = titleStart - 1;
      while (functionStart > 0) {
        int found = titleEndingAt(doc, s, functionStart - 1, mentions);
        if (found < 0) {
          break;
        }
        functionStart = found;
      }
      if (functionStart < titleStart - 1) {
        functionStart = qualifierStart(doc, s, functionStart, mentions); // "Mali's army spokesman, Colonel ..."
        if (person.title == null) {
          person.title = doc.text().substring(s.token(functionStart).start(), s.token(titleStart - 2).end());
        }
        titleStart = functionStart;
      }
    }
    if (titleStart == 0) {
      return;
    }
    if (titleStart < first && POSSESSIVES.contains(s.token(titleStart - 1).word().toLowerCase())) {
      // "The Houthis told a different story. Their spokesman, Abdullah al-Marwani, denied ..."
      antecedent(s, titleStart - 1, mentions, drafts).ifPresent(o -> link(person, drafts.get(o.actorId())));
      return;
    }
    Optional<ActorMention> owner = mentionEndingAt(mentions, s.index(), titleStart - 1);
    if (owner.isEmpty() && titleStart < first) {
      return;
    }
    owner.ifPresent(o -> link(person, drafts.get(o.actorId())));
  }

  /**
   * Whom "its" or "their" at {@code token} stands for: the latest group or state named before it in its
   * sentence, else the first one of the sentence before (its subject, mostly). People are no owners.
   */
  private static Optional<ActorMention> antecedent(Sentence s, int token, List<ActorMention> mentions, Map<String, Draft> drafts) {
    ActorMention best = null;
    for (ActorMention o : mentions) {
      Draft d = drafts.get(o.actorId());
      if (d == null || d.type == ActorType.PERSON) {
        continue;
      }
      boolean here = o.sentence() == s.index() && o.lastToken() < token;
      boolean before = o.sentence() == s.index() - 1;
      if (here && (best == null || best.sentence() != s.index() || o.lastToken() > best.lastToken())) {
        best = o;
      } else if (before && (best == null || (best.sentence() != s.index() && o.firstToken() < best.firstToken()))) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first token of a role phrase right before the title at {@code titleStart} ("army spokesman"), else the title's. */
  private int qualifierStart(NlpDocument doc, Sentence s, int titleStart, List<ActorMention> mentions) {
    for (int from = Math.max(0, titleStart - MAX_QUALIFIER_TOKENS); from < titleStart; from++) {
      int at = from;
      boolean named = mentions.stream().anyMatch(o -> o.sentence() == s.index() && o.firstToken() <= titleStart - 1 && at <= o.lastToken());
      if (!named && roles.apply(Spans.key(doc.text(), s, from, titleStart - 1)).isPresent()) {
        return from;
      }
    }
    return titleStart;
  }

  /**
   * The first token of a title that ends at {@code last} ("Secretary - General"), or -1. A title does
   * not start inside a name: in "Arakan Army commander" the title is "commander", of the Arakan Army,
   * not "Army commander".
   */
  private int titleEndingAt(NlpDocument doc, Sentence s, int last, List<ActorMention> mentions) {
    for (int first = Math.max(0, last - MAX_TITLE_TOKENS + 1); first <= last; first++) {
      int at = first;
      boolean insideName = mentions.stream().anyMatch(o -> o.sentence() == s.index() && o.firstToken() < at && at <= o.lastToken());
      if (!insideName && lexicon.isTitle(Spans.key(doc.text(), s, first, last))) {
        return first;
      }
    }
    return -1;
  }

  private void after(Sentence s, ActorMention m, List<ActorMention> mentions, Map<String, Draft> drafts, Draft person) {
    int n = s.tokens().size();
    int at = m.lastToken() + 1;
    if (at >= n || !s.token(at).word().equals(",")) {
      return;
    }
    for (int i = at + 1; i < n && i <= at + MAX_APPOSITION_TOKENS; i++) {
      String w = s.token(i).word().toLowerCase();
      if (w.equals(",") || w.equals(";") || s.token(i).isVerb()) {
        return;
      }
      if (person.title == null && lexicon.isTitle(Names.key(w))) {
        person.title = s.token(i).word();
      }
      // "Helena Marqvist, the U.N. deputy special envoy": an organisation standing before the function.
      Optional<ActorMention> owner = mentionEndingAt(mentions, s.index(), i);
      if (owner.isPresent() && !owner.get().actorId().equals(person.id) && titleWithin(s, i + 1, 3)) {
        link(person, drafts.get(owner.get().actorId()));
        return;
      }
      if (APPOSITION_LINKS.contains(w) && i + 1 < n) {
        int next = s.token(i + 1).word().equalsIgnoreCase("the") ? i + 2 : i + 1;
        Optional<ActorMention> org = mentions.stream().filter(o -> o.covers(s.index(), next)).findFirst();
        if (org.isPresent() && !org.get().actorId().equals(person.id)) {
          link(person, drafts.get(org.get().actorId()));
          return;
        }
      }
    }
  }

  private boolean titleWithin(Sentence s, int from, int reach) {
    for (int i = from; i < Math.min(s.tokens().size(), from + reach); i++) {
      if (lexicon.isTitle(Names.key(s.token(i).word()))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<ActorMention> mentionEndingAt(List<ActorMention> mentions, int sentence, int token) {
    return mentions.stream().filter(o -> o.sentence() == sentence && o.lastToken() == token).findFirst();
  }

  private static void link(Draft person, Draft owner) {
    if (owner == null || owner.type == ActorType.PERSON) {
      return;
    }
    if (owner.type == ActorType.STATE) {
      if (person.country == null) {
        person.country = owner.country;
        person.role = owner.role;
      }
      return;
    }
    if (person.affiliation == null) {
      person.affiliation = owner.id;
      person.affiliationCode = owner.code();
      if (person.country == null) {
        person.country = owner.country;
      }
    }
  }
}
