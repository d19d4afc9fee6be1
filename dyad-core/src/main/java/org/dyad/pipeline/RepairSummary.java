package org.dyad.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Problem;
import org.dyad.text.CleanText;
import org.dyad.text.Repair;

/** One TEXT_REPAIRED problem per kind of repair the cleaner made, located at its first repair. */
final class RepairSummary {
  private RepairSummary() {}

  /** Line breaks written as \n, so that a note stays on one line. */
  private static String visible(String text) {
    return text.replace("\n", "\\n");
  }

  static List<Problem> of(CleanText clean) {
    Map<String, List<Repair>> byKind = new TreeMap<>();
    for (Repair r : clean.repairs()) {
      byKind.computeIfAbsent(r.kind(), k -> new java.util.ArrayList<>()).add(r);
    }
    return byKind.entrySet().stream().map(e -> {
      Repair first = e.getValue().get(0);
      String message = e.getValue().size() + " " + e.getKey() + " repair(s), first: '" + visible(first.before()) + "' -> '"
          + visible(first.after()) + "'";
      return Problem.at(Problem.Kind.TEXT_REPAIRED, message, first.originalStart(), first.originalEnd());
    }).toList();
  }
}
