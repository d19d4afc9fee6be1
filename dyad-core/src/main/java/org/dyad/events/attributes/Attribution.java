package org.dyad.events.attributes;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.events.rules.NamedRule;
import org.dyad.events.rules.RuleChain;
import org.dyad.events.trigger.Trigger;
import org.dyad.model.Quote;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Stage 4 of the coder: who the text says claims the event. The subject of a saying or claiming verb
 * above the trigger ("Sources cited by Al-Quds Al-Arabi claim that ..."), of one beside it ("...,"
 * the sources alleged), "according to X", or the speaker of the quotation the event is told in.
 * A claimant that names no one ("reports have surfaced") is marked vague. These are named rules run
 * in order ({@link #RULES}); the first that names a claimant decides.
 */
public final class Attribution implements AttributeStage {
  private static final Set<String> CLAIM_VERBS = Cues.named("claim-verbs");
  /** Heads of claimant phrases that name no one: "disturbing reports", "the sources", "media accounts". */
  private static final Set<String> VAGUE_HEADS = Cues.named("vague-claimants");
  /** Nouns that are claims themselves, as subjects of "emerge", "surface", "circulate" ... that X. */
  static final Set<String> CLAIM_NOUNS = Cues.named("claim-nouns");
  /** People who pass information on, as opposed to parties speaking for themselves ("Israel said"). */
  private static final Set<String> INFORMANTS = Cues.named("informants");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");
  /** Relations by which a claim governs what it claims: "claim that X", "X, they said", "accused of X". */
  private static final Set<String> CLAIMED = Set.of("ccomp", "parataxis");
  /** Links that open a clause of its own: a claim beyond one is that clause's, not the sentence's. */
  private static final Set<String> CLAUSE_LINKS = Set.of("conj", "ccomp", "parataxis", "acl", "csubj");
  private static final int MAX_PHRASE = 10;

  /** The claimant rules, in their order: the first that names a claimant decides. */
  private static final List<NamedRule<Telling, Claim>> CLAIMANT_RULES = List.of(
      new NamedRule<>("claim-above", Attribution::claimAbove),
      new NamedRule<>("claim-beside", Attribution::claimBeside),
      new NamedRule<>("trailing-report", c -> trailingReport(c.doc(), c.s(), c.t().token())),
      new NamedRule<>("leading-report", c -> leadingReport(c.doc(), c.s(), c.t().token())),
      new NamedRule<>("according-to", c -> accordingTo(c.doc(), c.s())),
      new NamedRule<>("quote-speaker", Attribution::quoteSpeaker));
  /** The names of the claimant rules, in their order. */
  public static final List<String> RULES = CLAIMANT_RULES.stream().map(NamedRule::name).toList();

  private final RuleChain<Telling, Claim> claimants;

  /** {@code off}: names of claimant rules switched off (see {@link #RULES}). */
  public Attribution(Set<String> off) {
    this.claimants = new RuleChain<>(CLAIMANT_RULES, off);
  }

  Attribution() {
    this(Set.of());
  }

  /** What a claimant rule reads: the trigger, its sentence, the article and its quotations. */
  private record Telling(NlpDocument doc, Sentence s, Trigger t, List<Quote> quotes) {}

  @Override
  public Attributes apply(Told told, Attributes found) {
    return found.withClaim(told.answersAccusation() ? RuleChain.Decided.none() : claimedBy(told.doc(), told.s(), told.t(), told.quotes()));
  }

  /** Who claims the event {@code t} tells, and the rule that found it; both null when no one does. */
  RuleChain.Decided<Claim> claimedBy(NlpDocument doc, Sentence s, Trigger t, List<Quote> quotes) {
    return claimants.first(new Telling(doc, s, t, quotes));
  }

  /**
   * A claim above the trigger, up to five levels: the subject of a claiming verb that governs it as
   * what it claims ("Sources ... claim that ..."), of an accusing verb whose "of" phrase it is in, or
   * the claimant of a claim noun whose content it is ("allegations that ...").
   */
  private static Claim claimAbove(Telling c) {
    Sentence s = c.s();
    int child = c.t().token();
    boolean charged = false; // an "of" or "for" phrase on the way up: what an accusing verb charges
    for (int a : Trees.ancestors(s, c.t().token(), 5)) {
      Dependency link = Trees.head(s, child);
      charged |= link != null && chargedWith(s, link.dependent());
      Claim subject = link != null && (CLAIMED.contains(link.baseRelation()) || charged && accusing(s, link)) ? subjectOfClaim(c.doc(), s, a) : null;
      if (subject == null && toldByClaimNoun(s, child)) {
        subject = claimNounClaim(c.doc(), s, a);
      }
      if (subject != null) {
        return subject;
      }
      child = a;
    }
    return null;
  }

  /** A claim beside the trigger's clause: the subject of a claiming verb in parataxis to its root ("..., the sources alleged"). */
  private static Claim claimBeside(Telling c) {
    for (Dependency d : c.s().children(rootOf(c.s(), c.t().token()))) {
      if (d.baseRelation().equals("parataxis")) {
        Claim subject = subjectOfClaim(c.doc(), c.s(), d.dependent());
        if (subject != null) {
          return subject;
        }
      }
    }
    return null;
  }

  /** The speaker of the quotation the trigger is in; a speaker that is no actor is told as written, and marked vague. */
  private static Claim quoteSpeaker(Telling c) {
    int offset = c.s().token(c.t().token()).start();
    for (Quote q : c.quotes()) {
      if (q.start() <= offset && offset < q.end()) {
        String speaker = q.speaker() != null ? q.speaker().name() : q.speakerText();
        return speaker == null ? null : new Claim(speaker, q.speaker() == null);
      }
    }
    return null;
  }

  /** Verbs whose "of" or "for" phrase tells what they charge someone with. */
  private static final Set<String> ACCUSING = Cues.named("charging-verbs");
  private static final Set<String> CHARGE_CASES = Cues.named("charge-prepositions");
  private static final Set<String> ARTICLES = Cues.named("articles");

  /**
   * "accused the RSF of killing civilians", "blamed the rebels for shelling the market", and the
   * parser's "of ... civilians" phrase when it makes "killing" their adjective, even where it hangs the
   * phrase on another ("accused militias in Enga province of killing 26 villagers"): the act is the
   * accuser's claim.
   */
  private static boolean accusing(Sentence s, Dependency link) {
    return Set.of("advcl", "obl", "nmod").contains(link.baseRelation()) && ACCUSING.contains(Trees.lemma(s, link.governor()));
  }

  private static boolean chargedWith(Sentence s, int phrase) {
    return s.children(phrase).stream()
        .anyMatch(d -> Set.of("case", "mark").contains(d.baseRelation()) && CHARGE_CASES.contains(s.token(d.dependent()).word().toLowerCase()));
  }

  /**
   * The claim a sentence makes about what it tells: the subject of a claiming verb in its main clause
   * that governs a clause ("Sources cited by X claim that ..."), a closing or opening report, or
   * "according to X". A claim in a later clause ("Police arrested 30 protesters, and the organisers
   * said ...") covers that clause only: the sentence's first clause is the article's own statement.
   */
  public Claim ofSentence(NlpDocument doc, Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (CLAIMED.contains(d.baseRelation()) && d.governor() >= 0 && inMainClause(s, d.governor())) {
        Claim subject = subjectOfClaim(doc, s, d.governor());
        if (subject != null) {
          return subject;
        }
      }
    }
    Claim reported = trailingReport(doc, s, 0);
    if (reported == null) {
      reported = leadingReport(doc, s, s.tokens().size());
    }
    return reported != null ? reported : accordingTo(doc, s);
  }

  /**
   * "Sources quoted by The Irrawaddy said the prisoners were shot": a sentence that opens with who
   * says it, found on the surface because the parser may lose the verb (as punctuation, here). The
   * claiming verb comes within the first words, before {@code before}, and only nouns, adjectives,
   * prepositions and participles ("quoted by", "cited by") precede it.
   */
  private static Claim leadingReport(NlpDocument doc, Sentence s, int before) {
    if (!s.token(0).pos().matches("NNP?S?|JJ|DT")) {
      return null; // "They said ..." names no one
    }
    int end = Math.min(Math.min(before, s.tokens().size()), MAX_PHRASE + 1);
    for (int v = 1; v < end; v++) {
      Token t = s.token(v);
      if (t.pos().matches("VBD|VBZ|VBP") && CLAIM_VERBS.contains(t.lemma().toLowerCase())) {
        int first = s.token(0).pos().equals("DT") ? 1 : 0;
        return first < v ? claim(doc, s, first, v - 1) : null;
      }
      if (!t.pos().matches("NNP?S?|JJ|IN|DT|VBN|HYPH|POS|CC|,")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The reporting clause that closes a news sentence, after a comma: "..., the Gaza Health Ministry
   * said." or "..., said a police spokesman on Tuesday." It claims everything before it. The parser
   * hangs it anywhere (parataxis, advcl, dep), so it is found on the surface: a claiming verb after
   * {@code from}, its subject right after a comma (or the verb itself after one, inverted), and no
   * other verb between it and the end of the sentence.
   */
  private static Claim trailingReport(NlpDocument doc, Sentence s, int from) {
    int v = closingClaimVerb(s, from);
    return v < 0 ? null : reportedBy(doc, s, from, v);
  }

  /**
   * The comma that opens the sentence's closing reporting clause (", a Turkish diplomat said."), or -1.
   * Actors named after it report the sentence's events; they take no part in them.
   */
  public int reportingClauseStart(NlpDocument doc, Sentence s) {
    int v = closingClaimVerb(s, 0);
    if (v < 0 || reportedBy(doc, s, 0, v) == null) {
      return -1;
    }
    int comma = v - 1;
    while (comma > 0 && !s.token(comma).word().equals(",")) {
      comma--;
    }
    return comma;
  }

  /** The sentence's last verb after {@code from} when it is a claiming verb, else -1. */
  private static int closingClaimVerb(Sentence s, int from) {
    for (int v = s.tokens().size() - 1; v > from; v--) {
      Token t = s.token(v);
      if (t.isVerb()) {
        // a later clause of its own: the report, if any, is not the sentence's last; "has been
        // telling" is no report: a reporting verb is finite ("said", "says") or a perfect ("has said")
        boolean finite = t.pos().matches("VBD|VBZ|VBP") || t.pos().equals("VBN") && Trees.hasChild(s, v, "aux");
        return finite && CLAIM_VERBS.contains(t.lemma().toLowerCase()) ? v : -1;
      }
    }
    return -1;
  }

  /** Who the claiming verb {@code v} of a closing clause names, when the clause follows a comma. */
  private static Claim reportedBy(NlpDocument doc, Sentence s, int from, int v) {
    for (Dependency d : s.children(v)) {
      if (d.relation().equals("nsubj") && !s.token(d.dependent()).pos().startsWith("PRP")) {
        int first = Trees.subtree(s, d.dependent(), 4).nextSetBit(0);
        boolean afterComma = first > from + 1 && s.token(first - 1).word().equals(",");
        boolean inverted = d.dependent() > v && s.token(v - 1).word().equals(",");
        return afterComma || inverted ? phrase(doc, s, d.dependent()) : null;
      }
    }
    if (s.token(v - 1).word().equals(",")) {
      // ", said a spokesman for the governor.": the parser makes the inverted subject the verb's object
      for (Dependency d : s.children(v)) {
        if (d.baseRelation().equals("obj") && d.dependent() > v && s.token(d.dependent()).isNoun()) {
          return phrase(doc, s, d.dependent());
        }
      }
    }
    return nounPhraseAfterComma(doc, s, from, v);
  }

  /**
   * The root, or a word below it with no clause link between ("Sources cited by X claim that": the
   * claim the tagger reads as a noun hangs on the root by "by"; "..., saying" is the root's own advcl).
   */
  private static boolean inMainClause(Sentence s, int token) {
    int child = token;
    for (int step = 0; step < s.tokens().size(); step++) {
      Dependency up = Trees.head(s, child);
      if (up == null) {
        return true;
      }
      if (CLAUSE_LINKS.contains(up.baseRelation())) {
        return false;
      }
      child = up.governor();
    }
    return false;
  }

  private static int rootOf(Sentence s, int token) {
    List<Integer> above = Trees.ancestors(s, token, 20);
    return above.isEmpty() ? token : above.get(above.size() - 1);
  }

  private static Claim subjectOfClaim(NlpDocument doc, Sentence s, int verb) {
    if (!CLAIM_VERBS.contains(Trees.lemma(s, verb))) {
      return claimNounSubject(doc, s, verb);
    }
    if (!s.token(verb).isVerb()) {
      return mistaggedClaim(doc, s, verb);
    }
    for (Dependency d : s.children(verb)) {
      // "it said" names no one; "Diplomats quoted by Reuters said" may parse as a clausal subject
      if (SUBJECTS.contains(d.relation()) && !s.token(d.dependent()).pos().startsWith("PRP")) {
        return phrase(doc, s, d.dependent());
      }
    }
    // "Reports have surfaced, alleging that ...": the claim's subject is its clause's.
    Dependency up = Trees.head(s, verb);
    if (up != null && Set.of("advcl", "xcomp", "dep", "conj").contains(up.baseRelation())) {
      for (Dependency d : s.children(up.governor())) {
        if (d.relation().equals("nsubj") && !s.token(d.dependent()).pos().startsWith("PRP")) {
          return phrase(doc, s, d.dependent());
        }
      }
    }
    return null;
  }

  /**
   * Is {@code clause} the content of a claim noun: "denied allegations that its troops backed the
   * rebels", "the claim that ..." (the parser makes the clause the noun's ccomp or acl)?
   */
  static boolean toldByClaimNoun(Sentence s, int clause) {
    Dependency up = Trees.head(s, clause);
    return up != null && Set.of("ccomp", "acl").contains(up.relation()) && s.token(up.governor()).isNoun()
        && CLAIM_NOUNS.contains(Trees.lemma(s, up.governor()));
  }

  /**
   * Who a claim noun says makes the claim: its possessor ("Kigali's claim") or agent ("allegations by
   * Kigali"), else the noun phrase itself, which names no one ("fresh allegations"). A pronoun ("its
   * claim") names no one that can be told: no claimant here.
   */
  private static Claim claimNounClaim(NlpDocument doc, Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      if (Set.of("nmod:poss", "nmod:by", "nmod:agent").contains(d.relation())) {
        return s.token(d.dependent()).pos().startsWith("PRP") ? null : phrase(doc, s, d.dependent());
      }
    }
    BitSet words = Trees.subtree(s, noun, 4);
    words.clear(noun + 1, s.tokens().size()); // the noun's modifiers, not the clause it governs
    return words(doc, s, words);
  }

  /** "Reports have emerged that ...", "Allegations surfaced that ...": the claim is the subject noun. */
  private static Claim claimNounSubject(NlpDocument doc, Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj") && CLAIM_NOUNS.contains(Trees.lemma(s, d.dependent()))) {
        return phrase(doc, s, d.dependent());
      }
    }
    return null;
  }

  /**
   * "Sources cited by Al-Quds Al-Arabi claim that ...": after a name the tagger may read the verb as a
   * noun and hang the clause on it. A noun does not take a clausal complement ("the claim that" is
   * acl), so a claim noun with one is the verb, and its subject is the words before it in its clause.
   */
  private static Claim mistaggedClaim(NlpDocument doc, Sentence s, int noun) {
    // Only where a verb could stand: right after its would-be subject, with no article ("on reports
    // that ...", "the claim that ..." are nouns).
    if (noun == 0 || !s.token(noun).pos().equals("NN") || !Trees.hasChild(s, noun, "ccomp")
        || !s.token(noun - 1).isNoun() || Trees.hasChild(s, noun, "det")) {
      return null;
    }
    int first = noun - 1;
    while (first > 0 && !Set.of(",", ";", ":").contains(s.token(first - 1).word()) && noun - first < MAX_PHRASE) {
      first--;
    }
    return claim(doc, s, first, noun - 1);
  }

  /** ", an Egyptian official said": the words between the last comma and the verb, when they are a noun phrase. */
  private static Claim nounPhraseAfterComma(NlpDocument doc, Sentence s, int from, int verb) {
    int comma = verb - 1;
    while (comma > from && !s.token(comma).word().equals(",")) {
      comma--;
    }
    if (comma <= from || verb - comma - 1 < 1 || verb - comma - 1 > MAX_PHRASE) {
      return null;
    }
    boolean noun = false;
    for (int i = comma + 1; i < verb; i++) {
      Token t = s.token(i);
      if (t.isVerb() || t.pos().startsWith("PRP") || t.pos().equals("MD")) {
        return null;
      }
      noun |= t.isNoun();
    }
    if (!noun) {
      return null;
    }
    int first = comma + 1;
    while (first < verb - 1 && ARTICLES.contains(s.token(first).word().toLowerCase())) {
      first++;
    }
    return claim(doc, s, first, verb - 1);
  }

  private static Claim accordingTo(NlpDocument doc, Sentence s) {
    for (int i = 0; i + 2 < s.tokens().size(); i++) {
      if (s.token(i).word().equalsIgnoreCase("according") && s.token(i + 1).word().equalsIgnoreCase("to")) {
        int head = i + 2;
        for (Dependency d : s.dependencies()) {
          if (d.dependent() == i + 1 && d.baseRelation().equals("case") || d.dependent() == i && d.baseRelation().equals("case")) {
            head = d.governor();
          }
        }
        return phrase(doc, s, head);
      }
    }
    return null;
  }

  /** The words of a phrase, at most a few, without a leading determiner: "Sources cited by Al-Quds Al-Arabi". */
  static Claim phrase(NlpDocument doc, Sentence s, int head) {
    BitSet tokens = Trees.subtree(s, head, 4);
    for (Dependency d : s.children(head)) {
      String rel = d.baseRelation();
      if (rel.equals("case") || rel.equals("appos") || rel.equals("punct") || rel.equals("acl:relcl")
          || d.relation().equals("acl:relcl")) {
        tokens.andNot(Trees.subtree(s, d.dependent(), 6)); // "according to X, a spokeswoman for ..." -> "X"
      }
    }
    return words(doc, s, tokens);
  }

  /** The claim the words name, without a leading determiner or trailing punctuation, at most a few. */
  private static Claim words(NlpDocument doc, Sentence s, BitSet tokens) {
    int first = tokens.nextSetBit(0);
    int last = tokens.length() - 1;
    while (first < last && (ARTICLES.contains(s.token(first).word().toLowerCase()) || s.token(first).word().equals(","))) {
      first++;
    }
    while (last > first && (s.token(last).word().equals(",") || s.token(last).pos().equals("."))) {
      last--;
    }
    if (last - first + 1 > MAX_PHRASE) {
      last = first + MAX_PHRASE - 1;
    }
    return claim(doc, s, first, last);
  }

  private static Claim claim(NlpDocument doc, Sentence s, int first, int last) {
    boolean informant = false;
    for (int i = first; i <= last; i++) {
      informant |= s.token(i).isNoun() && INFORMANTS.contains(s.token(i).lemma().toLowerCase());
    }
    return new Claim(doc.original().between(s.token(first).start(), s.token(last).end()), vague(s, first, last), informant);
  }

  /** No name among the words and every noun a kind of telling: "disturbing reports", "the sources". */
  private static boolean vague(Sentence s, int first, int last) {
    boolean noun = false;
    for (int i = first; i <= last; i++) {
      Token t = s.token(i);
      if (t.isProperNoun() || !t.ner().equals("O") || (t.isNoun() && !VAGUE_HEADS.contains(t.lemma().toLowerCase()))) {
        return false;
      }
      noun |= t.isNoun();
    }
    return noun;
  }
}
