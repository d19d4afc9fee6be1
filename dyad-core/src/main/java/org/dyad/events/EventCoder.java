package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.codebook.CameoCode;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.RootTrait;
import org.dyad.events.arguments.ArgumentFinder;
import org.dyad.events.arguments.Arguments;
import org.dyad.events.arguments.ArgumentMend;
import org.dyad.events.arguments.Examples;
import org.dyad.events.arguments.GovernedTargets;
import org.dyad.events.arguments.Mending;
import org.dyad.events.arguments.Reciprocal;
import org.dyad.events.attributes.AttributeStage;
import org.dyad.events.attributes.Attributes;
import org.dyad.events.attributes.Attribution;
import org.dyad.events.attributes.EventTime;
import org.dyad.events.attributes.Locations;
import org.dyad.events.attributes.MassKillings;
import org.dyad.events.attributes.Modality;
import org.dyad.events.attributes.Quantities;
import org.dyad.events.attributes.Told;
import org.dyad.events.discourse.AnsweredClaims;
import org.dyad.events.discourse.Discourse;
import org.dyad.events.discourse.DiscourseStage;
import org.dyad.events.discourse.ImplicitAgents;
import org.dyad.events.discourse.VagueClaims;
import org.dyad.events.merge.EventMerger;
import org.dyad.events.parse.Trees;
import org.dyad.events.trigger.Charges;
import org.dyad.events.trigger.Complements;
import org.dyad.events.trigger.EventLexicon;
import org.dyad.events.trigger.LearnedTriggers;
import org.dyad.events.trigger.ModelSenses;
import org.dyad.events.trigger.Trigger;
import org.dyad.events.trigger.TriggerFinder;
import org.dyad.learned.EventTyping;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Paragraphs;
import org.dyad.nlp.Sentence;

/**
 * The event coder: who did what to whom, from dependency parses and the event lexicon, as a chain of
 * stages run in this order: 1. triggers (lexicon, complements, charges), 2. learned typing (when on),
 * 3. arguments per trigger, then the argument mends ({@link #argumentMends}: governed targets,
 * reciprocal, examples), 4. attribute stages per trigger ({@link #attributeStages}: modality,
 * attribution, time, quantity, scale, location), 5. discourse stages across sentences
 * ({@link #discourseStages}: vague claims, implicit agents, answered claims), 6. merge. Offsets are in
 * the cleaned text. Stateless; thread-safe.
 */
public final class EventCoder {
  /**
   * The learned typing's threshold when it is switched on, chosen on the dev set (docs/accuracy.md).
   * It is off by default: at every threshold tried it left dev F1 the same or lower, and it costs
   * about a fifth of an article's analysis time (docs/benchmarks.md).
   */
  public static final double LEARNED_THRESHOLD = 0.85;
  /** The system property that switches the learned typing on ("on" or a threshold) or off. */
  public static final String THRESHOLD_PROPERTY = "dyad.learned.threshold";
  /** An experiment, off unless set: the learned typing's veto on bare lexicon rows (docs/accuracy.md). */
  public static final String VETO_PROPERTY = "dyad.learned.veto";
  /**
   * The least probability at which the learned typing chooses the sense of a lexicon word whose rows
   * its dependents do not meet ({@link ModelSenses}); chosen on dev, with held-out training sentences
   * as a second check (docs/accuracy.md).
   */
  public static final double SENSES_THRESHOLD = 0.3;
  /** The system property that sets {@link #SENSES_THRESHOLD} otherwise, or switches it "off". */
  public static final String SENSES_PROPERTY = "dyad.learned.senses";
  /** Names of rules to switch off, comma-separated, for measuring what each is worth ({@link #RULES}). */
  public static final String WITHOUT_PROPERTY = "dyad.rules.without";
  /** Every named rule of the coder: the argument rules, then those that mend arguments across clauses. */
  public static final List<String> RULES = Stream.of(ArgumentFinder.RULES,
      List.of(GovernedTargets.NAME, GovernedTargets.CONDITION, Reciprocal.NAME, "implicit-agent", "answered-claim"), Attribution.RULES, EventTime.RULES)
      .flatMap(List::stream).toList();
  /** Roots whose events need no recipient: statements, appeals, intents, protests, force posture. */
  private static final Set<String> UNDIRECTED_ROOTS = Codebook.rootsWith(RootTrait.UNDIRECTED);
  private final Codebook codebook;
  private final TriggerFinder triggers;
  private final Complements complements = Complements.bundled();
  private final Charges charges = Charges.bundled();
  private final ArgumentFinder arguments;
  /** The mends of each trigger's arguments, in the order they run, without those switched off. */
  private final List<ArgumentMend> argumentMends;
  private final Attribution attribution;
  /** The attribute stages, in the order they run; scale reads the quantity before it. */
  private final List<AttributeStage> attributeStages;
  /** The discourse stages, in the order they run, without those switched off. */
  private final List<DiscourseStage> discourseStages;
  private final EventMerger merger = new EventMerger();
  private final LearnedTriggers learned;
  private final ModelSenses senses;

  /**
   * {@code placeNames} tells whether a name is a known place (the actor dictionary's gazetteer);
   * {@code countryOf} gives the country the gazetteer puts a place, capital or demonym in, for place
   * targets; {@code typing}, when not null, chooses the senses of lexicon words ({@link ModelSenses})
   * and types the clauses the lexicon leaves silent, taking those at least {@code threshold} sure
   * (above 1: none).
   */
  public EventCoder(EventLexicon lexicon, Codebook codebook, Predicate<String> placeNames,
      Function<String, Optional<String>> countryOf, EventTyping typing, double threshold) {
    this.codebook = codebook;
    Set<String> off = rulesOff(System.getProperty(WITHOUT_PROPERTY, "")); // read once, not per article
    this.arguments = new ArgumentFinder(countryOf, off);
    this.argumentMends = argumentMends(arguments, off);
    this.attribution = new Attribution(off);
    this.attributeStages = List.of(new Modality(), attribution, new EventTime(off), new Quantities(), new MassKillings(),
        new Locations(placeNames));
    this.discourseStages = discourseStages(off);
    this.triggers = new TriggerFinder(lexicon);
    String veto = System.getProperty(VETO_PROPERTY); // read once, not per article
    this.learned = typing == null || threshold > 1 ? null : new LearnedTriggers(typing, threshold, veto == null ? null : Double.valueOf(veto));
    String senses = sensesSetting();
    this.senses = typing == null || senses.equals("off") ? null : new ModelSenses(typing, lexicon, Double.parseDouble(senses));
  }

  /** Governed targets and reciprocal dyads unless their rules are switched off, then examples standing for their groups. */
  private static List<ArgumentMend> argumentMends(ArgumentFinder arguments, Set<String> off) {
    List<ArgumentMend> out = new ArrayList<>();
    if (!off.contains(GovernedTargets.NAME)) {
      out.add(new GovernedTargets(arguments, !off.contains(GovernedTargets.CONDITION)));
    }
    if (!off.contains(Reciprocal.NAME)) {
      out.add(new Reciprocal());
    }
    out.add(new Examples());
    return List.copyOf(out);
  }

  /** Vague claims, then implicit agents and answered claims unless their rules are switched off. */
  private static List<DiscourseStage> discourseStages(Set<String> off) {
    List<DiscourseStage> out = new ArrayList<>(List.of(new VagueClaims()));
    if (!off.contains("implicit-agent")) {
      out.add(new ImplicitAgents());
    }
    if (!off.contains("answered-claim")) {
      out.add(new AnsweredClaims());
    }
    return List.copyOf(out);
  }

  private static String sensesSetting() {
    return System.getProperty(SENSES_PROPERTY, String.valueOf(SENSES_THRESHOLD));
  }

  private static Set<String> rulesOff(String setting) {
    Set<String> out = java.util.Arrays.stream(setting.split(",")).map(String::strip).filter(n -> !n.isEmpty())
        .collect(java.util.stream.Collectors.toSet());
    for (String name : out) {
      if (!RULES.contains(name)) {
        throw new IllegalArgumentException("no rule named '" + name + "'; the rules are " + String.join(", ", RULES));
      }
    }
    return Set.copyOf(out);
  }

  /** The lexicon alone: no place targets, no learned typing. */
  public EventCoder(EventLexicon lexicon, Codebook codebook, Predicate<String> placeNames) {
    this(lexicon, codebook, placeNames, name -> Optional.empty(), null, 1);
  }

  public static EventCoder standard(Predicate<String> placeNames) {
    return standard(placeNames, name -> Optional.empty());
  }

  /**
   * The bundled lexicon with the bundled learned typing: choosing the senses of lexicon words whose
   * rows their dependents do not meet (at {@link #SENSES_THRESHOLD}, or as {@value #SENSES_PROPERTY}
   * sets it; "off" for none), and typing clauses the lexicon leaves silent when
   * {@value #THRESHOLD_PROPERTY} asks for it: "on" (at {@link #LEARNED_THRESHOLD}) or a threshold
   * such as "0.6". With both off, the lexicon alone, and no model is loaded.
   */
  public static EventCoder standard(Predicate<String> placeNames, Function<String, Optional<String>> countryOf) {
    String setting = System.getProperty(THRESHOLD_PROPERTY, "off");
    if (setting.equals("off") && sensesSetting().equals("off")) {
      return new EventCoder(EventLexicon.bundled(), Codebook.load(), placeNames, countryOf, null, 1);
    }
    double threshold = setting.equals("off") ? 2 : setting.equals("on") ? LEARNED_THRESHOLD : Double.parseDouble(setting);
    return new EventCoder(EventLexicon.bundled(), Codebook.load(), placeNames, countryOf, EventTyping.bundled(), threshold);
  }

  public List<Event> code(NlpDocument doc, ActorSet actors, List<Quote> quotes, LocalDate articleDate) {
    List<List<Trigger>> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      found.add(charges.refine(s, complements.compose(s, triggers.find(s))));
    }
    if (learned != null) {
      found = learned.apply(doc, found, actors);
    }
    if (senses != null) {
      found = senses.apply(doc, found, actors);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Trigger t : found.get(s.index())) {
        candidates.addAll(candidates(doc, s, t, actors, quotes, articleDate));
      }
    }
    Discourse article = new Discourse(doc, actors, new Paragraphs(doc), i -> attribution.ofSentence(doc, doc.sentences().get(i)));
    for (DiscourseStage stage : discourseStages) {
      candidates = stage.apply(candidates, article);
    }
    List<Event> events = new ArrayList<>();
    for (EventMerger.Group g : merger.merge(candidates)) {
      events.add(event("e" + (events.size() + 1), g, actors));
    }
    return events;
  }

  private List<Candidate> candidates(NlpDocument doc, Sentence s, Trigger t, ActorSet actors, List<Quote> quotes, LocalDate date) {
    Predicate<String> eligible = notReporter(doc, s, t, actors);
    Mending mending = new Mending(s, t, actors, eligible);
    Arguments args = arguments.find(s, t, actors, eligible);
    for (ArgumentMend mend : argumentMends) {
      args = mend.apply(mending, args);
    }
    List<Candidate> out = new ArrayList<>();
    if (args.empty() || (args.targets().isEmpty() && !UNDIRECTED_ROOTS.contains(t.entry().cameo().substring(0, 2))
        && !TriggerFinder.hasPatient(s, t))) {
      return out; // "support" with no one and nothing supported is no event; "executed six soldiers" is
    }
    // "Bamako accuses Nouakchott of ..., a charge Mauritania has rejected": the rejection is Mauritania's
    // own act, told by the article; the accusation above it neither claims nor hedges it.
    Told told = new Told(doc, s, t, quotes, date, TriggerFinder.answersAccusation(s, t));
    Attributes a = Attributes.of(t);
    for (AttributeStage stage : attributeStages) {
      a = stage.apply(told, a);
    }
    for (String source : Arguments.orNull(args.sources())) {
      for (String target : Arguments.orNull(args.targets())) {
        int[] span = span(s, t, actors, source, target);
        out.add(new Candidate(s.index(), span[0], span[1], a.cameo(), source, target, a.negated(), a.certainty(),
            a.claim(), a.date(), a.quantity(), a.location(),
            a.claim() == null && a.certainty() == Event.Certainty.ASSERTED && !s.unpunctuated() && !inQuote(s, t, quotes),
            agentlessPassive(s, t), answeredNoun(s, t), t.learned(), args.rules(), a.rules()));
      }
    }
    return out;
  }

  /**
   * "... to discuss a truce, a Turkish diplomat said": who reports the event takes no part in it. The
   * actors the argument rules may find: all but those named only in the reporting clause (a state
   * that a place or a state's thing stands for is named by no mention and stays eligible).
   */
  private Predicate<String> notReporter(NlpDocument doc, Sentence s, Trigger t, ActorSet actors) {
    int cut = attribution.reportingClauseStart(doc, s);
    if (cut <= t.token() || ArgumentFinder.firstPersonSubject(s, t.token())) {
      return id -> true; // '"We will cooperate," the minister said': who says "we" takes part
    }
    List<ActorMention> mentions = actors.inSentence(s.index());
    return id -> mentions.stream().noneMatch(m -> m.actorId().equals(id))
        || mentions.stream().anyMatch(m -> m.actorId().equals(id) && m.lastToken() < cut);
  }

  /**
   * "denied the accusation": the object noun that refers back to an earlier act; a denial with no
   * object ("The army denied", "denied that ...") answers what was said of the denier; otherwise null.
   */
  private static String answeredNoun(Sentence s, Trigger t) {
    List<Integer> objects = Trees.children(s, t.token(), Set.of("obj", "nsubj:pass"));
    for (int o : objects) {
      String lemma = Trees.lemma(s, o);
      if (AnsweredClaims.ROOTS_ANSWERED.containsKey(lemma)) {
        return lemma;
      }
    }
    // "The army denied that any civilians had been harmed": what is denied is told, not who said it
    return objects.isEmpty() && t.entry().cameo().equals(TriggerFinder.DENIAL) && !t.noun() ? AnsweredClaims.SAID_OF_DENIER : null;
  }

  /** "were released", with no "by" phrase: the text leaves the doer implied. */
  private static boolean agentlessPassive(Sentence s, Trigger t) {
    int v = t.token();
    return s.token(v).isVerb() && (Trees.hasChild(s, v, "nsubj:pass") || Trees.hasChild(s, v, "aux:pass"))
        && !Trees.hasChild(s, v, "obl:agent") && !Trees.hasChild(s, v, "obl:by");
  }

  private static boolean inQuote(Sentence s, Trigger t, List<Quote> quotes) {
    int offset = s.token(t.token()).start();
    return quotes.stream().anyMatch(q -> q.start() <= offset && offset < q.end());
  }

  /** The mention's span: from the first to the last of trigger, source and target in this sentence. */
  private static int[] span(Sentence s, Trigger t, ActorSet actors, String source, String target) {
    int start = s.token(t.token()).start();
    int end = s.token(t.token()).end();
    for (ActorMention m : actors.inSentence(s.index())) {
      if (m.actorId().equals(source) || m.actorId().equals(target)) {
        if (Math.abs(m.firstToken() - t.token()) <= 25) {
          start = Math.min(start, m.start());
          end = Math.max(end, m.end());
        }
      }
    }
    return new int[] {start, end};
  }

  private Event event(String id, EventMerger.Group g, ActorSet actors) {
    CameoCode code = codebook.require(g.cameo());
    List<Event.EventMention> mentions = g.mentions.stream()
        .map(c -> new Event.EventMention(c.sentence(), c.start(), c.end(), "", typedBy(c), c.learned(), c.rules(), c.attributeRules())).toList();
    return Event.builder(id).source(ref(actors, g.source())).target(ref(actors, g.target()))
        .cameo(code.code()).root(code.root()).label(code.name()).goldstein(code.goldstein()).quadClass(code.quadClass())
        .plover(code.hasPlover() ? code.plover() : null).ploverMode(code.hasPloverMode() ? code.ploverMode() : null)
        .negated(g.first().negated()).certainty(g.certainty()).claimedBy(g.claimedBy()).date(g.date().value())
        .quantity(g.quantity()).location(g.location()).mentions(mentions).build();
  }

  private static String typedBy(Candidate c) {
    return c.learned() == null ? Event.TYPED_BY_LEXICON : Event.TYPED_BY_MODEL;
  }

  private static ActorRef ref(ActorSet actors, String id) {
    if (id == null) {
      return null;
    }
    Optional<Actor> a = actors.actor(id);
    // a place's country the article names no other way ("shelled the Ukrainian city of Kharkiv": UKR),
    // or its government ("rejected a French proposal": FRAGOV)
    return a.map(Actor::ref).orElse(new ActorRef(id, id.matches("[A-Z]{3}(GOV)?") ? id : null, id));
  }
}
