package org.dyad.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.json.AnalysisJson;
import org.dyad.model.DyadException;

/**
 * The scores of a system against a gold set, as {@link Scorer} computes them (docs/evaluation.md).
 * Rates are null when undefined (nothing to divide by). Renders as text for people ({@link #toText})
 * and as JSON for scripts ({@link #toJson}).
 */
public record EvalReport(
    int texts,
    Prf rootLevel,
    Prf fullCode,
    Attributes attributes,
    Prf actors,
    Quotes quotes,
    Confusion confusion,
    List<RootScore> roots,
    List<TypedBy> typedBy,
    List<RuleScore> rules,
    List<TextErrors> worstTexts) {
  public EvalReport {
    roots = List.copyOf(roots);
    typedBy = List.copyOf(typedBy);
    rules = List.copyOf(rules);
    worstTexts = List.copyOf(worstTexts);
  }

  /**
   * Precision, recall and F1 from counts: {@code gold} and {@code system} items, the gold items found
   * and the system items that are right (the same number for one-to-one event matching).
   */
  @JsonPropertyOrder({"gold", "system", "goldFound", "systemCorrect", "precision", "recall", "f1"})
  public record Prf(int gold, int system, int goldFound, int systemCorrect) {
    public Prf {
      if (gold < 0 || system < 0 || goldFound < 0 || goldFound > gold || systemCorrect < 0 || systemCorrect > system) {
        throw new IllegalArgumentException("counts must satisfy 0 <= found <= total, got gold " + goldFound + "/" + gold
            + ", system " + systemCorrect + "/" + system);
      }
    }

    /** Right system items / system items, or null when the system gave none. */
    @JsonProperty("precision")
    public Double precision() {
      return ratio(systemCorrect, system);
    }

    /** Gold items found / gold items, or null when the gold has none. */
    @JsonProperty("recall")
    public Double recall() {
      return ratio(goldFound, gold);
    }

    /** The harmonic mean of precision and recall (an undefined one counting as 0), null when both are. */
    @JsonProperty("f1")
    public Double f1() {
      Double p = precision();
      Double r = recall();
      if (p == null && r == null) {
        return null;
      }
      double pp = p == null ? 0 : p;
      double rr = r == null ? 0 : r;
      return pp + rr == 0 ? 0.0 : 2 * pp * rr / (pp + rr);
    }
  }

  /** {@code correct} out of {@code total}. */
  public record Accuracy(int correct, int total) {
    public Accuracy {
      if (correct < 0 || correct > total) {
        throw new IllegalArgumentException("accuracy needs 0 <= correct <= total, got " + correct + "/" + total);
      }
    }

    @JsonProperty("rate")
    public Double rate() {
      return ratio(correct, total);
    }
  }

  /** Agreement on the attributes of the events matched at root level. */
  public record Attributes(Accuracy negated, Accuracy certainty, Accuracy claimedBy, Accuracy date, Accuracy quantity) {}

  /** Gold quotes a system quote contains ({@code found}), and those whose speaker is right too. */
  public record Quotes(Accuracy found, Accuracy speaker) {}

  /**
   * Gold root x system root counts over event pairs whose actors match; {@link #NONE} stands for a
   * missed gold event (column) or a false alarm (row). {@code labels} orders rows and columns; only
   * non-zero cells are present.
   */
  public record Confusion(List<String> labels, Map<String, Map<String, Integer>> cells) {
    public static final String NONE = "none";

    public Confusion {
      labels = List.copyOf(labels);
      cells = ordered(cells, labels);
    }

    /** The non-zero cells in label order, so that JSON rows and columns read like the text table. */
    private static Map<String, Map<String, Integer>> ordered(Map<String, Map<String, Integer>> cells, List<String> labels) {
      cells.forEach((g, row) -> row.keySet().forEach(s -> {
        if (!labels.contains(g) || !labels.contains(s)) {
          throw new IllegalArgumentException("confusion cell " + g + " x " + s + " is not among the labels " + labels);
        }
      }));
      Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
      for (String g : labels) {
        Map<String, Integer> row = new LinkedHashMap<>();
        for (String s : labels) {
          int n = cells.getOrDefault(g, Map.of()).getOrDefault(s, 0);
          if (n != 0) {
            row.put(s, n);
          }
        }
        if (!row.isEmpty()) {
          rows.put(g, Collections.unmodifiableMap(row));
        }
      }
      return Collections.unmodifiableMap(rows);
    }

    public int count(String goldRoot, String systemRoot) {
      return cells.getOrDefault(goldRoot, Map.of()).getOrDefault(systemRoot, 0);
    }
  }

  /** Root-level scores of one CAMEO root ("17") with its codebook name. */
  public record RootScore(String root, String name, Prf score) {}

  /**
   * What typed the system's events ("lexicon", "model"): how many events it decided and how many of
   * them match a gold event at the root level.
   */
  @JsonPropertyOrder({"by", "events", "rootCorrect", "precision"})
  /**
   * One named rule of the coder: how many system events it decided (it found their source or their
   * target) and how many of those are right at root level. Listed only when asked for.
   */
  public record RuleScore(String rule, int events, int rootCorrect) {
    @JsonProperty("precision")
    public Double precision() {
      return ratio(rootCorrect, events);
    }
  }

  public record TypedBy(String by, int events, int rootCorrect) {
    @JsonProperty("precision")
    public Double precision() {
      return events == 0 ? null : (double) rootCorrect / events;
    }
  }

  /** An event as the error list shows it; {@code words} are the text that told a system event. */
  public record EventLine(String source, String cameo, String target, String words) {}

  /** A gold event and the system event that matched its root but not its full code. */
  public record CodeMismatch(EventLine gold, EventLine system) {}

  /**
   * One text's errors: gold events missed and system events spurious at root level, and root matches
   * with another full code; {@code errors} counts all three.
   */
  public record TextErrors(String id, String text, int errors, List<EventLine> missed, List<EventLine> spurious,
      List<CodeMismatch> wrongCode) {
    public TextErrors {
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
      wrongCode = List.copyOf(wrongCode);
    }
  }

  /** The report for people: headline scores, attribute accuracy, per-root scores, confusion, worst texts. */
  public String toText() {
    return ReportText.render(this);
  }

  /** The report as one indented JSON document (snake_case, rates as numbers or null). */
  public String toJson() {
    try {
      return AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new DyadException("cannot write the evaluation report as JSON: " + e.getMessage(), e);
    }
  }

  private static Double ratio(int n, int d) {
    return d == 0 ? null : (double) n / d;
  }
}
