package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import org.dyad.eval.EvalReport.Accuracy;
import org.dyad.eval.EvalReport.Confusion;
import org.dyad.eval.EvalReport.EventLine;
import org.dyad.eval.EvalReport.Prf;
import org.dyad.eval.EvalReport.TextErrors;

/** Renders an {@link EvalReport} as aligned plain text, one section per score. */
final class ReportText {
  private static final int LABEL = 28;
  private static final int TEXT_SHOWN = 240;

  private final StringBuilder out = new StringBuilder();

  private ReportText() {}

  static String render(EvalReport r) {
    ReportText t = new ReportText();
    t.line(String.format(Locale.ROOT, "dyad eval: %d text(s), %d gold event(s), %d system event(s)",
        r.texts(), r.rootLevel().gold(), r.rootLevel().system()));
    t.events(r);
    t.attributes(r);
    t.actorsAndQuotes(r);
    t.roots(r);
    t.typedBy(r);
    t.rules(r);
    t.confusion(r.confusion());
    t.worst(r.worstTexts());
    return t.out.toString().stripTrailing();
  }

  private void events(EvalReport r) {
    section("Events", "precision", "recall", "F1");
    prf("root level", r.rootLevel(), matched(r.rootLevel()));
    prf("full code", r.fullCode(), matched(r.fullCode()));
  }

  private void attributes(EvalReport r) {
    section("Attributes (" + r.rootLevel().goldFound() + " matched)", "accuracy");
    EvalReport.Attributes a = r.attributes();
    accuracy("negated", a.negated());
    accuracy("certainty", a.certainty());
    accuracy("claimed_by", a.claimedBy());
    accuracy("date", a.date());
    accuracy("quantity", a.quantity());
  }

  private void actorsAndQuotes(EvalReport r) {
    section("Actors", "precision", "recall", "F1");
    Prf a = r.actors();
    prf("by code or name", a, String.format(Locale.ROOT, "%d of %d gold found, %d of %d system right",
        a.goldFound(), a.gold(), a.systemCorrect(), a.system()));
    section("Quotes", "accuracy");
    accuracy("found", r.quotes().found());
    accuracy("speaker right", r.quotes().speaker());
  }

  private void roots(EvalReport r) {
    section("Per root (root level)", "precision", "recall", "F1");
    for (EvalReport.RootScore s : r.roots()) {
      String name = s.root() + (s.name() == null ? "" : " " + s.name());
      prf(name, s.score(), String.format(Locale.ROOT, "gold %d, system %d, matched %d",
          s.score().gold(), s.score().system(), s.score().goldFound()));
    }
  }

  private void typedBy(EvalReport r) {
    section("Typed by", "precision");
    for (EvalReport.TypedBy t : r.typedBy()) {
      accuracy(t.by(), new EvalReport.Accuracy(t.rootCorrect(), t.events()));
    }
  }

  private void rules(EvalReport r) {
    if (r.rules().isEmpty()) {
      return;
    }
    section("Rules (events whose source, target, claimant or date each found)", "precision");
    for (EvalReport.RuleScore s : r.rules()) {
      accuracy(s.rule(), new EvalReport.Accuracy(s.rootCorrect(), s.events()));
    }
  }

  private void confusion(Confusion c) {
    line("");
    line("Confusion of roots (rows gold, columns system; event pairs whose actors match)");
    List<String> labels = c.labels();
    StringBuilder head = new StringBuilder("      ");
    labels.forEach(l -> head.append(String.format(Locale.ROOT, "%5s", l)));
    line(head.toString());
    for (String g : labels) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-4s", g));
      for (String s : labels) {
        int n = c.count(g, s);
        row.append(String.format(Locale.ROOT, "%5s", n == 0 ? "." : Integer.toString(n)));
      }
      line(row.toString());
    }
  }

  private void worst(List<TextErrors> texts) {
    line("");
    line("Texts with the most errors (missed + spurious at root level + wrong full code)");
    if (texts.isEmpty()) {
      line("  none");
    }
    for (TextErrors t : texts) {
      line(String.format(Locale.ROOT, "  %s: %d error(s)", t.id(), t.errors()));
      line("    text        " + shorten(t.text()));
      t.missed().forEach(e -> line("    missed      " + event(e)));
      t.spurious().forEach(e -> line("    spurious    " + event(e)));
      t.wrongCode().forEach(w -> line("    wrong code  " + event(w.gold()) + "  coded " + w.system().cameo()
          + (w.system().words() == null ? "" : "  \"" + w.system().words() + "\"")));
    }
  }

  private static String matched(Prf p) {
    return String.format(Locale.ROOT, "%d matched; %d gold, %d system", p.goldFound(), p.gold(), p.system());
  }

  private static String event(EventLine e) {
    return dash(e.source()) + " " + e.cameo() + " " + dash(e.target()) + (e.words() == null ? "" : "  \"" + e.words() + "\"");
  }

  private static String dash(String actor) {
    return actor == null ? "-" : actor;
  }

  private static String shorten(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= TEXT_SHOWN ? oneLine : oneLine.substring(0, TEXT_SHOWN) + "...";
  }

  private void section(String title, String... columns) {
    line("");
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-" + (LABEL + 2) + "s", title));
    for (String c : columns) {
      b.append(String.format(Locale.ROOT, "%10s", c));
    }
    line(b.toString());
  }

  private void prf(String label, Prf p, String note) {
    line(String.format(Locale.ROOT, "  %-" + LABEL + "s%10s%10s%10s   %s",
        fit(label), rate(p.precision()), rate(p.recall()), rate(p.f1()), note));
  }

  private void accuracy(String label, Accuracy a) {
    line(String.format(Locale.ROOT, "  %-" + LABEL + "s%10s   %d of %d", fit(label), rate(a.rate()), a.correct(), a.total()));
  }

  private static String fit(String label) {
    return label.length() <= LABEL - 1 ? label : label.substring(0, LABEL - 2) + ".";
  }

  private static String rate(Double r) {
    return r == null ? "n/a" : String.format(Locale.ROOT, "%.3f", r);
  }

  private void line(String s) {
    out.append(s.stripTrailing()).append('\n');
  }
}
