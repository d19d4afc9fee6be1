package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Minimum scores a report must reach, for CI: F1, precision and recall of events at full-code level
 * and F1 at root level. A null bar is not checked; an undefined score (nothing to divide by) fails it.
 */
public record Bars(Double minF1, Double minRootF1, Double minPrecision, Double minRecall) {
  public static final Bars NONE = new Bars(null, null, null, null);

  public Bars {
    for (Double bar : new Double[] {minF1, minRootF1, minPrecision, minRecall}) {
      if (bar != null && !(bar >= 0)) {
        throw new IllegalArgumentException("a bar must be a number >= 0, got " + bar);
      }
    }
  }

  /** A bar not reached: its name ("min-f1"), the score it bounds, the score's value (null: undefined) and the bar. */
  public record Failure(String bar, String score, Double value, double min) {
    /** "full-code F1 0.412 is below {barLabel} 0.5": what failed, with the bar called as the caller calls it. */
    public String message(String barLabel) {
      return String.format(Locale.ROOT, "%s %s is below %s %s",
          score, value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value), barLabel, min);
    }

    @Override
    public String toString() {
      return message(bar);
    }
  }

  /** The bars the report does not reach, in the order min-f1, min-root-f1, min-precision, min-recall. */
  public List<Failure> failures(EvalReport report) {
    List<Failure> out = new ArrayList<>();
    check(out, minF1, "min-f1", "full-code F1", report, r -> r.fullCode().f1());
    check(out, minRootF1, "min-root-f1", "root-level F1", report, r -> r.rootLevel().f1());
    check(out, minPrecision, "min-precision", "full-code precision", report, r -> r.fullCode().precision());
    check(out, minRecall, "min-recall", "full-code recall", report, r -> r.fullCode().recall());
    return out;
  }

  private static void check(List<Failure> out, Double min, String bar, String score, EvalReport r,
      Function<EvalReport, Double> value) {
    if (min == null) {
      return;
    }
    Double v = value.apply(r);
    if (v == null || v < min) {
      out.add(new Failure(bar, score, v, min));
    }
  }
}
