package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.RawMention.How;
import org.dyad.nlp.NlpDocument;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A name in parentheses right after a person's name is another name of that person:
 * "Mamoun Al-Jaloudi (Abu Judat)". Whatever NER made of the bracketed words, they become a mention
 * of the person before them.
 */
final class ParentheticalAliases {
  private static final int MAX_ALIAS_TOKENS = 5;

  private ParentheticalAliases() {}

  static List<RawMention> apply(NlpDocument doc, Sentence s, List<RawMention> mentions) {
    List<RawMention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(RawMention::first));
    List<RawMention> out = new ArrayList<>();
    List<RawMention> aliases = new ArrayList<>();
    for (RawMention m : sorted) {
      if (aliases.stream().anyMatch(m::overlaps)) {
        continue; // NER's own reading of the bracketed words gives way to the alias
      }
      if (!takesAlias(m.target())) {
        if (out.stream().noneMatch(m::overlaps)) {
          out.add(m);
        }
        continue;
      }
      out.removeIf(m::overlaps);
      out.add(m);
      RawMention alias = aliasAfter(s, m);
      if (alias != null) {
        out.removeIf(alias::overlaps);
        out.add(alias);
        aliases.add(alias);
      }
    }
    out.sort(java.util.Comparator.comparingInt(RawMention::first));
    return out;
  }

  /** People and organisations take aliases in brackets: "Mamoun Al-Jaloudi (Abu Judat)", "the Sahel Liberation Front (SLF)". */
  private static boolean takesAlias(Target t) {
    return isPerson(t) || t instanceof Target.NewOrganisation;
  }

  private static boolean isPerson(Target t) {
    return t instanceof Target.NewPerson
        || (t instanceof Target.Known k && k.entry().type() == org.dyad.model.ActorType.PERSON);
  }

  private static RawMention aliasAfter(Sentence s, RawMention m) {
    int open = m.last() + 1;
    int n = s.tokens().size();
    if (open >= n || !isOpenBracket(s.token(open))) {
      return null;
    }
    int close = open + 1;
    while (close < n && close - open <= MAX_ALIAS_TOKENS && !isCloseBracket(s.token(close))) {
      Token t = s.token(close);
      if (!(t.capitalised() || t.word().equals("-") || t.word().equalsIgnoreCase("al"))) {
        return null;
      }
      close++;
    }
    if (close >= n || close == open + 1 || !isCloseBracket(s.token(close))) {
      return null;
    }
    return new RawMention(s.index(), open + 1, close - 1, m.target(), null, How.ALIAS);
  }

  private static boolean isOpenBracket(Token t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  private static boolean isCloseBracket(Token t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }
}
