package org.dyad.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a page: the {@code <article>} with the most text, else the
 * {@code [itemprop=articleBody]} element, else {@code <main>}. Without these, the element with the
 * most text in its direct {@code <p>} children, joined by those of its siblings that read like
 * article text (as broken markup leaves them); else the body.
 */
final class MainContent {
  /** A sibling joins the densest element with at least this share of its paragraph text. */
  private static final double SIBLING_SHARE = 0.2;
  private static final int LONG_PARAGRAPH = 80;

  /** The main text: one element, or the densest element with article-like siblings, in page order. */
  record Content(List<Element> parts, String description) {}

  private MainContent() {}

  /** The container named by the page's structure, ignoring any inside boilerplate; empty when there is none. */
  static Optional<Element> structural(Document doc) {
    Optional<Element> article = doc.getElementsByTag("article").stream()
        .filter(a -> !Boilerplate.inside(a) && !a.text().isBlank())
        .max(Comparator.comparingInt(a -> a.text().length()));
    if (article.isPresent()) {
      return article;
    }
    for (String query : new String[] {"[itemprop=articleBody]", "main"}) {
      Optional<Element> e = doc.select(query).stream()
          .filter(a -> !Boilerplate.inside(a) && !a.text().isBlank())
          .findFirst();
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /** The main text of a page whose boilerplate is removed. */
  static Content find(Document doc) {
    Optional<Element> structural = structural(doc);
    if (structural.isPresent()) {
      return new Content(List.of(structural.get()), describe(structural.get()));
    }
    Map<Element, Integer> scores = paragraphScores(doc);
    Optional<Element> densest = scores.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
    if (densest.isEmpty() || densest.get().parent() == null) {
      return new Content(List.of(doc.body()), describe(doc.body()));
    }
    Element top = densest.get();
    int threshold = (int) Math.ceil(scores.get(top) * SIBLING_SHARE);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0) >= threshold || readsLikeText(sibling)) {
        parts.add(sibling);
      }
    }
    int siblings = parts.size() - 1;
    String description = describe(top) + (siblings == 0 ? "" : " and " + siblings + (siblings == 1 ? " sibling" : " siblings"));
    return new Content(parts, description);
  }

  /** Per element, the length of the text of its direct {@code <p>} children. */
  private static Map<Element, Integer> paragraphScores(Document doc) {
    Map<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : doc.getElementsByTag("p")) {
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return scores;
  }

  /** A paragraph that is long and not mostly links, or a short one that ends a sentence and has no links. */
  private static boolean readsLikeText(Element e) {
    if (!e.normalName().equals("p")) {
      return false;
    }
    String text = e.text();
    int linkText = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    if (text.length() >= LONG_PARAGRAPH) {
      return linkText < 0.25 * text.length();
    }
    return linkText == 0 && text.matches("(?s).*[.!?\u201d\"]$");
  }

  /** How a report names a container: {@code <article>}, {@code <div class="entry">}. */
  static String describe(Element e) {
    String name = "<" + e.normalName();
    if (!e.id().isBlank()) {
      name += " id=\"" + e.id() + "\"";
    } else if (!e.className().isBlank()) {
      name += " class=\"" + e.className() + "\"";
    }
    return name + ">";
  }
}
