package org.dyad.spark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reproducible benchmark corpus made from the project's own texts: the paragraphs of the bundled
 * sample and of eval/articles-dev.jsonl, shuffled into new articles of 3 to 5 paragraphs, with the
 * countries of each region swapped (names and adjectives alike) so that dyads vary, a date in
 * 2024-2025, a URL at one of 20 publishers; one article in 20 is a light rewrite of an earlier one
 * (a near-duplicate). Written as JSON Lines over several files so that a cluster can spread them.
 *
 * <pre>
 * mvn -B -q -pl dyad-core,dyad-sources,dyad-store,dyad-spark -am test-compile
 * java -cp dyad-spark/target/test-classes:$(cat dyad-spark/target/classpath.txt) \
 *   org.dyad.spark.bench.CorpusGenerator --articles 1000 --files 8 --seed 7 --out /tmp/corpus
 * </pre>
 */
public final class CorpusGenerator {
  /** Countries that may stand in for one another: name, adjective. */
  private static final String[][][] REGIONS = {
      {{"Mali", "Malian"}, {"Mauritania", "Mauritanian"}, {"Niger", "Nigerien"}, {"Chad", "Chadian"},
       {"Sudan", "Sudanese"}, {"Senegal", "Senegalese"}},
      {{"China", "Chinese"}, {"Vietnam", "Vietnamese"}, {"Japan", "Japanese"}, {"Indonesia", "Indonesian"}}};

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    int articles = 1000;
    int files = 8;
    long seed = 7;
    Path out = Path.of("bench-corpus");
    Path root = Path.of(".");
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[i + 1]);
        case "--files" -> files = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--root" -> root = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --articles N --files N --seed N --out DIR [--root REPO]");
      }
    }
    List<String> paragraphs = paragraphs(root);
    List<ObjectNode> corpus = generate(paragraphs, articles, new Random(seed));
    write(corpus, files, out);
    System.out.printf("%d articles from %d paragraphs in %d files under %s%n", corpus.size(), paragraphs.size(), files, out);
  }

  static List<String> paragraphs(Path root) throws IOException {
    List<String> texts = new ArrayList<>();
    String sample = Files.readString(root.resolve("dyad-core/src/main/resources/org/dyad/sample/wire-report.txt"));
    texts.add(sample.substring(sample.indexOf('\n') + 1)); // the title line is not a paragraph
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(root.resolve("eval/articles-dev.jsonl"))) {
      if (!line.isBlank()) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      for (String p : t.split("\\n\\s*\\n")) {
        String s = p.strip();
        if (s.split("\\s+").length >= 12 && !s.startsWith("(")) {
          out.add(s);
        }
      }
    }
    return out;
  }

  static List<ObjectNode> generate(List<String> paragraphs, int count, Random random) {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> corpus = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectNode a = json.createObjectNode();
      String text;
      if (i >= 20 && random.nextInt(20) == 0) {
        String original = corpus.get(random.nextInt(corpus.size())).get("text").asText();
        text = original.replaceFirst("\\bsaid\\b", "told reporters").replaceFirst("\\bon\\b", "late on");
      } else {
        List<String> pool = new ArrayList<>(paragraphs);
        Collections.shuffle(pool, random);
        text = swapCountries(String.join("\n\n", pool.subList(0, 3 + random.nextInt(3))), random);
      }
      LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730));
      a.put("id", String.format("gen-%05d", i));
      a.put("title", text.split("[.!?]", 2)[0].replaceFirst("^[A-Z ]+, [A-Za-z]+ \\d+( \\([^)]*\\))? - ", ""));
      a.put("date", date.toString());
      a.put("url", String.format("https://www.site%02d.example/%s/gen-%05d", random.nextInt(20), date, i));
      a.put("text", text);
      corpus.add(a);
    }
    return corpus;
  }

  /** Swaps the countries of each region by one random permutation, names and adjectives alike. */
  static String swapCountries(String text, Random random) {
    for (String[][] region : REGIONS) {
      List<String[]> targets = new ArrayList<>(List.of(region));
      Collections.shuffle(targets, random);
      StringBuilder alternatives = new StringBuilder();
      java.util.Map<String, String> to = new java.util.HashMap<>();
      for (int k = 0; k < region.length; k++) {
        for (int form = 0; form < 2; form++) {
          to.put(region[k][form], targets.get(k)[form]);
          alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(region[k][form]));
        }
      }
      Matcher m = Pattern.compile("\\b(" + alternatives + ")\\b").matcher(text);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(to.get(m.group(1))));
      }
      m.appendTail(b);
      text = b.toString();
    }
    return text;
  }

  static void write(List<ObjectNode> corpus, int files, Path out) throws IOException {
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    List<BufferedWriter> writers = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      writers.add(Files.newBufferedWriter(out.resolve(String.format("part-%02d.jsonl", f)), StandardCharsets.UTF_8));
    }
    for (int i = 0; i < corpus.size(); i++) {
      BufferedWriter w = writers.get(i * files / corpus.size());
      w.write(json.writeValueAsString(corpus.get(i)));
      w.write('\n');
    }
    for (BufferedWriter w : writers) {
      w.close();
    }
  }
}
