package org.dyad.events.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.data.BundledData;
import org.dyad.events.Candidate;
import org.dyad.model.DyadException;

/**
 * Stage 2c of the coder, over the whole article: "Hanoi denied the accusation", "Madrid rejected the
 * demand". An answer to an earlier claim, demand or proposal that the text names only by a noun is
 * aimed at whoever made it: the source of the nearest event of that kind aimed at the one answering,
 * in the sentences just before. With two such actors, or none, the target stays unknown.
 *
 * <p>A denial that names nothing ("The army denied", "allegations the prison service denied") answers
 * what was said of the denier just before: it is aimed at whoever accused the denier, or at whoever
 * the text says claims an act of the denier's ("soldiers killed 14 civilians, residents said").
 */
public final class AnsweredClaims implements DiscourseStage {
  static final int REACH = 3;
  /** The nouns that refer back to an earlier act, and the CAMEO roots that act may have (answered-nouns.tsv). */
  public static final Map<String, Set<String>> ROOTS_ANSWERED = rootsAnswered("/org/dyad/events/answered-nouns.tsv");
  /** What a denial naming nothing answers ({@link Candidate#answers()}): what was said of the denier. */
  public static final String SAID_OF_DENIER = "said-of-denier";
  private static final Set<String> ACCUSATIONS = Set.of("11");

  /** The nouns of {@code resource} ("noun<TAB>root|root", after a header line) and their roots. */
  static Map<String, Set<String>> rootsAnswered(String resource) {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    List<String> lines = BundledData.lines(resource);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank() || !cols[1].matches("\\d\\d(\\|\\d\\d)*")) {
        throw new DyadException(resource + ": expected 'noun<TAB>root|root...', got: " + line);
      }
      if (out.put(cols[0], Set.of(cols[1].split("\\|"))) != null) {
        throw new DyadException(resource + ": noun '" + cols[0] + "' is listed twice");
      }
    }
    return Map.copyOf(out);
  }

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Discourse article) {
    return resolve(candidates, article::claimant);
  }

  /** {@code claimant}: the actor the text says claims a telling, if one of the article's actors does. */
  List<Candidate> resolve(List<Candidate> candidates, Function<Candidate, Optional<String>> claimant) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String asker = c.target() == null && c.source() != null && c.answers() != null ? asker(c, candidates, claimant) : null;
      out.add(asker == null ? c : c.withTarget(asker, "answered-claim"));
    }
    return out;
  }

  private static String asker(Candidate answer, List<Candidate> all, Function<Candidate, Optional<String>> claimant) {
    Function<Candidate, Optional<String>> made;
    if (answer.answers().equals(SAID_OF_DENIER)) {
      made = c -> accuser(answer, c, ACCUSATIONS)
          .or(() -> answer.source().equals(c.source()) ? claimant.apply(c).filter(id -> !id.equals(answer.source())) : Optional.empty());
    } else {
      Set<String> roots = ROOTS_ANSWERED.get(answer.answers());
      made = c -> accuser(answer, c, roots);
    }
    // "guards had beaten him, allegations the prison service denied", "Washington slapped sanctions on
    // Cuban officials, and Havana denounced the move": what it answers may come first in its own sentence
    List<Candidate> before = all.stream().filter(c -> c.sentence() == answer.sentence() && c.start() < answer.start()).toList();
    String here = EarlierEvents.onlyActor(before, made);
    return here != null ? here : EarlierEvents.onlyActor(all, answer.sentence(), REACH, i -> i >= 0, made);
  }

  /** The source of {@code c} when {@code c} is an act of one of {@code roots} aimed at who answers. */
  private static Optional<String> accuser(Candidate answer, Candidate c, Set<String> roots) {
    return answer.source().equals(c.target()) && c.source() != null && roots.contains(c.root())
        ? Optional.of(c.source()) : Optional.empty();
  }
}
