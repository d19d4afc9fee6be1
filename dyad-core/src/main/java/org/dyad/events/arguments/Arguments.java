package org.dyad.events.arguments;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2's result: who did it (sources) and to whom (targets), as actor ids; several when
 * coordinated; and the named rules that found each (null when none did), for {@code dyad eval --rules}.
 */
public record Arguments(List<String> sources, List<String> targets, String sourceRule, String targetRule) {
  public Arguments {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    sourceRule = sources.isEmpty() ? null : sourceRule;
    targetRule = targets.isEmpty() ? null : targetRule;
  }

  static final Arguments NONE = new Arguments(List.of(), List.of(), null, null);

  public boolean empty() {
    return sources.isEmpty() && targets.isEmpty();
  }

  Arguments withSources(List<String> ids, String rule) {
    return new Arguments(ids, targets, rule, targetRule);
  }

  public Arguments withTargets(List<String> ids, String rule) {
    return new Arguments(sources, ids, sourceRule, rule);
  }

  /** The rules that found the sources and the targets, in that order, those that found nothing left out. */
  public List<String> rules() {
    List<String> out = new ArrayList<>();
    if (sourceRule != null) {
      out.add(sourceRule);
    }
    if (targetRule != null) {
      out.add(targetRule);
    }
    return out;
  }

  public static List<String> orNull(List<String> ids) {
    if (ids.isEmpty()) {
      List<String> one = new ArrayList<>();
      one.add(null);
      return one;
    }
    return ids;
  }
}
