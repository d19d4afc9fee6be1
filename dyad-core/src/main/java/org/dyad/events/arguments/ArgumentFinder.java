package org.dyad.events.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.RootTrait;
import org.dyad.data.Cues;
import org.dyad.events.parse.Trees;
import org.dyad.events.rules.FirstMatch;
import org.dyad.events.rules.NamedRule;
import org.dyad.events.trigger.Consequences;
import org.dyad.events.trigger.LexiconEntry;
import org.dyad.events.trigger.Trigger;
import org.dyad.events.trigger.TriggerFinder;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Stage 2 of the coder: the source and target of a trigger from its dependency roles. Verbs: subject
 * (or the controller of "continues to label", or the noun an "-ing" clause modifies) as source; object,
 * indirect object or a prepositional role as target; passives swapped, with "by X" as the agent.
 * Nouns: possessor, modifier or "by X" as source; "of", "against", "on", "for", "with" as target.
 * "between X and Y" gives both. Each role resolves to the actor named in its phrase; coordinated
 * phrases give one actor each. A role naming no actor stays empty rather than guessed.
 */
public final class ArgumentFinder {
  private static final Set<String> TARGET_CASES = Cues.named("target-prepositions");
  /** How an event noun names whom the act is with or against: "a firefight with", "an attack on". */
  private static final Set<String> EVENT_NOUN_CASES = Cues.named("event-noun-prepositions");
  private static final Set<String> AIMED_AT = Cues.named("aimed-at-prepositions");
  private static final Set<String> PRONOUNS = Cues.named("third-person-pronouns");
  private static final Set<String> ORDERS = Cues.named("ordering-verbs");
  private static final Set<String> SENT = Cues.named("sent-from");
  private static final Set<String> REFLEXIVE = Cues.named("reflexive-pronouns");

  /** Roots of acts done to a place's state when a place is what the text names ("shelled Kharkiv"). */
  private static final Set<String> PLACE_ROOTS = Codebook.rootsWith(RootTrait.PLACE);
  /** Verbs of a third party that brings others together: "EU-mediated talks", "a Qatari-brokered truce". */
  private static final Set<String> GO_BETWEEN = Cues.named("go-between-verbs");
  /** CAMEO's "make a visit": its target is the host, named as well by where the visitor went. */
  private static final String VISIT = "042";
  /** CAMEO's "mediate": its targets are the parties, not what is mediated. */
  private static final String MEDIATION = "045";
  /** CAMEO's "express intent to mediate": its targets, too, are the parties ("offered to mediate between X and Y"). */
  private static final String INTENT_TO_MEDIATE = "039";
  /** Roots that act on people and things, whose state adjectives say whose they are ("Russian tankers"). */
  private static final Set<String> MATERIAL_ROOTS = Codebook.rootsWith(RootTrait.MATERIAL);
  private static final Set<String> FORCE_ROOTS = Codebook.rootsWith(RootTrait.FORCE);
  /** What marks a gerund whose doer is the governing verb's object: "accused X of", "blamed X for". */
  private static final Set<String> OBJECT_CONTROL = Cues.named("charge-prepositions");
  private static final Set<String> CHARGING = Cues.named("charging-verbs");
  private static final Set<String> PLACE_CASES = Cues.named("place-of-prepositions");
  private final Function<String, Optional<String>> countryOf;
  private final FirstMatch<Roles> activeSources;
  private final FirstMatch<Roles> passiveSources;
  private final FirstMatch<Roles> verbTargets;
  private final FirstMatch<Roles> nounSources;
  private final FirstMatch<Roles> nounTargets;
  private final Set<String> off;

  /**
   * {@code countryOf}: the gazetteer's country of a place, capital, country or demonym ("Kharkiv" ->
   * UKR); {@code off}: names of rules switched off (see {@link #RULES}).
   */
  public ArgumentFinder(Function<String, Optional<String>> countryOf, Set<String> off) {
    this.countryOf = countryOf;
    this.off = Set.copyOf(off);
    // each chain in its order: the first rule that names an actor decides
    this.activeSources = new FirstMatch<>(List.of(
        new NamedRule<>("order-giver", r -> commander(r.s(), r.v(), r.actors())),
        new NamedRule<>("plural-they", ArgumentFinder::pluralThey),
        new NamedRule<>("subject", r -> actorsOf(r.s(), r.subjects(), r.actors())),
        new NamedRule<>("pronoun-subject", r -> pronounAntecedent(r.s(), r.v(), r.subjects(), r.actors())), // "Israel said it had struck"
        new NamedRule<>("force-adjective", r -> forceUser(r.s(), r.subjects(), r.actors())), // "Russian strikes killed 12"
        new NamedRule<>("responsibility-claimer", r -> r.subjects().stream()
            .flatMap(n -> responsibilityClaimer(r.s(), n, r.actors()).stream()).toList()),
        // "sanctions on Iran if it transferred missiles": a verb without subject takes its clause's
        new NamedRule<>("inherited-subject", r -> r.subjects().isEmpty() ? inheritedSubject(r.s(), r.v(), r.actors(), !MATERIAL_ROOTS.contains(r.root())) : List.of()),
        new NamedRule<>("gerund-of", r -> misparsedGerund(r.s(), r.v()).map(g -> gerundDoer(r.s(), g, r.actors())).orElse(List.of())),
        new NamedRule<>("relative-pronoun-subject", r -> relativePronounSubject(r.s(), r.v(), r.subjects(), r.actors())),
        new NamedRule<>("hyphen-agent", ArgumentFinder::hyphenAgent)), off);
    this.passiveSources = new FirstMatch<>(List.of(
        new NamedRule<>("by-agent", ArgumentFinder::agents),
        // "were killed in Israeli tank shelling": the shelling's state did it
        new NamedRule<>("force-adjective-in", r -> forceUser(r.s(), targetOrIn(r.s(), r.v()), r.actors()))), off);
    this.verbTargets = new FirstMatch<>(List.of(
        new NamedRule<>("object", r -> r.passive() ? List.of() : actorsOf(r.s(), r.objects(), r.actors())),
        new NamedRule<>("mediated-parties", ArgumentFinder::mediatedParties),
        new NamedRule<>("gerund-of-patient", r -> misparsedGerund(r.s(), r.v()).map(g -> actorsOf(r.s(), g.patient(), r.actors())).orElse(List.of())),
        new NamedRule<>("passive-subject", r -> r.passive() ? actorsOf(r.s(), Trees.children(r.s(), r.v(), Set.of("nsubj:pass")), r.actors()) : List.of()),
        new NamedRule<>("participle-patient", r -> r.bareParticiple() ? participlePatient(r.s(), r.v(), r.actors()) : List.of()),
        new NamedRule<>("pronoun-object", r -> r.passive() ? List.of() : pronounObject(r.s(), r.v(), r.objects(), r.actors())),
        new NamedRule<>("them-antecedent", r -> r.passive() ? List.of() : themAntecedent(r)),
        new NamedRule<>("relative-clause-noun", r -> r.passive() || !r.objects().isEmpty() ? List.of() : relativeClauseNoun(r.s(), r.v(), r.subjects(), r.actors())),
        new NamedRule<>("consequence-patient", ArgumentFinder::consequencePatients), // "struck a car, killing a Hezbollah commander"
        new NamedRule<>("oblique", r -> obliqueTargets(r.s(), r.v(), r.actors(), Set.of("obl"))),
        new NamedRule<>("event-noun-oblique", ArgumentFinder::eventNounTargets), // "engaged in a firefight with X"
        new NamedRule<>("place-state", r -> r.sources().size() < 2 && PLACE_ROOTS.contains(r.root()) ? placeState(r, placePhrases(r)) : List.of()),
        new NamedRule<>("asked-to-act", ArgumentFinder::askedToAct),
        new NamedRule<>("accuser", ArgumentFinder::accuser),
        new NamedRule<>("object-state", this::objectState),
        new NamedRule<>("claimed-attack-target", r -> claimedAttackTarget(r.s(), r.v(), r.actors())),
        new NamedRule<>("purpose", ArgumentFinder::purpose),
        new NamedRule<>("participle-object", ArgumentFinder::participleObject),
        new NamedRule<>("conjunct-object", ArgumentFinder::conjunctObject)), off); // "summoned the ambassador and lodged a protest"
    this.nounSources = new FirstMatch<>(List.of(
        new NamedRule<>("responsibility-claimer", r -> responsibilityClaimer(r.s(), r.t().token(), r.actors())),
        new NamedRule<>("predicate-subject", ArgumentFinder::predicateSubject), // "police were on high alert"
        // a noun that only modifies another ("a security cooperation agreement") names no act of the
        // verb's subject: what was signed is the agreement, which its own trigger codes
        new NamedRule<>("governing-subject", r -> r.v() != r.t().token() ? List.of() : governingSubject(r.s(), r.v(), r.actors()))), off);
    this.nounTargets = new FirstMatch<>(List.of(
        new NamedRule<>("acl-object", ArgumentFinder::aclObject), // "airstrikes targeting senior Hamas leaders"
        new NamedRule<>("noun-oblique", r -> obliqueTargets(r.s(), r.v(), r.actors(), Set.of("nmod"))),
        // "strikes on the city of Kharkiv"
        new NamedRule<>("noun-place-state", r -> r.sources().size() < 2 && PLACE_ROOTS.contains(r.root()) ? placeState(r, targetCases(r.s(), r.v(), "nmod")) : List.of())), off);
  }

  ArgumentFinder(Function<String, Optional<String>> countryOf) {
    this(countryOf, Set.of());
  }

  ArgumentFinder() {
    this(name -> Optional.empty());
  }

  /**
   * The names of every argument rule, chain by chain, in their order, with the rules outside chains
   * where they run: read off the chains, so that a rule added to one is listed and can be switched off.
   */
  public static final List<String> RULES = new ArgumentFinder().ruleNames();

  private List<String> ruleNames() {
    return java.util.stream.Stream.of(activeSources.names(), passiveSources.names(), verbTargets.names(),
            List.of("noun-modifier", "between"), nounSources.names(), nounTargets.names(), List.of("aimed-at", "answered-clause"))
        .flatMap(List::stream).distinct().toList();
  }

  /**
   * What the rules of one trigger read: its sentence, the actors, the verb's voice, its subject and
   * object phrases, and the sources found so far (targets exclude them). For nouns {@code v} is the noun.
   */
  private record Roles(Sentence s, Trigger t, ActorSet actors, int v, boolean passive, boolean bareParticiple,
      List<Integer> subjects, List<Integer> objects, List<String> sources) {
    String root() {
      return t.entry().cameo().substring(0, 2);
    }

    Roles withSources(List<String> found) {
      return new Roles(s, t, actors, v, passive, bareParticiple, subjects, objects, found);
    }
  }

  Arguments find(Sentence s, Trigger t, ActorSet actors) {
    return find(s, t, actors, id -> true);
  }

  /**
   * The trigger's arguments among the {@code eligible} actors: every rule's finding is filtered by it,
   * so that when the actor a rule finds is not eligible (the reporter of "..., Ukraine's air force
   * said"), the next rule has its turn.
   */
  public Arguments find(Sentence s, Trigger t, ActorSet actors, java.util.function.Predicate<String> eligible) {
    Arguments a = t.noun() ? noun(s, t, actors, eligible) : verb(s, t, actors, eligible);
    return t.entry().cameo().startsWith("15") ? posture(s, t, a, actors, eligible) : a;
  }

  /**
   * A show of force is aimed at a foreign actor, not at the forces that show it: "Serbia put the army
   * on alert after Kosovo sent police units north" is Serbia against Kosovo, not against its army. The
   * target is a foreign actor the trigger names ("drills around Taiwan") or one in the clause saying
   * what it answers; without one, the posture has no target.
   */
  private Arguments posture(Sentence s, Trigger t, Arguments a, ActorSet actors, java.util.function.Predicate<String> eligible) {
    Set<String> own = countriesOf(a.sources(), actors);
    List<String> targets = new ArrayList<>(a.targets().stream().filter(id -> foreign(id, own, actors)).toList());
    if (!targets.isEmpty()) {
      return a.withTargets(targets, a.targetRule());
    }
    for (Dependency d : off.contains("aimed-at") ? List.<Dependency>of() : s.children(t.token())) {
      boolean aimed = d.baseRelation().equals("obl") && AIMED_AT.contains(Trees.caseOf(s, d.dependent()));
      List<String> found = aimed ? actorsOf(s, d.dependent(), actors) : d.baseRelation().equals("advcl") ? clauseActors(s, d.dependent(), actors) : List.of();
      Optional<String> first = found.stream().filter(id -> foreign(id, own, actors) && !a.sources().contains(id) && eligible.test(id)).findFirst();
      if (first.isPresent()) {
        return a.withTargets(List.of(first.get()), "aimed-at");
      }
    }
    // "China launched drills around Taiwan, and Taiwan put its forces on alert": the posture answers
    // the foreign actor of the clause it is coordinated with
    Dependency up = Trees.head(s, t.token());
    if (!off.contains("answered-clause") && up != null && up.baseRelation().equals("conj") && up.governor() < t.token()) {
      Optional<String> first = clauseActors(s, up.governor(), actors).stream()
          .filter(id -> foreign(id, own, actors) && !a.sources().contains(id) && eligible.test(id)).findFirst();
      if (first.isPresent()) {
        return a.withTargets(List.of(first.get()), "answered-clause");
      }
    }
    return a.withTargets(List.of(), null);
  }

  private static boolean foreign(String id, Set<String> own, ActorSet actors) {
    String country = actors.actor(id).map(org.dyad.model.Actor::country).orElse(null);
    return country == null || !own.contains(country);
  }

  /** The actors of a clause's subject and object, in that order. */
  private static List<String> clauseActors(Sentence s, int verb, ActorSet actors) {
    return actorsOf(s, Trees.children(s, verb, Set.of("nsubj", "nsubj:pass", "obj")), actors);
  }

  private Arguments verb(Sentence s, Trigger t, ActorSet actors, java.util.function.Predicate<String> eligible) {
    int v = t.token();
    boolean bareParticiple = bareParticiple(s, v);
    boolean passive = Trees.hasChild(s, v, "nsubj:pass") || Trees.hasChild(s, v, "aux:pass") || bareParticiple;
    Roles roles = new Roles(s, t, actors, v, passive, bareParticiple, Trees.children(s, v, Set.of("nsubj", "nsubj:xsubj")),
        nonReflexive(s, Trees.children(s, v, Set.of("obj", "iobj"))), List.of());
    FirstMatch.Found sources = (passive ? passiveSources : activeSources).first(roles, eligible);
    if (!passive && sources.empty()) {
      // "a suicide bomber killed 12 people", "fighting armed gangs": the text names a doer, or the clause
      // has one, that is no political actor dyad knows; coding it with no source would say no one did it.
      // A passive without agent ("was arrested") is different: the text itself leaves the doer out.
      return Arguments.NONE;
    }
    // "recalled its envoy from New Delhi": its own envoy is no target
    FirstMatch.Found targets = verbTargets.first(roles.withSources(sources.ids()), id -> !sources.ids().contains(id) && eligible.test(id));
    return new Arguments(sources.ids(), targets.ids(), sources.rule(), targets.rule());
  }

  /** "Obama and Putin said they will attack Iraq": each of them, when "they" is no one else. */
  private static List<String> pluralThey(Roles r) {
    List<String> they = pluralAntecedent(r.s(), r.v(), r.subjects(), r.actors());
    return they.size() >= 2 && they.containsAll(actorsOf(r.s(), r.subjects(), r.actors())) ? they : List.of();
  }

  /** Verbs by which a group owns an attack: "claimed responsibility for", "took credit for". */
  private static final Set<String> OWNING = Cues.named("owning-verbs");
  /** What such a verb owns: "responsibility for", "credit for". */
  private static final Set<String> OWNED = Cues.named("owned-nouns");

  /**
   * "The Islamic State claimed responsibility for a suicide bombing that killed 11 soldiers": who claims
   * an attack is its doer, for the attack's noun and for the clause it is the subject of.
   */
  private static List<String> responsibilityClaimer(Sentence s, int noun, ActorSet actors) {
    Dependency up = Trees.head(s, noun);
    if (up == null || !Trees.caseOf(s, noun).equals("for") || !OWNED.contains(Trees.lemma(s, up.governor()))) {
      return List.of();
    }
    Dependency owning = Trees.head(s, up.governor());
    if (owning == null || !owning.baseRelation().equals("obj") || !OWNING.contains(Trees.lemma(s, owning.governor()))) {
      return List.of();
    }
    return actorsOf(s, Trees.children(s, owning.governor(), Set.of("nsubj")), actors);
  }

  /** Roots of words said against someone, not acts done to them: demands, disapproval, rejection, threats, protest. */
  private static final Set<String> SAID_AGAINST = Codebook.rootsWith(RootTrait.HOSTILE).stream()
      .filter(root -> !MATERIAL_ROOTS.contains(root)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * "Manila summoned the Chinese ambassador and lodged a protest": a demand, protest, rejection or
   * threat joined to an earlier verb of the same subject, with no target of its own, is aimed at that
   * verb's object.
   */
  private static List<String> conjunctObject(Roles r) {
    Dependency h = Trees.head(r.s(), r.v());
    if (!SAID_AGAINST.contains(r.root()) || h == null || !h.baseRelation().equals("conj") || !r.s().token(h.governor()).isVerb()
        || !Trees.children(r.s(), h.governor(), Set.of("nsubj")).containsAll(r.subjects())) {
      return List.of();
    }
    return actorsOf(r.s(), Trees.children(r.s(), h.governor(), Set.of("obj")), r.actors());
  }

  /** A gerund the parser made a modifier of its own object, and the verb whose "of" phrase it is. */
  private record Gerund(int patient, int verb) {}

  /**
   * "accused the army of killing 12 civilians": the parser makes "killing" an adjective of "civilians"
   * and "of ... civilians" a phrase of the accusing verb (or of a noun under it: "accused militias in
   * Enga province of killing 26 villagers"). The gerund's patient is the noun it modifies.
   */
  private static Optional<Gerund> misparsedGerund(Sentence s, int v) {
    Dependency h = Trees.head(s, v);
    if (!s.token(v).pos().equals("VBG") || h == null || !h.baseRelation().equals("amod") || !Trees.caseOf(s, h.governor()).equals("of")) {
      return Optional.empty();
    }
    int phrase = h.governor();
    for (int up = 0; up < 2; up++) {
      Dependency link = Trees.head(s, phrase);
      if (link == null || !Set.of("obl", "nmod").contains(link.baseRelation())) {
        return Optional.empty();
      }
      if (s.token(link.governor()).isVerb()) {
        return Optional.of(new Gerund(h.governor(), link.governor()));
      }
      phrase = link.governor();
    }
    return Optional.empty();
  }

  /** Who the misparsed gerund says acted: the one accused (the verb's object), else the verb's subject. */
  private static List<String> gerundDoer(Sentence s, Gerund g, ActorSet actors) {
    List<Integer> objects = Trees.children(s, g.verb(), Set.of("obj"));
    return actorsOf(s, objects.isEmpty() ? Trees.children(s, g.verb(), Set.of("nsubj")) : objects, actors);
  }

  /**
   * "ISIS claimed responsibility for a bombing that killed 11 soldiers": the claim is aimed at whom
   * the claimed attack was: the object of the clause that tells it, or its "on"/"against" phrase.
   */
  private static List<String> claimedAttackTarget(Sentence s, int v, ActorSet actors) {
    if (!OWNING.contains(Trees.lemma(s, v))) {
      return List.of();
    }
    for (int owned : Trees.children(s, v, Set.of("obj"))) {
      if (!OWNED.contains(Trees.lemma(s, owned))) {
        continue;
      }
      for (Dependency d : s.children(owned)) {
        if (d.baseRelation().equals("nmod") && Trees.caseOf(s, d.dependent()).equals("for")) {
          List<String> out = new ArrayList<>(obliqueTargets(s, d.dependent(), actors, Set.of("nmod")));
          for (int clause : Trees.children(s, d.dependent(), Set.of("acl", "acl:relcl"))) {
            actorsOf(s, Trees.children(s, clause, Set.of("obj")), actors).forEach(id -> addOnce(out, id));
          }
          return out;
        }
      }
    }
    return List.of();
  }

  /** A passive's "by X". */
  private static List<String> agents(Roles r) {
    List<String> out = new ArrayList<>();
    for (Dependency d : r.s().children(r.v())) {
      if (d.relation().equals("obl:agent") || (d.baseRelation().equals("obl") && Trees.caseOf(r.s(), d.dependent()).equals("by"))) {
        actorsOf(r.s(), d.dependent(), r.actors()).forEach(id -> addOnce(out, id));
      }
    }
    return out;
  }

  /** The phrases that may name a place or a state's thing the act is aimed at. */
  private static List<Integer> placePhrases(Roles r) {
    Sentence s = r.s();
    List<Integer> phrases = new ArrayList<>(r.passive() ? Trees.children(s, r.v(), Set.of("nsubj:pass")) : r.objects());
    phrases.addAll(targetCases(s, r.v(), "obl"));
    if (FORCE_ROOTS.contains(r.root()) || r.t().entry().cameo().equals(VISIT)) {
      // "struck an oil refinery in Russia's Samara region": force used in a state is used against it;
      // "Modi arrived in Moscow": a visit to a state's place is a visit to that state
      s.children(r.v()).stream().filter(d -> d.baseRelation().equals("obl") && Trees.caseOf(s, d.dependent()).equals("in"))
          .forEach(d -> phrases.add(d.dependent()));
    }
    return phrases;
  }

  /** "demanded that the Spanish king apologise": a demand or appeal is aimed at who is to act. */
  private static List<String> askedToAct(Roles r) {
    return ASKING_ROOTS.contains(r.root()) ? askedActors(r.s(), r.v(), r.actors()) : List.of();
  }

  /** Who the clauses a verb of asking governs ask to act: their subjects. */
  private static List<String> askedActors(Sentence s, int verb, ActorSet actors) {
    List<String> out = new ArrayList<>();
    for (int clause : Trees.children(s, verb, Set.of("ccomp"))) {
      actorsOf(s, Trees.children(s, clause, Set.of("nsubj", "nsubj:pass")), actors).forEach(id -> addOnce(out, id));
    }
    return out;
  }

  /** Suffixes that make a state's adjective of a compound one: "Saudi-led", "U.S.-backed", "Qatari-brokered". */
  private static final java.util.regex.Pattern STATE_COMPOUND = java.util.regex.Pattern.compile(
      "(.+)-(" + String.join("|", Cues.named("state-compound-suffixes")) + ")", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * "rejected a French proposal", "seized 12 Indian fishing boats", "imposed tariffs on Mexican goods",
   * "ordered an Australian-led mission to leave": an object naming no actor but marked as a state's
   * by its adjective or possessor is aimed at that state: its government when the article names it,
   * else the country. A state's own things are no target of its own ("Israeli police arrested Israeli
   * settlers" names them as actors; "its" names no state).
   */
  private List<String> objectState(Roles r) {
    Sentence s = r.s();
    Set<String> own = ownStates(r);
    List<Integer> phrases = new ArrayList<>(r.passive() ? Trees.children(s, r.v(), Set.of("nsubj:pass")) : r.objects());
    for (int phrase : List.copyOf(phrases)) {
      phrases.addAll(targetCases(s, phrase, "nmod")); // "tariffs on Mexican goods"
    }
    for (int phrase : phrases) {
      for (Dependency d : s.children(phrase)) {
        boolean marks = Set.of("amod", "compound").contains(d.baseRelation()) || d.relation().equals("nmod:poss");
        Optional<String> state = marks ? stateAdjective(s, d.dependent()) : Optional.empty();
        if (state.isPresent() && !own.contains(state.get())) {
          // "rejected a French proposal": what a state sends is its government's; "Russian tankers" are the state's
          return List.of(SENT.contains(s.token(phrase).lemma().toLowerCase(Locale.ROOT)) ? state.get() + "GOV"
              : stateActor(state.get(), r.actors()));
        }
      }
    }
    return List.of();
  }

  /** The state a demonym, a country's name or a "Saudi-led" compound names. */
  private Optional<String> stateAdjective(Sentence s, int token) {
    Optional<String> named = countryNamed(s, token);
    if (named.isPresent()) {
      return named;
    }
    java.util.regex.Matcher m = STATE_COMPOUND.matcher(s.token(token).word());
    return m.matches() && Character.isUpperCase(m.group(1).charAt(0)) ? countryOf.apply(m.group(1)) : Optional.empty();
  }

  /**
   * "marched to demand that the president step down", "fired tear gas to disperse them", "massed
   * troops to deter China": an act done for a purpose its infinitive names is aimed at whom that purpose
   * is: the infinitive's object or target, or whom it asks to act.
   */
  private static List<String> purpose(Roles r) {
    Sentence s = r.s();
    for (int clause : Trees.children(s, r.v(), Set.of("xcomp", "advcl"))) {
      boolean infinitive = Trees.children(s, clause, Set.of("mark")).stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
      // an xcomp may be the verb's own complement ("pledged to support", "agreed to deepen"): a purpose
      // only after the verb's object or oblique has closed its phrase ("fired tear gas to disperse them")
      boolean complement = Trees.head(s, clause).relation().equals("xcomp")
          && s.children(r.v()).stream().noneMatch(d -> Set.of("obj", "obl").contains(d.baseRelation()) && d.dependent() < clause);
      if (!infinitive || complement || !s.token(clause).isVerb()) {
        continue;
      }
      List<Integer> objects = nonReflexive(s, Trees.children(s, clause, Set.of("obj", "iobj")));
      List<String> out = new ArrayList<>(actorsOf(s, objects, r.actors()));
      if (out.isEmpty()) {
        out.addAll(obliqueTargets(s, clause, r.actors(), Set.of("obl")));
      }
      if (out.isEmpty() && objects.size() == 1 && isThem(s, objects.get(0))) {
        out.addAll(antecedentOfThem(r, objects.get(0))); // "fired tear gas to disperse them"
      }
      if (out.isEmpty() && ASKED.contains(Trees.lemma(s, clause))) {
        out.addAll(askedActors(s, clause, r.actors()));
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * "carried out air strikes on two villages, killing at least 21 civilians", "sent troops into the
   * city, vowing to crush the gang": a participle clause after the act, with no subject of its own,
   * tells what the act did or was for; its object (or its infinitive's: "vowing to crush") is whom the
   * act was aimed at when nothing before named anyone.
   */
  private static List<String> participleObject(Roles r) {
    Sentence s = r.s();
    for (Dependency d : s.children(r.v())) {
      int clause = d.dependent();
      if (!Set.of("advcl", "dep").contains(d.baseRelation()) || clause < r.v() || !s.token(clause).pos().equals("VBG")
          || Trees.hasChild(s, clause, "nsubj")) {
        continue;
      }
      List<Integer> objects = new ArrayList<>(nonReflexive(s, Trees.children(s, clause, Set.of("obj"))));
      for (int infinitive : Trees.children(s, clause, Set.of("xcomp"))) {
        objects.addAll(nonReflexive(s, Trees.children(s, infinitive, Set.of("obj"))));
      }
      List<String> out = actorsOf(s, objects, r.actors());
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** Whom a use of force struck, told by the participle of what it did: "pounded the city, killing five people". */
  private static List<String> consequencePatients(Roles r) {
    if (!Consequences.isForce(r.t().entry().cameo())) {
      return List.of();
    }
    for (int p : Consequences.of(r.s(), r.v())) {
      List<String> out = actorsOf(r.s(), nonReflexive(r.s(), Trees.children(r.s(), p, Set.of("obj"))), r.actors());
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * "EU-mediated talks", "a Qatari-brokered truce": the participle's doer is the name joined to it by
   * a hyphen, which the parser leaves as a bare oblique.
   */
  private static List<String> hyphenAgent(Roles r) {
    Sentence s = r.s();
    int before = r.v() - 1;
    if (before < 1 || !s.token(before).pos().equals("HYPH")) {
      return List.of();
    }
    return actorsOf(s, Trees.children(s, r.v(), Set.of("obl", "nsubj", "compound")).stream()
        .filter(o -> o == before - 1 && Trees.caseOf(s, o).isEmpty()).toList(), r.actors());
  }

  /**
   * "talks mediated by Qatar", "EU-mediated talks", "a swap mediated by the UAE": mediation is aimed at
   * the parties to what is mediated: those it is "between", else the subjects of the clause the talks,
   * the swap or the truce belong to ("Russia and Ukraine freed prisoners in a swap mediated by ...").
   */
  private static List<String> mediatedParties(Roles r) {
    if (!r.t().entry().cameo().equals(MEDIATION) && !r.t().entry().cameo().equals(INTENT_TO_MEDIATE)) {
      return List.of();
    }
    return mediatedActors(r).stream().filter(id -> !r.sources().contains(id)).toList();
  }

  /** Who the mediation is between, the mediator among them still (the caller leaves it out). */
  private static List<String> mediatedActors(Roles r) {
    Sentence s = r.s();
    List<String> parties = new ArrayList<>(); // "Qatar mediated between Israel and Hamas"
    List<Integer> verbs = new ArrayList<>(List.of(r.v()));
    verbs.addAll(Trees.children(s, r.v(), Set.of("xcomp"))); // "offered to mediate between ..."
    for (int verb : verbs) {
      for (Dependency d : s.children(verb)) {
        if (d.baseRelation().equals("obl") && Trees.caseOf(s, d.dependent()).equals("between")) {
          actorsOf(s, d.dependent(), r.actors()).forEach(id -> addOnce(parties, id));
        }
      }
    }
    if (parties.stream().anyMatch(id -> !r.sources().contains(id))) {
      return parties;
    }
    Dependency up = Trees.head(s, r.v());
    List<Integer> mediated = new ArrayList<>(Trees.children(s, r.v(), Set.of("obj", "nsubj", "nsubj:pass")));
    if (up != null && Set.of("amod", "acl").contains(up.baseRelation())) {
      mediated.add(up.governor());
    }
    for (int m : mediated) {
      List<String> between = obliqueTargets(s, m, r.actors(), Set.of("nmod"));
      if (between.stream().anyMatch(id -> !r.sources().contains(id))) {
        return between;
      }
    }
    int clause = up != null && up.baseRelation().equals("advcl") ? up.governor() : mediated.stream()
        .map(m -> Trees.head(s, m)).filter(h -> h != null && Set.of("obj", "obl").contains(h.baseRelation()))
        .map(Dependency::governor).findFirst().orElse(-1);
    return clause < 0 ? List.of() : actorsOf(s, Trees.children(s, clause, Set.of("nsubj")), r.actors());
  }

  /** A denial answering an accusation is aimed at the accuser. */
  private static List<String> accuser(Roles r) {
    int accusation = TriggerFinder.accusationAnswered(r.s(), r.t());
    return accusation < 0 ? List.of() : actorsOf(r.s(), Trees.children(r.s(), accusation, Set.of("nsubj")), r.actors());
  }

  /** Verbs whose subject judges, reports or answers an act named by their object, not its doer. */
  private static final Set<String> REACTIONS = Cues.named("reaction-verbs");

  /**
   * "Israel said it had struck Hamas positions", "the army said it was investigating": a pronoun subject
   * is the subject of the clause above that names an actor, when the two agree ("it" no plural noun;
   * "he" or "she" no place or organisation).
   */
  private static List<String> pronounAntecedent(Sentence s, int v, List<Integer> subjects, ActorSet actors) {
    if (subjects.size() != 1 || !PRONOUN_SUBJECTS.contains(s.token(subjects.get(0)).word().toLowerCase())) {
      return List.of();
    }
    String pronoun = s.token(subjects.get(0)).word().toLowerCase();
    List<Integer> named = FIRST_PERSON.contains(pronoun) ? quoteSpeaker(s, v, actors) : List.of();
    if (named.isEmpty()) {
      named = subjectAbove(s, v, actors);
    }
    return named.stream().allMatch(n -> agrees(s.token(n), pronoun)) ? actorsOf(s, named, actors) : List.of();
  }

  private static final Set<String> FIRST_PERSON = Cues.named("first-person-pronouns");
  private static final Set<String> SPEECH_VERBS = Cues.named("speech-verbs");

  /** Whether the word's subject is "I" or "we". */
  public static boolean firstPersonSubject(Sentence s, int v) {
    return Trees.children(s, v, Set.of("nsubj")).stream().anyMatch(n -> FIRST_PERSON.contains(s.token(n).word().toLowerCase()));
  }

  /**
   * '"We will cooperate fully," the justice minister said': "I" or "we" is the subject of the sentence's
   * other speech verb, wherever the parser hangs its reporting clause (parataxis, or lower).
   */
  private static List<Integer> quoteSpeaker(Sentence s, int v, ActorSet actors) {
    for (int report = 0; report < s.tokens().size(); report++) {
      if (report == v || !s.token(report).isVerb() || !SPEECH_VERBS.contains(Trees.lemma(s, report))) {
        continue;
      }
      List<Integer> speaker = Trees.children(s, report, Set.of("nsubj"));
      if (!actorsOf(s, speaker, actors).isEmpty()) {
        return speaker;
      }
    }
    return List.of();
  }

  /** The subject of the nearest clause above {@code v} (up to three) that names an actor, or none. */
  private static List<Integer> subjectAbove(Sentence s, int v, ActorSet actors) {
    int clause = v;
    for (int up = 0; up < 3; up++) {
      Dependency h = Trees.head(s, clause);
      if (h == null || !Set.of("ccomp", "xcomp", "advcl", "conj").contains(h.baseRelation())) {
        return List.of();
      }
      clause = h.governor();
      List<Integer> named = Trees.children(s, clause, Set.of("nsubj"));
      if (!actorsOf(s, named, actors).isEmpty()) {
        return named;
      }
    }
    return List.of();
  }

  private static final Set<String> PRONOUN_SUBJECTS = Cues.named("subject-pronouns");

  /** Names that are no person, so no "he", "she" or "I". */
  private static final Set<String> NOT_PERSONS = Set.of("LOCATION", "ORGANIZATION", "COUNTRY");

  /** Whether a pronoun can take up the antecedent: "it" no plural or person, "he", "she", "I" no plural or non-person name. */
  private static boolean agrees(Token antecedent, String pronoun) {
    return switch (pronoun) {
      case "it" -> !antecedent.pos().endsWith("S") && !antecedent.ner().equals("PERSON");
      case "he", "she", "i" -> !antecedent.pos().endsWith("S") && !NOT_PERSONS.contains(antecedent.ner());
      default -> true;
    };
  }

  /**
   * "France and Germany said they would impose sanctions": "they" (or "we") as the subject of a clause
   * that a verb of saying or deciding governs is everyone its coordinated subject names.
   */
  private static List<String> pluralAntecedent(Sentence s, int v, List<Integer> subjects, ActorSet actors) {
    if (subjects.size() != 1 || !PLURAL_PRONOUNS.contains(s.token(subjects.get(0)).word().toLowerCase())) {
      return List.of();
    }
    return actorsOf(s, subjectAbove(s, v, actors), actors);
  }

  private static final Set<String> PLURAL_PRONOUNS = Cues.named("plural-pronouns");

  /** Verbs that ask for an act their object names: the act is requested, not done. */
  private static final Set<String> ASKED = Cues.named("asking-verbs");

  /** Verbs that stop or reduce what their object names: "suspended aid", "halted the talks". */
  private static final Set<String> ENDED = Cues.named("ending-verbs");

  /** Appeals and demands: their target is whoever is asked to act. */
  private static final Set<String> ASKING_ROOTS = Codebook.rootsWith(RootTrait.ASKS);

  /**
   * "The ELN has not released the five soldiers it abducted": a pronoun subject of a relative clause is
   * the subject of the clause its noun belongs to ("urged the EU to restore the funding it suspended").
   */
  private static List<String> relativePronounSubject(Sentence s, int v, List<Integer> subjects, ActorSet actors) {
    Dependency h = Trees.head(s, v);
    if (h == null || subjects.size() != 1 || !PRONOUNS.contains(s.token(subjects.get(0)).word().toLowerCase())) {
      return List.of();
    }
    int clause;
    if (h.relation().equals("acl:relcl")) {
      Dependency up = Trees.head(s, h.governor());
      clause = up == null ? -1 : up.governor();
    } else {
      // the parser may hang "soldiers it abducted" from the verb: the pronoun right after the verb's object
      int pronoun = subjects.get(0);
      boolean afterObject = Trees.children(s, h.governor(), Set.of("obj")).contains(pronoun - 1);
      clause = Set.of("parataxis", "dep").contains(h.baseRelation()) && afterObject ? h.governor() : -1;
    }
    if (clause < 0 || !s.token(clause).isVerb()) {
      return List.of();
    }
    return actorsOf(s, Trees.children(s, clause, Set.of("nsubj", "nsubj:xsubj")), actors);
  }

  /** "released the five soldiers it abducted", parsed as a clause of its own: the soldiers are the patient. */
  private static List<String> relativeClauseNoun(Sentence s, int v, List<Integer> subjects, ActorSet actors) {
    Dependency h = Trees.head(s, v);
    if (h == null || subjects.size() != 1 || !PRONOUNS.contains(s.token(subjects.get(0)).word().toLowerCase())
        || !Set.of("parataxis", "dep").contains(h.baseRelation())) {
      return List.of();
    }
    List<Integer> before = Trees.children(s, h.governor(), Set.of("obj")).stream().filter(o -> o == subjects.get(0) - 1).toList();
    return actorsOf(s, before, actors);
  }

  /**
   * "imposed sanctions on four judges, accusing them of ...": a pronoun object of a clause hanging from
   * another is that clause's object or oblique target.
   */
  private List<String> pronounObject(Sentence s, int v, List<Integer> objects, ActorSet actors) {
    Dependency h = Trees.head(s, v);
    if (h == null || objects.size() != 1 || !PRONOUNS.contains(s.token(objects.get(0)).word().toLowerCase())
        || !Set.of("advcl", "conj", "xcomp", "dep").contains(h.baseRelation()) || !s.token(h.governor()).isVerb()) {
      return List.of();
    }
    List<String> out = actorsOf(s, Trees.children(s, h.governor(), Set.of("obj")), actors);
    return out.isEmpty() ? obliqueTargets(s, h.governor(), actors, Set.of("obl")) : out;
  }

  /**
   * "protesters marched through Lomé, and security forces fired tear gas to disperse them": "them" as
   * the object is the nearest plural actor named before it in the sentence that is not the act's own
   * source (the subject of a clause is not its own object). One sentence only: across sentences the
   * candidates are too many to choose from without a parse of both.
   */
  private static List<String> themAntecedent(Roles r) {
    Sentence s = r.s();
    List<Integer> them = r.objects().stream().filter(o -> isThem(s, o)).toList();
    return them.size() == 1 ? antecedentOfThem(r, them.get(0)) : List.of();
  }

  private static boolean isThem(Sentence s, int token) {
    return s.token(token).word().equalsIgnoreCase("them");
  }

  private static List<String> antecedentOfThem(Roles r, int pronoun) {
    Sentence s = r.s();
    ActorMention nearest = null;
    for (ActorMention m : r.actors().inSentence(s.index())) {
      boolean plural = s.token(m.lastToken()).pos().equals("NNS") || s.token(m.lastToken()).pos().equals("NNPS");
      if (m.lastToken() < pronoun && plural && !r.sources().contains(m.actorId())
          && (nearest == null || m.lastToken() > nearest.lastToken())) {
        nearest = m;
      }
    }
    return nearest == null ? List.of() : List.of(nearest.actorId());
  }

  /** "The president ordered the coast guard to step up patrols": who orders it does it, as CAMEO codes it. */
  private static List<String> commander(Sentence s, int v, ActorSet actors) {
    Dependency h = Trees.head(s, v);
    if (h == null || !h.baseRelation().equals("xcomp") || !ORDERS.contains(Trees.lemma(s, h.governor()))) {
      return List.of();
    }
    return actorsOf(s, Trees.children(s, h.governor(), Set.of("nsubj")), actors);
  }

  /**
   * A past participle with no auxiliary or object that modifies a noun is passive: "an opposition
   * politician detained at a rally", "talks mediated by Qatar". The parser sometimes makes the noun
   * its subject instead ("after talks mediated by Qatar" as a clause); a relative clause ("a deal the
   * governments signed") or a participle with no subject of its own ("ASEAN ..., called on") is active.
   */
  private static boolean bareParticiple(Sentence s, int v) {
    if (!s.token(v).pos().equals("VBN") || Trees.hasChild(s, v, "aux") || Trees.hasChild(s, v, "obj") || Trees.hasChild(s, v, "cop")) {
      return false;
    }
    Dependency h = Trees.head(s, v);
    if (h == null || partnerWith(s, v)) {
      return false;
    }
    List<Integer> subjects = Trees.children(s, v, Set.of("nsubj"));
    if (h.relation().equals("acl")) {
      return subjects.isEmpty();
    }
    return !h.relation().equals("acl:relcl") && subjects.size() == 1 && subjects.get(0) == v - 1;
  }

  /** "a group allied with Hamas", "aligned with Moscow": a partner after "with" and no agent is a state, not a passive. */
  private static boolean partnerWith(Sentence s, int v) {
    boolean with = false;
    for (Dependency d : s.children(v)) {
      String c = Trees.caseOf(s, d.dependent());
      if (d.baseRelation().equals("obl") && c.equals("by")) {
        return false;
      }
      with |= d.baseRelation().equals("obl") && c.equals("with");
    }
    return with;
  }

  /** Who undergoes a bare participle: the noun it modifies, or its misparsed subject. */
  private static List<String> participlePatient(Sentence s, int v, ActorSet actors) {
    Dependency h = Trees.head(s, v);
    if (h.relation().equals("acl")) {
      return headActor(s, h.governor(), actors);
    }
    return actorsOf(s, Trees.children(s, v, Set.of("nsubj")), actors);
  }

  /**
   * A verb without a subject of its own takes the one of the clause it hangs from: the noun an
   * "-ing" clause modifies ("airstrikes targeting X", "a group allied with X"), or the subject of the
   * main clause ("By supporting X, Hamas sought ...", "decided to X and Y").
   */
  private static List<String> inheritedSubject(Sentence s, int v, ActorSet actors, boolean verbal) {
    Dependency h = Trees.head(s, v);
    if (h == null) {
      return List.of();
    }
    String rel = h.baseRelation();
    if (rel.equals("acl") || (rel.equals("nmod") && s.token(h.governor()).isNoun() && Trees.caseOrMark(s, v).equals("of"))) {
      return headActor(s, h.governor(), actors); // "accused Armenian forces of firing": parsed as the forces' firing
    }
    if ((rel.equals("advcl") || rel.equals("obl")) && OBJECT_CONTROL.contains(Trees.caseOrMark(s, v))) {
      // "accused the RSF of killing civilians", "condemned Israel for bombing": the one accused or
      // blamed is the one said to have acted (the parser marks the gerund with "of" as mark or case,
      // and hangs it as a clause or an oblique); "police were accused of beating vendors": the
      // accused is the passive's subject
      List<Integer> accused = Trees.children(s, h.governor(), Set.of("obj"));
      if (accused.isEmpty() && CHARGING.contains(Trees.lemma(s, h.governor()))) {
        accused = Trees.children(s, h.governor(), Set.of("nsubj:pass"));
      }
      if (!accused.isEmpty()) {
        return actorsOf(s, accused, actors);
      }
    }
    // "raised the alert level, vowing to crush the gang": a participle the parser hangs as "dep"; a
    // material one ("carried out strikes, killing 21") tells what the act did, no act of its own
    boolean participle = verbal && rel.equals("dep") && s.token(v).pos().equals("VBG");
    if (rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj") || participle) {
      return actorsOf(s, Trees.children(s, h.governor(), Set.of("nsubj", "nsubj:xsubj")), actors);
    }
    return List.of();
  }

  /** The actor a noun itself names, or the noun it stands in apposition to ("Islamic Jihad, a group ..."). */
  private static List<String> headActor(Sentence s, int noun, ActorSet actors) {
    Optional<ActorMention> at = actors.at(s.index(), noun);
    if (at.isPresent()) {
      return List.of(at.get().actorId());
    }
    Dependency h = Trees.head(s, noun);
    if (h != null && h.baseRelation().equals("appos")) {
      return actors.at(s.index(), h.governor()).map(m -> List.of(m.actorId())).orElse(List.of());
    }
    return List.of();
  }

  private Arguments noun(Sentence s, Trigger t, ActorSet actors, java.util.function.Predicate<String> eligible) {
    int n = t.token();
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    if (!off.contains("noun-modifier")) {
      actors.at(s.index(), n).ifPresent(m -> sources.add(m.actorId())); // "Israeli airstrikes"
    }
    nounRoles(s, n, actors, sources, targets);
    Dependency up = Trees.head(s, n);
    if (up != null && up.baseRelation().equals("compound") && (sources.isEmpty() || targets.isEmpty())) {
      nounRoles(s, up.governor(), actors, sources, targets); // "a reconciliation attempt between X and Y"
      n = up.governor();
    }
    sources.removeIf(eligible.negate());
    targets.removeIf(eligible.negate());
    Roles roles = new Roles(s, t, actors, n, false, false, List.of(), List.of(), sources);
    FirstMatch.Found found = targets.isEmpty() ? nounTargets.first(roles, eligible) : new FirstMatch.Found(targets, "between");
    Arguments a = new Arguments(sources, found.ids(), "noun-modifier", found.rule());
    if (sources.isEmpty()) {
      FirstMatch.Found governing = nounSources.first(roles, eligible);
      a = a.withSources(governing.ids(), governing.rule());
    }
    if (a.sources().isEmpty() && !hasOfPatient(s, n)) {
      // "attacks on displaced people", "a visit to Taipei": no doer named. "The arrest of five
      // traffickers" is the noun's passive, with its doer left out as in "five were arrested".
      return Arguments.NONE;
    }
    List<String> kept = new ArrayList<>(a.targets());
    kept.removeAll(a.sources());
    return a.withTargets(kept, a.targetRule());
  }

  /** "airstrikes targeting senior Hamas leaders": the object of a clause modifying the noun. */
  private static List<String> aclObject(Roles r) {
    List<String> out = new ArrayList<>();
    for (Dependency d : r.s().children(r.v())) {
      if (d.baseRelation().equals("acl")) {
        actorsOf(r.s(), Trees.children(r.s(), d.dependent(), Set.of("obj")), r.actors()).forEach(id -> addOnce(out, id));
      }
    }
    return out;
  }

  /** Words for force used, whose state's adjective names who used it: "Russian strikes", "Israeli tank shelling". */
  private static final Set<String> FORCE = Cues.named("force-words");

  /** How a phrase names the force an act was done by or in: "killed in Israeli tank shelling". */
  private static final Set<String> MEANS = Cues.named("means-prepositions");

  private static List<Integer> targetOrIn(Sentence s, int v) {
    return s.children(v).stream().filter(d -> d.baseRelation().equals("obl") && MEANS.contains(Trees.caseOf(s, d.dependent())))
        .map(Dependency::dependent).toList();
  }

  /** The state whose adjective marks a phrase of force used: its military when the article names it, else the country. */
  private List<String> forceUser(Sentence s, List<Integer> heads, ActorSet actors) {
    for (int h : heads) {
      // the force word may be the head or, misparsed, its modifier ("Israeli tank shelling" headed by "tank")
      if (!force(s, h) && Trees.children(s, h, Set.of("amod", "compound")).stream().noneMatch(m -> force(s, m))) {
        continue;
      }
      List<Integer> modifiers = new ArrayList<>();
      for (Dependency d : s.children(h)) {
        if (d.baseRelation().equals("amod") || d.baseRelation().equals("compound")) {
          modifiers.add(d.dependent());
          modifiers.addAll(Trees.children(s, d.dependent(), Set.of("amod", "compound"))); // "Israeli tank shelling"
        }
      }
      for (int m : modifiers) {
        {
          Optional<String> iso3 = countryNamed(s, m);
          if (iso3.isPresent()) {
            String military = iso3.get() + "MIL";
            return List.of(actors.actor(military).isPresent() ? military : iso3.get());
          }
        }
      }
    }
    return List.of();
  }

  private static boolean force(Sentence s, int token) {
    return (s.token(token).isNoun() || s.token(token).pos().equals("VBG")) && FORCE.contains(s.token(token).word().toLowerCase());
  }

  /** The phrases under {@code head} by {@code relation} with a target's preposition ("on", "at", "against" ...). */
  private static List<Integer> targetCases(Sentence s, int head, String relation) {
    return s.children(head).stream().filter(d -> d.baseRelation().equals(relation) && TARGET_CASES.contains(Trees.caseOf(s, d.dependent())))
        .map(Dependency::dependent).toList();
  }

  /**
   * "shelled the Ukrainian city of Kharkiv", "struck a refinery in Russia's Samara region", "attacked
   * Iranian nuclear facilities": a phrase naming no actor but a place, or a thing of a state, is aimed
   * at the state the gazetteer puts it in: its government when the article names it, else the country.
   * A state's adjective marks its things, and a place "in" a thing its state, only as targets of force:
   * "supported the Palestinian cause" and "held talks in Brussels" are aimed at no place. Coordinated
   * sources with no target act on each other ("held talks in Brussels" stays Armenia with Azerbaijan).
   */
  private List<String> placeState(Roles r, List<Integer> heads) {
    boolean things = MATERIAL_ROOTS.contains(r.root());
    Set<String> own = ownStates(r);
    for (int h : heads) {
      Optional<String> iso3 = countryIn(r.s(), h, 0, things);
      if (iso3.isPresent() && !own.contains(iso3.get())) {
        // "recalled its ambassador from Phnom Penh": a state's place stands for its government; its
        // things ("Indian fishing boats") stand for the state
        return List.of(things && !isPlace(r.s(), h) ? stateActor(iso3.get(), r.actors()) : iso3.get() + "GOV");
      }
    }
    return List.of();
  }

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** Whether the phrase's head is a named place ("Phnom Penh", "Kharkiv"), not a thing in one. */
  private static boolean isPlace(Sentence s, int head) {
    return PLACE_TAGS.contains(s.token(head).ner());
  }

  /** The countries of the sources: a state's own places and things are no target of its own acts. */
  private static Set<String> ownStates(Roles r) {
    return countriesOf(r.sources(), r.actors());
  }

  private static Set<String> countriesOf(List<String> ids, ActorSet actors) {
    Set<String> out = new java.util.HashSet<>();
    ids.forEach(id -> actors.actor(id).map(org.dyad.model.Actor::country).ifPresent(out::add));
    return out;
  }

  /** A state a place or a state's thing names, as a target: its government when the article names it, else the country. */
  private static String stateActor(String iso3, ActorSet actors) {
    String government = iso3 + "GOV";
    return actors.actor(government).isPresent() ? government : iso3;
  }

  /** The country a phrase's head, its modifiers or a place "of"/"in" it name, up to two phrases down. */
  private Optional<String> countryIn(Sentence s, int head, int hops, boolean things) {
    Optional<String> own = countryNamed(s, head);
    if (own.isPresent()) {
      return own;
    }
    for (Dependency d : s.children(head)) {
      String base = d.baseRelation();
      boolean modifier = ((base.equals("amod") || base.equals("compound")) && things) || d.relation().equals("nmod:poss") || base.equals("appos");
      Optional<String> found = modifier ? countryNamed(s, d.dependent())
          : base.equals("nmod") && hops < 2 && (things ? PLACE_CASES : Set.of("of")).contains(Trees.caseOf(s, d.dependent())) ? countryIn(s, d.dependent(), hops + 1, things)
          : Optional.empty();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The country a capitalised name or demonym at {@code token} names: the whole proper name, else the word. */
  private Optional<String> countryNamed(Sentence s, int token) {
    if (!s.token(token).capitalised() || !(s.token(token).isProperNoun() || s.token(token).pos().startsWith("JJ"))) {
      return Optional.empty();
    }
    int first = token;
    int last = token;
    while (first > 0 && s.token(first - 1).isProperNoun()) {
      first--;
    }
    while (last + 1 < s.tokens().size() && s.token(last + 1).isProperNoun()) {
      last++;
    }
    StringBuilder name = new StringBuilder();
    for (int i = first; i <= last; i++) {
      name.append(i > first ? " " : "").append(s.token(i).word());
    }
    Optional<String> whole = countryOf.apply(name.toString());
    return whole.isPresent() || first == last ? whole : countryOf.apply(s.token(token).word());
  }

  private static boolean hasOfPatient(Sentence s, int noun) {
    return s.children(noun).stream().anyMatch(d -> d.baseRelation().equals("nmod") && Trees.caseOf(s, d.dependent()).equals("of"));
  }

  /**
   * "Police were on high alert", "teachers are on strike": a noun in a prepositional predicate is the
   * state its subject is in.
   */
  private static List<String> predicateSubject(Roles r) {
    int n = r.t().token();
    if (!Trees.hasChild(r.s(), n, "cop") || Trees.caseOf(r.s(), n).isEmpty()) {
      return List.of();
    }
    return actorsOf(r.s(), Trees.children(r.s(), n, Set.of("nsubj")), r.actors());
  }

  /** For "documents confirmed orders for the arrest of X": the subject of the nearest verb above the noun. */
  private static List<String> governingSubject(Sentence s, int noun, ActorSet actors) {
    int child = noun;
    for (int a : Trees.ancestors(s, noun, 3)) {
      Dependency link = Trees.head(s, child);
      if (link != null && (link.baseRelation().equals("obl") || link.baseRelation().equals("advcl"))) {
        return List.of(); // "arrested 16 people during a protest": the arresters did not protest
      }
      child = a;
      if (s.token(a).isVerb() && REACTIONS.contains(Trees.lemma(s, a))) {
        return List.of(); // "the UN condemned attacks on hospitals": who reacts to an act did not do it
      }
      if (s.token(a).isVerb() && (ASKED.contains(Trees.lemma(s, a)) || ENDED.contains(Trees.lemma(s, a)))) {
        // "demanded talks with the government": asked for, not held; "suspended part of a military aid
        // program": the aid is what is cut, not given
        return List.of();
      }
      if (s.token(a).isVerb()) {
        List<Integer> subjects = Trees.children(s, a, Set.of("nsubj"));
        if (subjects.stream().anyMatch(x -> Trees.subtree(s, x, 6).get(noun))) {
          return List.of(); // the noun is in the subject itself
        }
        return actorsOf(s, subjects, actors);
      }
    }
    return List.of();
  }

  /** The noun's own roles: its possessor, modifier or "by X" as sources ("noun-modifier"), "between X and Y" as both. */
  private void nounRoles(Sentence s, int n, ActorSet actors, List<String> sources, List<String> targets) {
    boolean modifier = !off.contains("noun-modifier");
    for (Dependency d : s.children(n)) {
      String rel = d.relation();
      String base = d.baseRelation();
      if (rel.equals("nmod:poss") || base.equals("amod") || base.equals("compound")) {
        if (modifier) {
          actors.at(s.index(), d.dependent()).ifPresent(m -> addOnce(sources, m.actorId()));
        }
      } else if (base.equals("nmod") && Trees.caseOf(s, d.dependent()).equals("between") && !off.contains("between")) {
        List<String> both = actorsOf(s, d.dependent(), actors);
        if (!both.isEmpty()) {
          addOnce(sources, both.get(0));
          both.stream().skip(1).forEach(id -> addOnce(targets, id));
        }
      } else if (modifier && (rel.equals("nmod:agent") || (base.equals("nmod") && Trees.caseOf(s, d.dependent()).equals("by")))) {
        actorsOf(s, d.dependent(), actors).forEach(id -> addOnce(sources, id));
      }
    }
  }

  private static List<String> obliqueTargets(Sentence s, int head, ActorSet actors, Set<String> relations) {
    return obliqueTargets(s, head, actors, relations, TARGET_CASES);
  }

  /** The actors of the first dependent in one of {@code relations} marked by one of {@code cases}. */
  private static List<String> obliqueTargets(Sentence s, int head, ActorSet actors, Set<String> relations, Set<String> cases) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (relations.contains(d.baseRelation()) && cases.contains(Trees.caseOf(s, d.dependent()))) {
        for (String id : actorsOf(s, d.dependent(), actors)) {
          addOnce(out, id);
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return out;
  }

  /**
   * "engaged in a firefight with Boko Haram militants", "signed an agreement with Kyiv": when the
   * lexicon row names the act by the verb's object noun, whom that noun is with, on or against is
   * whom the act is aimed at.
   */
  private static List<String> eventNounTargets(Roles r) {
    // not "of": "investigated the deaths of protesters" is not aimed at the protesters
    Set<String> nouns = r.t().entry().requires().getOrDefault("obj", Set.of());
    if (nouns.isEmpty() || nouns.contains(LexiconEntry.ANY)) {
      return List.of();
    }
    for (Dependency d : r.s().children(r.v())) {
      String base = d.baseRelation();
      boolean object = base.equals("obj") || base.equals("obl") || base.equals("nmod");
      if (object && nouns.contains(Trees.lemma(r.s(), d.dependent()))) {
        List<String> found = obliqueTargets(r.s(), d.dependent(), r.actors(), Set.of("nmod"), EVENT_NOUN_CASES);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static List<Integer> nonReflexive(Sentence s, List<Integer> tokens) {
    return tokens.stream().filter(i -> !REFLEXIVE.contains(s.token(i).word().toLowerCase())).toList();
  }

  static List<String> actorsOf(Sentence s, List<Integer> heads, ActorSet actors) {
    List<String> out = new ArrayList<>();
    for (int h : heads) {
      actorsOf(s, h, actors).forEach(id -> addOnce(out, id));
    }
    return out;
  }

  /** The actors a phrase names: the mention at its head, else the nearest mention inside it; plus its conjuncts. */
  static List<String> actorsOf(Sentence s, int head, ActorSet actors) {
    List<String> out = new ArrayList<>();
    actorIn(s, head, actors).ifPresent(out::add);
    if (actors.at(s.index(), head).isPresent()) {
      // "Haniyeh, Sinwar and Al-Arouri": coordinated actors, each a party; but not the people
      // "including" ones listed under a group ("Hamas leaders, including Haniyeh").
      for (int conj : Trees.children(s, head, Set.of("conj"))) {
        actors.at(s.index(), conj).ifPresent(m -> addOnce(out, m.actorId()));
      }
      // "American and Philippine troops": each coordinated demonym names a party, in the text's order
      List<Integer> mods = Trees.children(s, head, Set.of("amod"));
      for (int mod : mods) {
        boolean coordinated = !Trees.children(s, mod, Set.of("conj")).isEmpty()
            || mods.stream().anyMatch(other -> Trees.children(s, other, Set.of("conj")).contains(mod));
        Optional<ActorMention> m = coordinated ? actors.at(s.index(), mod) : Optional.empty();
        if (m.isPresent() && !out.contains(m.get().actorId())) {
          out.add(mod < actors.at(s.index(), head).get().firstToken() ? 0 : out.size(), m.get().actorId());
        }
      }
    }
    return out;
  }

  private static Optional<String> actorIn(Sentence s, int head, ActorSet actors) {
    Optional<ActorMention> at = actors.at(s.index(), head);
    if (at.isPresent()) {
      return Optional.of(at.get().actorId());
    }
    // the mention nearest the phrase's head in the tree, then in the text: in "two commanders of
    // Sudan's Rapid Support Forces" the commanders are the RSF's, not Sudan's
    int[] depth = Trees.depths(s, head, 2);
    // a relative clause tells about the phrase's noun, its actors are not the noun: "a bombing that
    // killed 11 soldiers" names no soldier as the bombing
    for (int clause : Trees.children(s, head, Set.of("acl:relcl"))) {
      Trees.subtree(s, clause, 6).stream().forEach(i -> depth[i] = -1);
    }
    // a go-between is no party: "resumed EU-mediated talks", "a truce brokered by Qatar"
    for (int participle : Trees.children(s, head, Set.of("amod", "acl"))) {
      if (GO_BETWEEN.contains(Trees.lemma(s, participle))) {
        Trees.subtree(s, participle, 6).stream().forEach(i -> depth[i] = -1);
      }
    }
    ActorMention best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (ActorMention m : actors.inSentence(s.index())) {
      int d = shallowest(depth, m);
      boolean better = d < bestDepth
          || (d == bestDepth && best != null && Math.abs(m.firstToken() - head) < Math.abs(best.firstToken() - head));
      if (d >= 0 && better) {
        best = m;
        bestDepth = d;
      }
    }
    return Optional.ofNullable(best).map(ActorMention::actorId);
  }

  /** The depth of the mention's highest token in the phrase, or -1 when no token of it is inside. */
  private static int shallowest(int[] depth, ActorMention m) {
    int out = -1;
    for (int i = m.firstToken(); i <= m.lastToken() && i < depth.length; i++) {
      if (depth[i] >= 0 && (out < 0 || depth[i] < out)) {
        out = depth[i];
      }
    }
    return out;
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }
}
