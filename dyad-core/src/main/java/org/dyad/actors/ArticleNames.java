package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.RawMention.How;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;

/**
 * One sense per article: once a new name has been read somewhere in the article, its other
 * wordings elsewhere name the same actor, also where NER missed them (headlines, interview labels,
 * "Dr. Al-Mansour", lowercase words restored by cleaning). Capitalised wordings only.
 */
final class ArticleNames {
  private static final int MAX_TOKENS = 6;

  private ArticleNames() {}

  static List<RawMention> find(NlpDocument doc, List<RawMention> found, PersonNames people) {
    Map<String, Target> keys = new HashMap<>();
    Map<String, String> personKeys = people.lookupKeys();
    Map<String, String> anySurface = new HashMap<>();
    for (RawMention m : found) {
      if (m.target() instanceof Target.NewPerson p) {
        anySurface.putIfAbsent(people.identity(p.name()), p.name());
      } else if (m.target() instanceof Target.NewOrganisation o) {
        keys.putIfAbsent(Names.key(o.name()), o);
      }
    }
    personKeys.forEach((key, identity) -> keys.putIfAbsent(key, new Target.NewPerson(anySurface.get(identity))));

    List<RawMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int n = s.tokens().size();
      for (int i = 0; i < n; i++) {
        if (!s.token(i).capitalised() || taken(found, out, s.index(), i)) {
          continue;
        }
        for (int last = Math.min(n - 1, i + MAX_TOKENS - 1); last >= i; last--) {
          Target t = keys.get(Spans.key(doc.text(), s, i, last));
          if (t != null && !takenRange(found, out, s.index(), i, last) && !Spans.isPunctuation(s.token(last))) {
            out.add(RawMention.of(s, i, last, t, How.ARTICLE_NAME));
            i = last;
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean taken(List<RawMention> a, List<RawMention> b, int sentence, int token) {
    return a.stream().anyMatch(m -> m.covers(sentence, token)) || b.stream().anyMatch(m -> m.covers(sentence, token));
  }

  private static boolean takenRange(List<RawMention> a, List<RawMention> b, int sentence, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (taken(a, b, sentence, t)) {
        return true;
      }
    }
    return false;
  }
}
