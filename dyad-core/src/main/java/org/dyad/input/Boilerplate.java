package org.dyad.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.DyadException;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a news page that are not the article: scripts and embeds, navigation, page
 * header and footer, sidebars, forms, and elements whose id, class or aria-label mark them as share
 * buttons, comments, related articles, newsletter boxes, cookie banners, ads or breadcrumbs (the
 * words are data: {@code boilerplate.tsv}). A header inside an article or main element is kept: it
 * holds the headline.
 */
final class Boilerplate {
  /** A kind of boilerplate, with the word that names it in reports. */
  enum Kind {
    NAVIGATION("navigation"),
    BREADCRUMB("breadcrumb"),
    HEADER("header"),
    FOOTER("footer"),
    SIDEBAR("sidebar"),
    FORM("form"),
    SCRIPT("script"),
    SHARE("share"),
    COMMENT("comment"),
    RELATED("related-articles"),
    NEWSLETTER("newsletter"),
    COOKIE("cookie-banner"),
    AD("advertisement"),
    HIDDEN("hidden");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private record Marker(Kind kind, String words) {}

  private static final String HEADER = "kind\twords\theadings";
  private static final Map<String, Kind> TAGS = tags();
  private static final Map<String, Kind> ROLES = Map.of(
      "navigation", Kind.NAVIGATION, "menu", Kind.NAVIGATION, "menubar", Kind.NAVIGATION,
      "banner", Kind.HEADER, "contentinfo", Kind.FOOTER, "complementary", Kind.SIDEBAR,
      "search", Kind.FORM, "form", Kind.FORM);
  private static final List<Marker> MARKERS;
  private static final Map<String, Kind> HEADINGS;

  static {
    List<Marker> markers = new ArrayList<>();
    Map<String, Kind> headings = new HashMap<>();
    List<String> lines = Resources.lines("boilerplate.tsv");
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new DyadException("boilerplate.tsv: expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      Kind kind = kind(cells[0], line);
      for (String w : items(cells, 1)) {
        markers.add(new Marker(kind, "-" + w.toLowerCase(Locale.ROOT) + "-"));
      }
      for (String h : items(cells, 2)) {
        headings.put(h.toLowerCase(Locale.ROOT), kind);
      }
    }
    MARKERS = List.copyOf(markers);
    HEADINGS = Map.copyOf(headings);
  }

  private Boilerplate() {}

  /**
   * Removes boilerplate below {@code root}, never an element of {@code keep} (the main container and
   * its ancestors), and counts the removed top-level elements by kind.
   */
  static Map<Kind, Integer> strip(Element root, Set<Element> keep) {
    Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
    Deque<Element> todo = new ArrayDeque<>(root.children());
    while (!todo.isEmpty()) {
      Element el = todo.pop();
      Optional<Kind> kind = keep.contains(el) ? Optional.empty() : kindOf(el);
      if (kind.isPresent()) {
        el.remove();
        removed.merge(kind.get(), 1, Integer::sum);
      } else {
        todo.addAll(el.children());
      }
    }
    return removed;
  }

  /** An identity set, since elements are compared by identity. */
  static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** True when the element or one of its ancestors below body is boilerplate. */
  static boolean inside(Element el) {
    for (Element e = el; e != null && !e.normalName().equals("body"); e = e.parent()) {
      if (kindOf(e).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static Optional<Kind> kindOf(Element el) {
    String tag = el.normalName();
    Kind byTag = TAGS.get(tag);
    if (byTag == Kind.HEADER && insideContent(el)) {
      byTag = null;
    }
    if (byTag != null) {
      return Optional.of(byTag);
    }
    Kind byRole = ROLES.get(el.attr("role").strip().toLowerCase(Locale.ROOT));
    if (byRole != null && !(byRole == Kind.HEADER && insideContent(el))) {
      return Optional.of(byRole);
    }
    if (hidden(el)) {
      return Optional.of(Kind.HIDDEN);
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      Kind heading = HEADINGS.get(el.text().strip().toLowerCase(Locale.ROOT).replaceAll("[:.!]+$", ""));
      if (heading != null) {
        return Optional.of(heading);
      }
    }
    String words = words(el.id() + " " + el.className() + " " + el.attr("aria-label"));
    if (words.length() > 1) {
      for (Marker m : MARKERS) {
        if (words.contains(m.words())) {
          return Optional.of(m.kind());
        }
      }
    }
    return Optional.empty();
  }

  /** "shareButtons top_bar" -> "-share-buttons-top-bar-". */
  static String words(String names) {
    StringBuilder out = new StringBuilder("-");
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || camel) {
        if (out.charAt(out.length() - 1) != '-') {
          out.append('-');
        }
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    if (out.charAt(out.length() - 1) != '-') {
      out.append('-');
    }
    return out.toString();
  }

  private static boolean insideContent(Element el) {
    Element parent = el.parent();
    return parent != null && parent.closest("article, main, [itemprop=articleBody]") != null;
  }

  private static boolean hidden(Element el) {
    String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")
        || style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static Map<String, Kind> tags() {
    Map<String, Kind> tags = new HashMap<>();
    for (String t : List.of("script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "canvas")) {
      tags.put(t, Kind.SCRIPT);
    }
    for (String t : List.of("form", "button", "input", "select", "textarea")) {
      tags.put(t, Kind.FORM);
    }
    tags.put("nav", Kind.NAVIGATION);
    tags.put("menu", Kind.NAVIGATION);
    tags.put("header", Kind.HEADER);
    tags.put("footer", Kind.FOOTER);
    tags.put("aside", Kind.SIDEBAR);
    return Map.copyOf(tags);
  }

  private static Kind kind(String name, String line) {
    try {
      return Kind.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw new DyadException("boilerplate.tsv: unknown kind '" + name + "' in line '" + line + "'", e);
    }
  }

  private static List<String> items(String[] cells, int i) {
    if (i >= cells.length || cells[i].isBlank()) {
      return List.of();
    }
    return Arrays.stream(cells[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
