package org.dyad.cli;

import org.dyad.store.Counting;
import picocli.CommandLine.Option;

/**
 * Which events count as acts in a command's aggregate or export: {@code --certainty} (asserted and
 * alleged unless told), {@code --include-negated}, {@code --all}. A negated event is the text saying
 * the act did not happen, a hypothetical one that it might: by default neither is counted.
 */
final class CountingOptions {
  @Option(names = "--certainty", paramLabel = "LIST",
      description = "Which events count: asserted, alleged, hypothetical or all, comma-separated. Default: asserted,alleged.")
  String certainty;

  @Option(names = "--include-negated", description = "Count negated events too (the text says they did not happen).")
  boolean includeNegated;

  @Option(names = "--all", description = "Every event: every certainty, negated ones too (same as --certainty all --include-negated).")
  boolean all;

  Counting counting() {
    if (all) {
      return Counting.ALL;
    }
    try {
      return Counting.parse(certainty, includeNegated);
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError("--" + e.getMessage());
    }
  }
}
