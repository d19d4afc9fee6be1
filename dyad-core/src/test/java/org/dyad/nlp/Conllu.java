package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written parses for unit tests, in CoNLL-U, read into the records {@link CoreNlpAnnotator}
 * fills, so rules can be tested without CoreNLP. Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL
 * DEPS MISC. XPOS is the Penn tag ({@link Token#pos()}); a LEMMA of "_" is the form; MISC may say
 * {@code NER=PERSON} (else "O") and {@code SpaceAfter=No}; UPOS and FEATS are not read. DEPS
 * ({@code 3:nsubj|8:nsubj}) gives the enhanced++ edges when it is not "_", else the one edge
 * HEAD:DEPREL; either column may spell an enhanced relation ({@code obl:on}). HEAD is the basic tree.
 * Columns are separated by tabs or, in a line without tabs, by spaces (forms have none).
 *
 * <p>As from CoreNLP: indexes are 0-based, the root is {@code Dependency("root", -1, i)} and comes
 * first, then the edges grouped by governor, each governor's by dependent, the governors in the order
 * CoreNLP meets them (so the heads of a word come in its order too); over 50 sentences written out
 * from dyad's pipeline read back as the same records, edges in the same order. The text is the
 * tokens, each followed by a space unless {@code SpaceAfter=No} (the last by nothing), with offsets
 * into it. Sentences are separated by blank lines; "#" lines are comments, and a
 * {@code # text = ...} comment must equal the sentence's text.
 */
public final class Conllu {
  private Conllu() {}

  /** The document of every sentence in {@code conllu}. */
  public static NlpDocument document(String conllu) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    String declared = null;
    for (String line : (conllu.strip() + "\n\n").split("\n", -1)) {
      if (line.isBlank()) {
        if (!rows.isEmpty()) {
          sentences.add(sentence(sentences.size(), rows, text, declared));
        }
        rows = new ArrayList<>();
        declared = null;
      } else if (line.startsWith("#")) {
        declared = line.matches("#\\s*text\\s*=.*") ? line.substring(line.indexOf('=') + 1).strip() : declared;
      } else {
        String[] columns = line.strip().split(line.contains("\t") ? "\t" : " +");
        if (columns.length != 10) {
          throw new IllegalArgumentException("CoNLL-U needs 10 columns: " + line);
        }
        rows.add(columns);
      }
    }
    return new NlpDocument(text.toString().stripTrailing(), sentences);
  }

  /** The one sentence of {@code conllu}. */
  public static Sentence sentence(String conllu) {
    List<Sentence> sentences = document(conllu).sentences();
    if (sentences.size() != 1) {
      throw new IllegalArgumentException("expected one sentence, got " + sentences.size());
    }
    return sentences.get(0);
  }

  /** The index of the first token of {@code s} spelled {@code word}: where a test's trigger stands. */
  public static int indexOf(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no token '" + word + "'")).index();
  }

  private static Sentence sentence(int index, List<String[]> rows, StringBuilder text, String declared) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> edges = new ArrayList<>();
    int start = text.length();
    for (String[] c : rows) {
      int i = tokens.size();
      if (!c[0].equals(Integer.toString(i + 1))) {
        throw new IllegalArgumentException("token ids must run 1, 2, 3 ... (no ranges or empty nodes), got " + c[0]);
      }
      String lemma = c[2].equals("_") ? c[1] : c[2];
      tokens.add(new Token(i, c[1], lemma, c[4], misc(c[9], "NER", "O"), text.length(), text.length() + c[1].length()));
      text.append(c[1]).append(misc(c[9], "SpaceAfter", "Yes").equals("No") ? "" : " ");
      for (String edge : (c[8].equals("_") ? c[6] + ":" + c[7] : c[8]).split("\\|")) {
        int colon = edge.indexOf(':');
        int governor = head(edge.substring(0, colon), rows.size());
        edges.add(new Dependency(governor < 0 ? "root" : edge.substring(colon + 1), governor, i));
      }
    }
    Sentence s = new Sentence(index, start, tokens.get(tokens.size() - 1).end(), tokens, inCoreNlpOrder(edges));
    String built = text.substring(s.start(), s.end());
    if (declared != null && !declared.equals(built)) {
      throw new IllegalArgumentException("# text = " + declared + "\nbut the tokens give: " + built);
    }
    return s;
  }

  /**
   * CoreNLP's graph keeps each governor's edges in the order it met the governor: building the graph
   * from the edges sorted by dependent, each edge's governor before its dependent.
   */
  private static List<Dependency> inCoreNlpOrder(List<Dependency> edges) {
    List<Dependency> out = new ArrayList<>(edges);
    out.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
    Map<Integer, Integer> met = new HashMap<>();
    for (Dependency d : out) {
      met.putIfAbsent(d.governor(), met.size());
      met.putIfAbsent(d.dependent(), met.size());
    }
    out.sort(Comparator.comparingInt((Dependency d) -> d.governor() < 0 ? -1 : met.get(d.governor()))
        .thenComparingInt(Dependency::dependent));
    return out;
  }

  /** A HEAD or DEPS head as a 0-based governor, -1 for the root. */
  private static int head(String id, int tokens) {
    int head = Integer.parseInt(id);
    if (head < 0 || head > tokens) {
      throw new IllegalArgumentException("head " + id + " is not a token of the sentence");
    }
    return head - 1;
  }

  private static String misc(String misc, String key, String absent) {
    for (String item : misc.split("\\|")) {
      if (item.startsWith(key + "=")) {
        return item.substring(key.length() + 1);
      }
    }
    return absent;
  }
}
