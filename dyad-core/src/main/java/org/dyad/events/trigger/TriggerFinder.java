package org.dyad.events.trigger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/** Stage 1 of the coder: the verbs and nouns of a sentence that the lexicon knows as events. */
public final class TriggerFinder {
  public static final String DENIAL = "016";
  /** Verbs that make an accusation another actor may deny; not "say": "said it rejected the plan" is a rejection. */
  static final Set<String> ACCUSING = Cues.named("accusing-verbs");
  /** Nouns by which a rejection names the accusation it answers. */
  private static final Set<String> CHARGES = Cues.named("charge-nouns");
  /** Who or what acts, whose compound names their kind: "riot police", "aid workers". */
  private static final Set<String> AGENT_HEADS = Cues.named("agent-heads");
  /** How a clause answering another hangs from it in the parse ("..., a charge Yerevan denied"). */
  private static final Set<String> ANSWERS = Set.of("ccomp", "parataxis", "dep", "acl", "appos", "advcl");
  private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "PERSON", "LOCATION", "MISC");
  private final EventLexicon lexicon;

  public TriggerFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public List<Trigger> find(Sentence s) {
    List<Trigger> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean noun = t.isNoun() && !t.isProperNoun();
      boolean adjective = t.pos().startsWith("JJ");
      if ((!t.isVerb() && !noun && !adjective) || inName(s, t)) {
        continue;
      }
      Map<String, Set<String>> found = dependents(s, t.index());
      // "ready to sit down with the ELN", "willing to talk": an adjective governing a clause reads as a verb
      boolean governs = adjective && found.containsKey("comp");
      // "the minister was upbeat about the talks": a predicate adjective with a subject, but only by a
      // row that asks for the copula, so that "the border is open" is not the verb "open"
      boolean predicate = adjective && !governs && found.containsKey("cop") && found.containsKey("subj");
      boolean verb = t.isVerb() || governs || predicate;
      if (!verb && !noun) {
        continue;
      }
      if (!verb && namesAgent(s, t)) {
        continue;
      }
      String lemma = t.lemma().toLowerCase();
      Optional<LexiconEntry> e = verb ? lexicon.verb(lemma, found) : lexicon.noun(lemma, found);
      if (predicate) {
        e = e.filter(entry -> entry.requires().containsKey("cop"));
      }
      e.ifPresent(entry -> out.add(new Trigger(s.index(), t.index(), entry, noun)));
    }
    for (Trigger noun : List.copyOf(out)) {
      Optional<Trigger> verb = noun.noun() ? namedByVerb(s, noun, out) : Optional.empty();
      if (verb.isPresent()) {
        out.remove(noun);
        if (!noun.entry().requires().isEmpty() && sameKind(verb.get(), noun)) { // "went on hunger strike": the noun's own row is the narrower
          out.set(out.indexOf(verb.get()), verb.get().recoded(noun.entry().cameo()));
        }
      }
    }
    out.replaceAll(t -> answersAccusation(s, t) ? t.recoded(DENIAL) : t);
    return out;
  }

  /**
   * "Azerbaijan accused Armenian forces of firing, a charge Yerevan denied", "U.S. officials alleged
   * ..., an accusation Tehran rejected": a rejection hanging from an accusation is a denial of it.
   */
  public static boolean answersAccusation(Sentence s, Trigger t) {
    return accusationAnswered(s, t) >= 0;
  }

  /**
   * The accusing verb a rejection or denial answers, or -1: its direct head ("..., a charge Yerevan
   * denied"), or, when the rejection names the charge ("a charge Mauritania has rejected") and the
   * parser hangs it lower in the sentence, the accusing verb above it.
   */
  public static int accusationAnswered(Sentence s, Trigger t) {
    if (!t.entry().cameo().startsWith("12") && !t.entry().cameo().equals(DENIAL)) {
      return -1;
    }
    Dependency h = Trees.head(s, t.token());
    if (h == null || !ANSWERS.contains(h.baseRelation())) {
      return -1;
    }
    if (ACCUSING.contains(Trees.lemma(s, h.governor()))) {
      return h.governor();
    }
    boolean namesCharge = Trees.children(s, t.token(), Set.of("obj")).stream()
        .anyMatch(o -> CHARGES.contains(Trees.lemma(s, o)));
    if (namesCharge) {
      for (int a : Trees.ancestors(s, t.token(), 5)) {
        if (ACCUSING.contains(Trees.lemma(s, a)) && s.token(a).isVerb()) {
          return a;
        }
      }
    }
    return -1;
  }

  /**
   * True when the noun names the verb's own act, so its narrower row may recode the verb: "launched
   * chemical attacks" (190 -> 2041: an attack is the launch's kind of act), "went on hunger strike"
   * (143 -> 142). Not when the verb acts on the noun: "lifted the trade embargo" stays 085, "pledged
   * emergency aid" stays 0333, "suspended humanitarian aid" stays 1623.
   */
  private boolean sameKind(Trigger verb, Trigger noun) {
    String root = verb.entry().cameo().substring(0, 2);
    if (noun.entry().cameo().startsWith(root)) {
      return true;
    }
    return lexicon.noun(noun.entry().lemma(), Map.of()).map(e -> e.cameo().startsWith(root)).orElse(false);
  }

  /**
   * "riot police", "aid workers", "attack helicopters": a noun compounded onto who or what acts names
   * their kind, no event.
   */
  private static boolean namesAgent(Sentence s, Token t) {
    Dependency h = Trees.head(s, t.index());
    return h != null && h.baseRelation().equals("compound") && AGENT_HEADS.contains(Trees.lemma(s, h.governor()));
  }

  /** "Committee to Protect Journalists", "Support" in a party's name: a capitalised word inside a name tells no event. */
  private static boolean inName(Sentence s, Token t) {
    // In a title-case headline every word is capitalised and NER tags verbs as names.
    return t.index() > 0 && t.capitalised() && NAME_TAGS.contains(t.ner()) && !s.titleCase();
  }

  /**
   * "offered its condolences", "imposed sanctions", "launched an attack": a noun the verb's lexicon row
   * asked for as its object is the same event as the verb, not a second one; the verb takes the
   * noun's code when the noun's row is a conditioned, narrower one ("went on hunger strike").
   */
  private static Optional<Trigger> namedByVerb(Sentence s, Trigger noun, List<Trigger> triggers) {
    for (Trigger v : triggers) {
      Set<String> wanted = v.entry().requires().get("obj");
      if (!v.noun() && wanted != null && objects(s, v.token()).contains(noun.token())
          && (wanted.contains(Trees.lemma(s, noun.token())) || wanted.contains(s.token(noun.token()).word().toLowerCase()))) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** What the lexicon's conditions look at: prepositions, objects, their modifiers, particles, complement clauses. */
  static Map<String, Set<String>> dependents(Sentence s, int head) {
    Map<String, Set<String>> found = new HashMap<>();
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      String base = d.baseRelation();
      String lemma = Trees.lemma(s, d.dependent());
      if (base.equals("obl") || base.equals("nmod") || base.equals("advcl")) {
        for (Dependency c : s.children(d.dependent())) {
          if (c.baseRelation().equals("case") || c.baseRelation().equals("mark")) {
            add(found, "prep", s.token(c.dependent()).word().toLowerCase());
          }
        }
      }
      if (base.equals("xcomp") || base.equals("ccomp")) {
        add(found, "comp", lemma); // "offered to host talks": the clause the verb governs
      }
      if (rel.equals("nsubj")) {
        add(found, "subj", lemma); // "mediators met Hamas negotiators": who acts may say what the act is
      }
      if (rel.equals("compound:prt")) {
        add(found, "prt", lemma);
      }
      if (base.equals("cop")) {
        add(found, "cop", lemma); // "was upbeat": a predicate adjective, which a row may ask for
      }
      if (base.equals("amod") || base.equals("compound")) {
        add(found, "objmod", lemma); // "military aid": the noun trigger's own modifier
      }
    }
    Dependency up = Trees.head(s, head);
    if (!found.containsKey("subj") && up != null && up.baseRelation().equals("xcomp")) {
      // "unions threatened to strike": the controlling verb's subject is the governed verb's
      Trees.children(s, up.governor(), Set.of("nsubj")).forEach(n -> add(found, "subj", Trees.lemma(s, n)));
    }
    for (int o : objects(s, head)) {
      add(found, "obj", Trees.lemma(s, o));
      add(found, "obj", s.token(o).word().toLowerCase());
      for (Dependency c : s.children(o)) {
        if (c.baseRelation().equals("amod") || c.baseRelation().equals("compound")) {
          add(found, "objmod", Trees.lemma(s, c.dependent()));
        }
      }
    }
    return found;
  }

  /** The dependents a lexicon row's "obj" condition looks at. */
  private static List<Integer> objects(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      String base = d.baseRelation();
      if (base.equals("obl") || base.equals("nmod") || base.equals("advcl")) {
        out.add(d.dependent()); // "went on strike", "called for the release": the noun counts as the object
      }
      if (base.equals("obj") || d.relation().equals("nsubj:pass") || base.equals("iobj") || base.equals("xcomp")) {
        out.add(d.dependent()); // "declined to comment": the governed verb counts too
        out.addAll(wholeOf(s, d.dependent()));
      }
    }
    return out;
  }

  /** Words that name a share or a batch of something: "suspended part of its military aid" suspends aid. */
  private static final Set<String> PARTITIVES = Cues.named("partitives");
  /** Nouns that hold what their compound names: "halted its aid programmes" halts aid. */
  private static final Set<String> CONTAINERS = Cues.named("containers");

  /** What a partitive or container object holds ("part of its military aid", "aid programmes": aid), or nothing. */
  private static List<Integer> wholeOf(Sentence s, int object) {
    String lemma = Trees.lemma(s, object);
    if (PARTITIVES.contains(lemma)) {
      return s.children(object).stream().filter(c -> c.relation().equals("nmod:of")).map(Dependency::dependent).toList();
    }
    if (CONTAINERS.contains(lemma)) {
      return s.children(object).stream().filter(c -> c.relation().equals("compound")).map(Dependency::dependent).toList();
    }
    return List.of();
  }

  /**
   * True when the trigger has an object or patient in the text, actor or not ("executed six soldiers"),
   * or is a demand, rejection or threat of something: "Iran threatened to walk out of the talks",
   * "the rebels refused to attend" are events whatever what they govern is and whoever it concerns.
   */
  /** First and second person pronouns: in running text the speaker and the one spoken to, not a party. */
  private static final Set<String> INTERLOCUTORS = Cues.named("interlocutors");

  public static boolean hasPatient(Sentence s, Trigger t) {
    // Composed ("refused to release ..."), the governor's patient is the governed event's: no clause alone.
    boolean governs = !t.noun() && t.governed() < 0 && Complements.GOVERNING_ROOTS.contains(t.entry().cameo().substring(0, 2));
    if (t.governed() >= 0 && hasRole(s, t.governed(), s.token(t.governed()).isNoun())) {
      return true; // "insisted that the kidnappers free the schoolgirls": the freeing's patient
    }
    for (Dependency d : s.children(t.token())) {
      if (governs && Complements.CLAUSES.contains(d.baseRelation())) {
        return true;
      }
    }
    return hasRole(s, t.token(), t.noun());
  }

  /** Whether a word has an object, a passive subject or an indirect object (a noun: an "of" phrase). */
  private static boolean hasRole(Sentence s, int token, boolean noun) {
    for (Dependency d : s.children(token)) {
      String rel = d.relation();
      boolean role = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj") || (noun && rel.equals("nmod:of"));
      // "thank you for joining us": the speaker's addressee is no one the text names
      if (role && !INTERLOCUTORS.contains(s.token(d.dependent()).word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, Set<String>> found, String key, String word) {
    found.computeIfAbsent(key, k -> new HashSet<>()).add(word);
  }
}
