package org.dyad.nlp;

import java.util.List;
import java.util.Random;

/**
 * Generic news clauses made up for tests of long inputs ("the army criticised rebels near the
 * border"), seeded so that each run reads the same text: an unpunctuated run of them joined by "and"
 * is one enormous sentence; short sentences of them in paragraphs make an ordinary but long article.
 */
public final class NewsClauses {
  private static final List<String> ACTORS = List.of("the government", "the army", "the minister", "rebels", "the police",
      "protesters", "the president", "officials", "the opposition", "the United Nations", "France", "Germany", "Kenya",
      "Brazil", "the union");
  private static final List<String> VERBS = List.of("met", "criticised", "accused", "praised", "attacked", "supported",
      "warned", "thanked", "visited", "condemned");
  private static final List<String> PLACES = List.of("in the capital", "near the border", "in the north", "at the talks",
      "in the south", "on Monday", "on Friday");

  private final Random random = new Random(7);

  /** Writes a test text to standard output: {@code sentence CHARS} or {@code article CHARS} (docs/benchmarks.md). */
  public static void main(String[] args) {
    int chars = Integer.parseInt(args[1]);
    System.out.println(args[0].equals("sentence") ? oneSentence(chars) : article(chars));
  }

  private String clause() {
    String a = ACTORS.get(random.nextInt(ACTORS.size()));
    String b = ACTORS.get(random.nextInt(ACTORS.size()));
    return a + " " + VERBS.get(random.nextInt(VERBS.size())) + " " + (a.equals(b) ? "reporters" : b) + " "
        + PLACES.get(random.nextInt(PLACES.size()));
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** One sentence of about {@code chars} characters (never more) with no punctuation at all. */
  public static String oneSentence(int chars) {
    NewsClauses g = new NewsClauses();
    StringBuilder out = new StringBuilder(capitalised(g.clause()));
    while (true) {
      String next = " and " + g.clause();
      if (out.length() + next.length() > chars) {
        return out.toString();
      }
      out.append(next);
    }
  }

  /** An article of paragraphs of short sentences, about {@code chars} characters (never more). */
  public static String article(int chars) {
    NewsClauses g = new NewsClauses();
    StringBuilder out = new StringBuilder();
    while (true) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = 3 + g.random.nextInt(4);
      for (int i = 0; i < sentences; i++) {
        paragraph.append(i == 0 ? "" : " ").append(capitalised(g.clause())).append(", officials said.");
      }
      String next = (out.length() == 0 ? "" : "\n\n") + paragraph;
      if (out.length() + next.length() > chars) {
        return out.toString();
      }
      out.append(next);
    }
  }
}
