package org.dyad.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Toponym resolution: a place name in a text to one gazetteer entry. Of the places that bear the
 * name, it prefers one the text qualifies ("Paris, Texas", "Nigeria's Kaduna", "El Fasher in North
 * Darfur"), a region when a region word follows ("Kaduna state"), places in the regions and
 * countries the article names, then countries, capitals and regional capitals, then larger places.
 * A name the gazetteer lacks may still be a place of dyad's own dictionary: its country, then.
 */
public final class Toponyms {
  /** The longest name looked up, in words ("Bosnia and Herzegovina" is a run of three). */
  static final int MAX_WORDS = 4;
  private static final Pattern QUALIFIER_AFTER = Pattern.compile("^(?:\\s*,\\s*|\\s+(?:in|near|outside)\\s+(?:the\\s+)?(?:[a-z]+[- ]){0,2})(?=\\p{Lu})");
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+){0,2})['’]s\\s+(?:[a-z]+\\s+){0,2}$");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern REGION_WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");

  private final Gazetteer gazetteer;
  private final Function<String, Optional<String>> dictionaryCountry;

  /** A place found in a text: the name as written, where, and its entry. */
  public record Match(String text, int start, int end, GeoEntry entry) {}

  /** {@code dictionaryCountry}: the country dyad's actor dictionary puts a place name in (alpha-3), for names the gazetteer lacks. */
  public Toponyms(Gazetteer gazetteer, Function<String, Optional<String>> dictionaryCountry) {
    this.gazetteer = gazetteer;
    this.dictionaryCountry = dictionaryCountry;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** What {@code text} says about where it is, its actors' countries (alpha-3) added; demonyms count through the dictionary. */
  public PlaceContext context(String text, java.util.Collection<String> actorCountries) {
    return PlaceContext.of(text, gazetteer, dictionaryCountry, actorCountries);
  }

  /** The entry the name at {@code start..end} of {@code text} means, if any. */
  public Optional<GeoEntry> resolve(String text, int start, int end, PlaceContext context) {
    String name = text.substring(start, end);
    boolean regionWord = regionWordAfter(text, end);
    int[] found = gazetteer.lookup(name);
    String bare = Names.withoutRegionWord(name);
    String key = Names.key(name);
    if (found.length == 0 && !bare.equals(name)) {
      found = gazetteer.lookup(bare); // "Magway Region": a region named without its word
      regionWord = true;
      key = Names.key(bare);
    }
    if (found.length == 0) {
      return dictionaryCountry.apply(name).flatMap(gazetteer::country).map(gazetteer::entry);
    }
    Set<String> qualified = qualifiers(text, start, end);
    List<GeoEntry> candidates = java.util.Arrays.stream(found).mapToObj(gazetteer::entry).toList();
    Set<String> townRegions = new HashSet<>();
    candidates.stream().filter(c -> c.featureClass().equals("P")).forEach(c -> townRegions.add(c.country() + "." + c.admin1()));
    GeoEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GeoEntry entry : candidates) {
      boolean ownTown = entry.isRegion() && townRegions.contains(entry.country() + "." + entry.admin1());
      double s = score(entry, context, qualified, regionWord, ownTown, Names.ownName(entry.name(), key));
      if (s > bestScore) {
        best = entry;
        bestScore = s;
      }
    }
    return Optional.of(best);
  }

  /** The first place named in {@code text} from {@code from} to {@code to}: the longest name at each word, resolved. */
  public Optional<Match> firstIn(String text, int from, int to, PlaceContext context) {
    for (ProperNames.Run run : ProperNames.in(text, from, to)) {
      int n = run.words();
      for (int w = 0; w < n; w++) {
        for (int last = Math.min(n, w + MAX_WORDS); last > w; last--) {
          ProperNames.Run part = run.words(w, last);
          if (known(part.text())) {
            Optional<GeoEntry> entry = resolve(text, part.start(), part.end(), context);
            if (entry.isPresent()) {
              return Optional.of(new Match(part.text(), part.start(), part.end(), entry.get()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean known(String name) {
    return gazetteer.lookup(name).length > 0 || gazetteer.lookup(Names.withoutRegionWord(name)).length > 0
        || dictionaryCountry.apply(name).isPresent();
  }

  /** {@code ownTown}: a town of the same name lies in this region ("Kaduna" in Kaduna State). */
  private static double score(GeoEntry e, PlaceContext context, Set<String> qualified, boolean regionWord, boolean ownTown,
                              boolean ownName) {
    double s = 2 * Math.log10(1.0 + e.population());
    if (ownName) {
      s += 4; // "New Delhi" is the town GeoNames names so, not Delhi, which has it among its other names
    }
    s += switch (e.featureCode()) {
      case "PCLI" -> 10;
      case "PPLC" -> 4;
      case "ADM1" -> -2;
      case "PPLA" -> 2;
      case "PPLA2" -> 1;
      default -> 0;
    };
    s += 12 * context.countryShare(e.country());
    if (context.namesRegion(e.country(), e.admin1()) && !e.isCountry()) {
      s += 15;
    }
    if (qualified.contains(e.country()) && !e.isCountry()) {
      s += 30;
    }
    if (e.admin1() != null && qualified.contains(e.country() + "." + e.admin1()) && !e.isRegion()) {
      s += 40;
    }
    if (e.isRegion() && regionWord) {
      s += 40;
    } else if (ownTown) {
      s -= 6; // the region's summed population must not outweigh the town it is named after
    }
    return s;
  }

  /**
   * The countries ("NGA") and regions ("USA.TX") that qualify the name at {@code start..end}: named
   * after it ("Paris, Texas", "El Fasher in North Darfur") or before it as an owner ("Sudan's El Fasher").
   */
  private Set<String> qualifiers(String text, int start, int end) {
    Set<String> out = new HashSet<>();
    Matcher after = QUALIFIER_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
    if (after.lookingAt()) {
      List<ProperNames.Run> runs = ProperNames.in(text, after.end(), Math.min(text.length(), after.end() + 60));
      if (!runs.isEmpty() && runs.get(0).start() == after.end()) {
        addPlaces(runs.get(0).text(), out);
      }
    }
    Matcher before = POSSESSIVE_BEFORE.matcher(text).region(Math.max(0, start - 60), start);
    if (before.find()) {
      addPlaces(before.group(1), out);
    }
    return out;
  }

  private void addPlaces(String run, Set<String> out) {
    String[] words = POSSESSIVE.matcher(run).replaceAll("").split(" "); // "Tripoli, Lebanon's second city"
    for (int last = Math.min(words.length, MAX_WORDS); last > 0; last--) {
      String name = String.join(" ", java.util.Arrays.copyOf(words, last));
      int[] found = gazetteer.lookup(Names.withoutRegionWord(name));
      for (int e : found) {
        GeoEntry q = gazetteer.entry(e);
        if (q.isCountry()) {
          out.add(q.country());
        } else if (q.isRegion()) {
          out.add(q.country() + "." + q.admin1());
          out.add(q.country());
        }
      }
      dictionaryCountry.apply(name).ifPresent(out::add);
      if (!out.isEmpty()) {
        return;
      }
    }
  }

  /** Whether a region word follows {@code end}: "Kaduna state", "the Samara region". */
  static boolean regionWordAfter(String text, int end) {
    Matcher m = REGION_WORD_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20));
    return m.lookingAt() && Names.isRegionWord(m.group(1));
  }
}
