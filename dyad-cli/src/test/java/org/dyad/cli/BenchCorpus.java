package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a reproducible corpus for the ingest benchmark: paragraphs of the bundled sample and the
 * test articles, shuffled and with names swapped, by a fixed seed. Run
 * {@code java -cp ... org.dyad.cli.BenchCorpus DIR [N] [SEED]} (see docs/benchmarks.md).
 */
public final class BenchCorpus {
  private static final String[][] SWAPS = {
      {"Kenya", "Ghana"}, {"Ethiopia", "Nigeria"}, {"Nairobi", "Accra"}, {"Syria", "Lebanon"}, {"Syrian", "Lebanese"},
      {"Damascus", "Beirut"}, {"Hamas", "Hezbollah"}, {"Egypt", "Jordan"}, {"Qatar", "Oman"}, {"Cairo", "Amman"}};

  private BenchCorpus() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42L);
    List<String> paragraphs = new ArrayList<>();
    for (String text : List.of(sample(), Articles.WIRE, IngestCommandTest.SYRIA, IngestCommandTest.TALKS)) {
      Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> p.length() > 40).forEach(paragraphs::add);
    }
    for (int i = 0; i < n; i++) {
      List<String> picked = new ArrayList<>(paragraphs);
      Collections.shuffle(picked, random);
      String text = String.join("\n\n", picked.subList(0, Math.min(picked.size(), 4 + random.nextInt(5))));
      for (String[] swap : SWAPS) {
        if (random.nextBoolean()) {
          text = text.replace(swap[0], swap[1]);
        }
      }
      Files.writeString(dir.resolve(String.format("bench-%04d.txt", i)), text + "\n");
    }
  }

  private static String sample() throws IOException {
    try (InputStream in = BenchCorpus.class.getResourceAsStream("/org/dyad/sample/wire-report.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
