package org.dyad.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String TEXT = """
      Syrian authorities arrested dozens of Hamas members in Damascus on Sunday, according to officials
      familiar with the operation, in the latest sign of a deepening rift between the government and the
      Palestinian movement. The arrests followed weeks of tension over the group's political activity in
      the capital and its ties to armed factions in the south of the country. A spokesman for Hamas
      condemned the raids and called on the government to release those detained without delay, saying
      the movement had always respected the sovereignty of its hosts. Syrian state media did not report
      the arrests, and the interior ministry declined to comment when contacted by reporters.""";

  private final MinHash minHash = MinHash.standard();
  private final Lsh lsh = Lsh.standard();

  @Test
  void identicalTextsHaveTheSameSignatureWhateverTheLayout() {
    int[] a = minHash.signature(TEXT);
    int[] b = MinHash.standard().signature(TEXT.replace("\n", "  ").toUpperCase());
    assertThat(b).isEqualTo(a);
    assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
  }

  @Test
  void aLightRewriteIsSimilarAndSharesABand() {
    String rewrite = TEXT.replace("dozens of", "scores of").replace("Sunday", "Monday");
    int[] a = minHash.signature(TEXT);
    int[] b = minHash.signature(rewrite);
    assertThat(MinHash.similarity(a, b)).isGreaterThan(0.8);
    assertThat(shared(lsh.keys(a), lsh.keys(b))).isPositive();
  }

  @Test
  void unrelatedTextsMostlyShareNoBand() {
    Random random = new Random(7);
    String[] words = TEXT.split("\\s+");
    int sharing = 0;
    long[] base = lsh.keys(minHash.signature(TEXT));
    for (int i = 0; i < 50; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 100; w++) {
        b.append(words[random.nextInt(words.length)]).append(' ');
      }
      sharing += shared(base, lsh.keys(minHash.signature(b.toString()))) > 0 ? 1 : 0;
    }
    assertThat(sharing).isLessThanOrEqualTo(2);
  }

  @Test
  void signaturesSurviveStorage() {
    int[] a = minHash.signature(TEXT);
    assertThat(Lsh.fromBytes(Lsh.toBytes(a))).isEqualTo(a);
  }

  @Test
  void anotherSeedGivesAnotherSignature() {
    assertThat(new MinHash(128, 5, 43).signature(TEXT)).isNotEqualTo(minHash.signature(TEXT));
  }

  private static int shared(long[] a, long[] b) {
    Set<Long> s = new HashSet<>();
    Arrays.stream(a).forEach(s::add);
    return (int) Arrays.stream(b).filter(s::contains).count();
  }
}
