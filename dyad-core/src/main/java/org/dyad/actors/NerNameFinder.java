package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.actors.RawMention.How;
import org.dyad.data.Cues;
import org.dyad.model.ActorType;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Names the dictionary does not know, from CoreNLP's named entities: people and organisations become
 * actors rather than being dropped. Person names are completed over the parts NER often misses
 * ("Layla" + "al-Mansour"), titles are cut off, and headlines are skipped (NER tags Title Case as ORG).
 * A name the dictionary knows as a place ("Gaza", "Donbas") is no actor, whatever NER calls it.
 */
final class NerNameFinder {
  private static final Set<String> PARTICLES = Cues.named("name-particles");

  private final NameLexicon lexicon;
  private final Predicate<String> isPlace;

  /** {@code isPlace} tells whether a name key ({@link Names#key}) is a known place's. */
  NerNameFinder(NameLexicon lexicon, Predicate<String> isPlace) {
    this.lexicon = lexicon;
    this.isPlace = isPlace;
  }

  /** New names in {@code s} that overlap none of {@code taken}. */
  List<RawMention> find(String doc, Sentence s, List<RawMention> taken) {
    List<RawMention> out = new ArrayList<>();
    if (s.titleCase()) { // NER is unreliable there ("Grim Allegations Haunt Reconciliation Efforts" is an ORG)
      return out;
    }
    int n = s.tokens().size();
    int i = 0;
    while (i < n) {
      String ner = s.token(i).ner();
      if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION") && !ner.equals("LOCATION")) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < n && s.token(last + 1).ner().equals(ner)) {
        last++;
      }
      RawMention m = ner.equals("PERSON") ? person(doc, s, i, last) : organisation(doc, s, i, last, ner);
      if (m != null && isPlace.test(Spans.key(doc, s, m.first(), m.last()))) {
        m = null;
      }
      if (m != null && taken.stream().noneMatch(m::overlaps) && out.stream().noneMatch(m::overlaps)) {
        out.add(m);
        i = m.last() + 1;
      } else {
        i = last + 1;
      }
    }
    return out;
  }

  private RawMention person(String doc, Sentence s, int first, int last) {
    int n = s.tokens().size();
    // Complete the name rightwards over particles, hyphens and capitalised parts NER left out.
    while (last + 1 < n) {
      Token next = s.token(last + 1);
      boolean hyphen = next.word().equals("-") && last + 2 < n && isNamePart(s.token(last + 2));
      if (hyphen) {
        last += 2;
      } else if (isNamePart(next) && next.isProperNoun()) {
        last++;
      } else {
        break;
      }
    }
    while (first <= last && (lexicon.isTitle(Names.key(s.token(first).word())) || Spans.isPunctuation(s.token(first)))) {
      first++;
    }
    while (last >= first && (Spans.isPunctuation(s.token(last)) || Spans.isPossessive(s.token(last)))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    String name = Spans.text(doc, s, first, last);
    if (name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || afterArticle(s, first)) {
      return null; // "the first Intifada" is no person
    }
    return RawMention.of(s, first, last, new Target.NewPerson(name), How.NER);
  }

  private static final Set<String> LOCATIVE = Cues.named("building-prepositions");
  private static final Set<String> ARTICLES = Cues.named("articles");

  private static boolean afterLocative(Sentence s, int first) {
    int before = first - 1;
    if (before >= 0 && s.token(before).word().equalsIgnoreCase("the")) {
      before--;
    }
    return before >= 0 && LOCATIVE.contains(s.token(before).word().toLowerCase());
  }

  private static boolean afterArticle(Sentence s, int first) {
    if (first == 0) {
      return false;
    }
    String w = s.token(first - 1).word().toLowerCase();
    return ARTICLES.contains(w) || s.token(first - 1).pos().equals("JJ");
  }

  private static boolean isNamePart(Token t) {
    String w = t.word();
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || PARTICLES.contains(w.toLowerCase()));
  }

  private RawMention organisation(String doc, Sentence s, int first, int last, String ner) {
    while (first <= last && (s.token(first).word().equalsIgnoreCase("the") || Spans.isPunctuation(s.token(first)))) {
      first++;
    }
    while (last >= first && (Spans.isPunctuation(s.token(last)) || Spans.isPossessive(s.token(last)))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    var type = lexicon.orgType(s.token(last).word());
    for (int i = first; i < last && type.isEmpty(); i++) {
      type = lexicon.orgType(s.token(i).word()); // "University of Dakar"
    }
    if (ner.equals("LOCATION") && type.isEmpty()) {
      return null; // a place, not an actor
    }
    if (type.isEmpty() && afterLocative(s, first)) {
      return null; // "met at the Palais des Nations": NER calls buildings and regions organisations
    }
    String name = Spans.text(doc, s, first, last);
    if (!Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    return RawMention.of(s, first, last,
        new Target.NewOrganisation(name, type.orElse(ActorType.ORGANIZATION), null), How.NER);
  }
}
