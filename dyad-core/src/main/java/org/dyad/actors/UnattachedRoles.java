package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.DictionaryIndex.Kind;
import org.dyad.actors.RawMention.How;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Parts of a state that the text names without naming the state: "journalists were detained in
 * Addis Ababa", "gunmen abducted 31 passengers in Nigeria's Benue state", "the police said". As CAMEO
 * coders do, the part belongs to the country the sentence places it in: a place after "in", "near"
 * or a possessive first, else the nearest country, capital or demonym in the sentence. A role word
 * right after another actor's name is that actor's ("Hamas leaders"), and no country means no actor.
 */
final class UnattachedRoles {
  private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "inside", "outside", "across", "from", "into", "throughout");
  private static final int MAX_NAME_TOKENS = 4;

  private final DictionaryIndex index;

  UnattachedRoles(DictionaryIndex index) {
    this.index = index;
  }

  private record Evidence(int token, Country country, boolean locative) {}

  /**
   * The unattached parts of state in {@code s}; {@code taken} are the sentence's names, {@code earlier}
   * the mentions of the sentences before, which a definite "the military" refers back to instead.
   */
  List<RawMention> find(NlpDocument doc, Sentence s, List<RawMention> taken, List<RawMention> earlier) {
    List<RawMention> out = new ArrayList<>();
    List<Evidence> evidence = null;
    int n = s.tokens().size();
    for (int i = 0; i < n; i++) {
      if (!s.token(i).isNoun() || covered(taken, out, s.index(), i) || attached(s, taken, i)) {
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
      Optional<RawMention> owner = possessiveOwner(s, i, taken).or(() -> ofOwner(s, last, taken));
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
      Optional<Country> country = pick(evidence, i);
      if (country.isPresent()) {
        out.add(RawMention.of(s, i, last, new Target.StatePart(country.get(), role.role(), role.label()), How.DICTIONARY));
        i = last;
      }
    }
    return out;
  }

  /** The last token of a role phrase starting at {@code first}, if it is one dyad should read as an actor. */
  private int roleEnd(NlpDocument doc, Sentence s, int first, List<RawMention> taken, List<RawMention> out) {
    int n = s.tokens().size();
    for (int last = Math.min(n - 1, first + index.maxRoleTokens() - 1); last >= first; last--) {
      if (roleAt(doc, s, first, last).isEmpty() || !s.token(last).isNoun() || covered(taken, out, s.index(), last)) {
        continue;
      }
      if (last + 1 < n && s.token(last + 1).isNoun()) {
        return -1; // "police station", "army convoy": a modifier, not the actor
      }
      Token head = s.token(last);
      boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
      String before = first > 0 ? s.token(first - 1).word().toLowerCase() : "";
      boolean determined = before.equals("the") || before.equals("a") || before.equals("an")
          || (first > 0 && s.token(first - 1).pos().equals("CD"));
      return plural || determined ? last : -1;
    }
    return -1;
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
        Country c = countryNamed(Spans.text(doc.text(), s, i, last));
        if (c != null) {
          boolean locative = i > 0 && LOCATIVE.contains(s.token(i - 1).word().toLowerCase())
              || last + 1 < n && Spans.isPossessive(s.token(last + 1));
          out.add(new Evidence(i, c, locative));
          i = last;
          break;
        }
      }
    }
    for (RawMention m : taken) {
      if (m.sentence() == s.index() && m.target() instanceof Target.StatePart p) {
        out.add(new Evidence(m.first(), p.country(), false));
      }
    }
    return out;
  }

  private Country countryNamed(String surface) {
    if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
      return null;
    }
    for (DictionaryIndex.Name name : index.lookup(Names.key(surface))) {
      if (name.kind() != Kind.ENTRY && name.country() != null) {
        return name.country();
      }
    }
    return null;
  }

  private static Optional<Country> pick(List<Evidence> evidence, int token) {
    Evidence best = null;
    for (Evidence e : evidence) {
      if (best == null || (e.locative() && !best.locative())
          || (e.locative() == best.locative() && Math.abs(e.token() - token) < Math.abs(best.token() - token))) {
        best = e;
      }
    }
    return Optional.ofNullable(best).map(Evidence::country);
  }

  /** For "its fighters" or "their troops": the latest organisation or state named before in the sentence. */
  private static Optional<RawMention> possessiveOwner(Sentence s, int i, List<RawMention> taken) {
    if (i == 0 || !Set.of("its", "their").contains(s.token(i - 1).word().toLowerCase())) {
      return Optional.empty();
    }
    RawMention best = null;
    for (RawMention m : taken) {
      boolean person = m.target() instanceof Target.NewPerson
          || m.target() instanceof Target.Known k && k.entry().type() == org.dyad.model.ActorType.PERSON;
      if (m.sentence() == s.index() && m.last() < i - 1 && !person && (best == null || m.last() > best.last())) {
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
    int start = at;
    return taken.stream().filter(m -> m.sentence() == s.index() && m.first() == start).findFirst();
  }

  private static boolean mentionedBefore(List<RawMention> earlier, String role) {
    return earlier.stream().anyMatch(m -> m.target() instanceof Target.StatePart p && p.role().equals(role));
  }

  private static boolean covered(List<RawMention> a, List<RawMention> b, int sentence, int token) {
    return a.stream().anyMatch(m -> m.covers(sentence, token)) || b.stream().anyMatch(m -> m.covers(sentence, token));
  }
}
