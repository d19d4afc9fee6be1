package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.dyad.data.Cues;

/**
 * Mends of known, systematic misparses, applied to every sentence once, after the parser and before
 * any stage reads the parse, so that no stage works around them on its own. Each repair is named and
 * run in the order of {@link #REPAIRS}; each returns the sentence unchanged when its pattern is absent.
 */
public final class ParseRepairs {
  /** A named repair of a sentence's dependencies, given its tokens; {@code why} says what misparse it mends. */
  public record Repair(String name, BiFunction<List<Token>, List<Dependency>, List<Dependency>> mend, String why) {}

  /** The repairs in the order they run. */
  public static final List<Repair> REPAIRS = List.of(
      new Repair("reduced-relative-object", ParseRepairs::reducedRelativeObject,
          "'released the fishermen detained near the islands': the parser makes the object the subject of the participle"),
      new Repair("pronoun-clause-subject", ParseRepairs::pronounClauseSubject,
          "'Pakistan warned it would launch air strikes': the parser makes 'warned it' the subject clause of 'launch'"),
      new Repair("charged-gerund", ParseRepairs::chargedGerund,
          "'accused Hezbollah of firing rockets at towns': the parser makes 'firing' an adjective of 'rockets'"),
      new Repair("trailing-report", ParseRepairs::trailingReport,
          "'Police detained dozens of protesters, the interior ministry said': the parser makes the protesters the ones who said it"));
  /** How the parser hangs a misread participle from the verb whose object it took. */
  private static final List<String> PARTICIPLE_LINKS = List.of("dep", "ccomp", "xcomp");

  private ParseRepairs() {}

  public static List<Dependency> apply(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Repair r : REPAIRS) {
      out = r.mend().apply(tokens, out);
    }
    return out;
  }

  /**
   * "Russian border guards released the Japanese fishermen detained near the Kuril Islands", "China has
   * not released the Canadian citizens held on drug charges": CoreNLP reads the noun as the subject of
   * the participle and hangs the participle from the verb (dep, ccomp, xcomp). When the verb has no
   * object, the participle has no auxiliary, copula or marker, and the noun's phrase lies between the
   * two, the noun is the verb's object and the participle modifies it (acl), as in "the fishermen who
   * were detained".
   */
  static List<Dependency> reducedRelativeObject(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Dependency link : deps) {
      int verb = link.governor();
      int participle = link.dependent();
      if (verb < 0 || !PARTICIPLE_LINKS.contains(link.relation())
          || !tokens.get(verb).isVerb() || !tokens.get(participle).pos().equals("VBN") || participle < verb) {
        continue;
      }
      Dependency subject = only(out, participle, "nsubj");
      if (subject == null || subject.dependent() <= verb || hasAny(out, verb, "obj")
          || hasAny(out, participle, "aux", "aux:pass", "cop", "mark", "obj")
          || !phraseBetween(out, verb, subject.dependent(), participle)) {
        continue;
      }
      int noun = subject.dependent();
      out = relink(out, List.of(link, subject), List.of(new Dependency("obj", verb, noun), new Dependency("acl", noun, participle)));
    }
    return out;
  }

  /** How a charge hangs from who is charged with it: "accused X of firing", "blamed X for shelling". */
  private static final Set<String> CHARGE_CASES = Cues.named("charge-prepositions");
  /** Verbs that charge someone with an act: "accused", "blamed". */
  private static final Set<String> CHARGING = Cues.named("charging-verbs");

  /**
   * "Israel accused Hezbollah of firing rockets at towns", "accused the army of torturing detainees":
   * CoreNLP reads the gerund as an adjective of its object and hangs the object, marked "of", from the
   * accusing verb (or from the accused noun). When the gerund comes right after the marker and the
   * phrase hangs from a charging verb that has an object (or a passive subject), or from such an
   * object, the gerund heads the phrase, its noun is its object, and the noun's own phrases ("at
   * towns") are the gerund's. Other verbs keep the adjective ("warned Israel of mounting casualties").
   */
  static List<Dependency> chargedGerund(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Dependency amod : deps) {
      int gerund = amod.dependent();
      int noun = amod.governor();
      if (!amod.relation().equals("amod") || !tokens.get(gerund).pos().equals("VBG") || gerund < 1 || noun <= gerund) {
        continue;
      }
      Dependency marker = only(out, noun, "case");
      Dependency link = headOf(out, noun);
      if (marker == null || marker.dependent() != gerund - 1 || link == null
          || !CHARGE_CASES.contains(tokens.get(marker.dependent()).word().toLowerCase())
          || !(link.relation().startsWith("obl:") || link.relation().startsWith("nmod:")) || !chargedHead(tokens, out, link.governor())) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>(out.size() + 1);
      for (Dependency d : out) {
        if (d.equals(amod) || d.equals(marker) || d.equals(link)) {
          continue;
        }
        boolean ownPhrase = d.governor() == noun && d.dependent() > noun && d.relation().startsWith("nmod:")
            && !d.relation().equals("nmod:of") && !d.relation().equals("nmod:poss");
        mended.add(ownPhrase ? new Dependency("obl:" + d.relation().substring("nmod:".length()), gerund, d.dependent()) : d);
      }
      mended.add(new Dependency(link.relation(), link.governor(), gerund));
      mended.add(new Dependency("case", gerund, marker.dependent()));
      mended.add(new Dependency("obj", gerund, noun));
      out = mended;
    }
    return out;
  }

  /** A charging verb with an object or passive subject (the one charged), or a noun that is one. */
  private static boolean chargedHead(List<Token> tokens, List<Dependency> deps, int head) {
    if (tokens.get(head).isVerb()) {
      return CHARGING.contains(tokens.get(head).lemma().toLowerCase()) && hasAny(deps, head, "obj", "nsubj:pass");
    }
    Dependency up = headOf(deps, head);
    return up != null && (up.relation().equals("obj") || up.relation().equals("nsubj:pass")) && tokens.get(up.governor()).isVerb()
        && CHARGING.contains(tokens.get(up.governor()).lemma().toLowerCase());
  }

  private static Dependency headOf(List<Dependency> deps, int token) {
    for (Dependency d : deps) {
      if (d.dependent() == token && !d.relation().equals("root")) {
        return d;
      }
    }
    return null;
  }

  /** Verbs by which a closing clause reports the sentence: "..., the ministry said". */
  private static final Set<String> REPORTING = Cues.named("claim-verbs");

  /**
   * "Police detained dozens of protesters, the interior ministry said": CoreNLP makes "protesters" the
   * subject of "said", "the interior ministry" its apposition and the report a complement of "detained",
   * which is left without an object. When a reporting verb after its apposed subject hangs as a
   * complement from a verb before that subject that has no object, the noun is that verb's object, the
   * apposition is who reports, and the report is a clause beside the sentence (parataxis), as the parser
   * reads it when the object is followed by a place or a time ("... in Tbilisi, the ministry said").
   */
  static List<Dependency> trailingReport(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Dependency link : deps) {
      int verb = link.governor();
      int report = link.dependent();
      if (verb < 0 || !link.relation().equals("ccomp") || !tokens.get(verb).isVerb() || report < verb
          || !REPORTING.contains(tokens.get(report).lemma().toLowerCase()) || hasAny(out, verb, "obj")) {
        continue;
      }
      Dependency subject = only(out, report, "nsubj");
      Dependency appos = subject == null ? null : only(out, subject.dependent(), "appos");
      if (subject == null || appos == null || subject.dependent() <= verb || appos.dependent() <= subject.dependent()
          || report < appos.dependent()) {
        continue;
      }
      out = relink(out, List.of(link, subject, appos), List.of(new Dependency("obj", verb, subject.dependent()),
          new Dependency("nsubj", report, appos.dependent()), new Dependency("parataxis", verb, report)));
    }
    return out;
  }

  private static final Set<String> SUBJECT_PRONOUNS = Cues.named("subject-pronouns");
  private static final Set<String> MODALS = Cues.named("modal-verbs");

  /**
   * "Pakistan warned it would launch air strikes", "Mexico warned it would recall its ambassador":
   * CoreNLP reads "warned it" as a clause of its own, the subject (csubj) of the verb after the modal,
   * and the pronoun as the object of "warned". When a verb's clausal subject is a verb whose object is
   * a subject pronoun that comes right before the modal of that verb, the pronoun is the verb's subject
   * and the verb the complement (ccomp) of the one before, as in "warned that it would launch".
   */
  static List<Dependency> pronounClauseSubject(List<Token> tokens, List<Dependency> deps) {
    for (Dependency link : deps) {
      int verb = link.governor();
      int saying = link.dependent();
      if (verb < 0 || !link.relation().equals("csubj") || saying > verb || !tokens.get(saying).isVerb()) {
        continue;
      }
      Dependency object = only(deps, saying, "obj");
      if (object == null || object.dependent() != saying + 1 || object.dependent() + 2 != verb
          || !SUBJECT_PRONOUNS.contains(tokens.get(object.dependent()).word().toLowerCase())
          || !MODALS.contains(tokens.get(verb - 1).word().toLowerCase()) || hasAny(deps, verb, "nsubj")) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>(deps.size());
      for (Dependency d : deps) {
        if (d.equals(link) || d.equals(object)) {
          continue;
        }
        if (d.relation().equals("root") && d.dependent() == verb) {
          mended.add(new Dependency("root", -1, saying));
        } else if (d.governor() == verb && d.relation().equals("punct") && d.dependent() == tokens.size() - 1) {
          mended.add(new Dependency("punct", saying, d.dependent())); // the full stop ends the sentence, whose head moved
        } else {
          mended.add(d);
        }
      }
      mended.add(new Dependency("ccomp", saying, verb));
      mended.add(new Dependency("nsubj", verb, object.dependent()));
      return mended;
    }
    return deps;
  }

  /** {@code deps} without {@code removed}, in their order, then {@code added}. */
  private static List<Dependency> relink(List<Dependency> deps, List<Dependency> removed, List<Dependency> added) {
    List<Dependency> out = new ArrayList<>(deps.size() + added.size());
    for (Dependency d : deps) {
      if (!removed.contains(d)) {
        out.add(d);
      }
    }
    out.addAll(added);
    return out;
  }

  private static Dependency only(List<Dependency> deps, int governor, String relation) {
    Dependency found = null;
    for (Dependency d : deps) {
      if (d.governor() == governor && d.relation().equals(relation)) {
        if (found != null) {
          return null;
        }
        found = d;
      }
    }
    return found;
  }

  private static boolean hasAny(List<Dependency> deps, int governor, String... relations) {
    List<String> wanted = List.of(relations);
    return deps.stream().anyMatch(d -> d.governor() == governor && wanted.contains(d.relation()));
  }

  /** Whether every token strictly between the verb and the participle hangs, directly or not, from the noun. */
  private static boolean phraseBetween(List<Dependency> deps, int verb, int noun, int participle) {
    for (int t = verb + 1; t < participle; t++) {
      if (t != noun && !descends(deps, t, noun, 4)) {
        return false;
      }
    }
    return true;
  }

  private static boolean descends(List<Dependency> deps, int token, int ancestor, int depth) {
    int current = token;
    for (int i = 0; i < depth; i++) {
      Dependency head = headOf(deps, current);
      int up = head == null ? -1 : head.governor();
      if (up == ancestor) {
        return true;
      }
      if (up < 0) {
        return false;
      }
      current = up;
    }
    return false;
  }
}
