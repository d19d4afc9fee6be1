package org.dyad.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorSet;
import org.dyad.data.Cues;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.ActorType;
import org.dyad.model.Quote;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The quote stage: every quotation with its speaker. The speaker is, in order of preference: the
 * interview label; the subject of a speech verb outside the quotation in the same sentence ("...,"
 * explains Dr. Al-Mansour; Hamas stated; she calls these allegations "..."); the object of
 * "according to"; else the speaker of the previous quotation of the same paragraph, which a
 * quotation continues. Offsets are in the cleaned text. Stateless; thread-safe.
 */
public final class QuoteExtractor {
  private static final Set<String> SPEECH_VERBS = Cues.named("speech-verbs");
  private final QuoteFinder finder = new QuoteFinder();

  /** Whether a lemma introduces or attributes speech ("say", "tell", "add"): the cue set speech-verbs. */
  public static boolean isSpeechVerb(String lemma) {
    return SPEECH_VERBS.contains(lemma);
  }

  public List<Quote> extract(NlpDocument doc, ActorSet actors) {
    List<QuoteSpan> spans = finder.find(doc.text());
    Map<String, Long> labelCounts = spans.stream().filter(q -> q.label() != null)
        .collect(Collectors.groupingBy(q -> doc.text().substring(q.label().start(), q.label().end()), Collectors.counting()));
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (QuoteSpan q : spans) {
      Speaker speaker;
      if (q.label() != null) {
        speaker = labelSpeaker(doc, actors, q.label());
        String label = doc.text().substring(q.label().start(), q.label().end());
        if (speaker.ref() == null && labelCounts.get(label) < 2) {
          continue; // "Note: ..." is no interview
        }
      } else {
        speaker = attribute(doc, actors, q);
        if (speaker.text() == null && previous != null && sameParagraph(doc.text(), previous.end(), q.start())) {
          speaker = new Speaker(previous.speaker(), previous.speakerText());
        }
      }
      Quote quote = new Quote(speaker.ref(), speaker.text(), doc.text().substring(q.start(), q.end()), q.start(), q.end());
      out.add(quote);
      previous = quote;
    }
    return out;
  }

  private record Speaker(ActorRef ref, String text) {
    static final Speaker NONE = new Speaker(null, null);
  }

  private static Speaker labelSpeaker(NlpDocument doc, ActorSet actors, QuoteSpan.Label label) {
    String text = doc.original().between(label.start(), label.end());
    Optional<ActorMention> m = actors.mentions().stream()
        .filter(a -> a.start() >= label.start() && a.end() <= label.end()).findFirst();
    return new Speaker(m.flatMap(a -> actors.actor(a.actorId())).map(Actor::ref).orElse(null), text);
  }

  private static Speaker attribute(NlpDocument doc, ActorSet actors, QuoteSpan q) {
    List<Sentence> sentences = doc.sentences().stream()
        .filter(s -> s.start() < q.closeAt() + 1 && q.openAt() < s.end()).toList();
    if (sentences.isEmpty()) {
      return Speaker.NONE;
    }
    // The attribution usually follows the quotation ("...," she said) or precedes it (She said: "...").
    for (Sentence s : List.of(sentences.get(sentences.size() - 1), sentences.get(0))) {
      Speaker sp = speechVerbSubject(doc, actors, s, q);
      if (sp.text() != null) {
        return sp;
      }
    }
    return accordingTo(doc, actors, sentences.get(0), q);
  }

  private static boolean outside(Token t, QuoteSpan q) {
    return t.end() <= q.openAt() || t.start() > q.closeAt();
  }

  private static Speaker speechVerbSubject(NlpDocument doc, ActorSet actors, Sentence s, QuoteSpan q) {
    for (Token t : s.tokens()) {
      if (!t.isVerb() || !outside(t, q) || !SPEECH_VERBS.contains(t.lemma().toLowerCase())) {
        continue;
      }
      for (Dependency d : s.children(t.index())) {
        if (d.baseRelation().equals("nsubj") && outside(s.token(d.dependent()), q)) {
          return speakerAt(doc, actors, s, d.dependent());
        }
      }
      // '"...," said Zelensky': CoreNLP often parses the inverted subject as an object or xcomp.
      if (t.start() > q.closeAt()) {
        for (Dependency d : s.children(t.index())) {
          Set<String> inverted = Set.of("obj", "xcomp", "dep", "iobj", "nsubj:pass");
          if (inverted.contains(d.baseRelation()) && d.dependent() > t.index() && outside(s.token(d.dependent()), q)
              && s.token(d.dependent()).isNoun()) {
            return speakerAt(doc, actors, s, d.dependent());
          }
        }
      }
    }
    return Speaker.NONE;
  }

  private static Speaker accordingTo(NlpDocument doc, ActorSet actors, Sentence s, QuoteSpan q) {
    for (int i = 0; i + 2 < s.tokens().size(); i++) {
      Token t = s.token(i);
      if (t.word().equalsIgnoreCase("according") && s.token(i + 1).word().equalsIgnoreCase("to") && outside(t, q)) {
        for (int j = i + 2; j < s.tokens().size() && outside(s.token(j), q); j++) {
          Optional<ActorMention> m = actors.at(s.index(), j);
          if (m.isPresent()) {
            return fromMention(doc, actors, m.get());
          }
        }
      }
    }
    return Speaker.NONE;
  }

  /** The actor a subject token names: the token itself, or a word of its noun phrase (title, compound). */
  private static Speaker speakerAt(NlpDocument doc, ActorSet actors, Sentence s, int head) {
    // The subject's head and the names beside it; a person beats the state part in a title
    // ("Kenya's opposition leader Raila Odinga said").
    List<ActorMention> candidates = new ArrayList<>();
    actors.at(s.index(), head).ifPresent(candidates::add);
    s.children(head).stream()
        .filter(d -> Set.of("compound", "flat", "appos", "nmod", "nmod:poss", "dep").contains(d.relation())
            || Set.of("compound", "flat", "appos").contains(d.baseRelation()))
        .map(d -> actors.at(s.index(), d.dependent())).flatMap(Optional::stream).forEach(candidates::add);
    Optional<ActorMention> m = candidates.stream()
        .filter(c -> actors.actor(c.actorId()).map(a -> a.type() == ActorType.PERSON).orElse(false)).findFirst()
        .or(() -> candidates.stream().findFirst());
    if (m.isPresent()) {
      return fromMention(doc, actors, m.get());
    }
    if (s.token(head).pos().equals("PRP")) {
      Optional<ActorMention> main = governingSubject(s, actors, head);
      if (main.isPresent()) {
        return fromMention(doc, actors, main.get());
      }
    }
    return new Speaker(null, phrase(doc, s, head));
  }

  /**
   * "ECOWAS condemned what it called a 'cowardly attack'": a pronoun subject of an embedded clause is
   * the subject of a clause above it, the nearest one that names an actor.
   */
  private static Optional<ActorMention> governingSubject(Sentence s, ActorSet actors, int pronoun) {
    int current = pronoun;
    for (int level = 0; level < 4; level++) {
      Optional<Dependency> up = s.heads(current).stream().filter(d -> d.governor() >= 0).findFirst();
      if (up.isEmpty()) {
        return Optional.empty();
      }
      current = up.get().governor();
      for (Dependency d : s.children(current)) {
        if (d.baseRelation().equals("nsubj") && d.dependent() != pronoun) {
          // the subject's head, or the name set beside it ("the West African bloc ECOWAS")
          Optional<ActorMention> m = actors.at(s.index(), d.dependent()).or(() -> s.children(d.dependent()).stream()
              .filter(c -> Set.of("appos", "compound", "flat").contains(c.baseRelation()))
              .map(c -> actors.at(s.index(), c.dependent())).flatMap(Optional::stream).findFirst());
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Speaker fromMention(NlpDocument doc, ActorSet actors, ActorMention m) {
    ActorRef ref = actors.actor(m.actorId()).map(Actor::ref).orElse(null);
    return new Speaker(ref, doc.original().between(m.start(), m.end()));
  }

  /** The subject's words: its determiner and modifiers with it ("the sources"). */
  private static String phrase(NlpDocument doc, Sentence s, int head) {
    int first = head;
    for (Dependency d : s.children(head)) {
      if (Set.of("det", "amod", "compound", "nmod:poss").contains(d.relation()) && d.dependent() < first) {
        first = d.dependent();
      }
    }
    return doc.original().between(s.token(first).start(), s.token(head).end());
  }

  private static boolean sameParagraph(String text, int from, int to) {
    return from <= to && !text.substring(from, to).contains("\n\n");
  }



}
