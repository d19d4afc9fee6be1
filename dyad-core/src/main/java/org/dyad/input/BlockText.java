package org.dyad.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an element as plain paragraphs separated by a blank line: each block element (headings,
 * p, li, blockquote, div ...) and each {@code <br>}-separated line is a paragraph; inline whitespace
 * is collapsed to one space. A {@code <pre>} keeps its line breaks within one paragraph.
 */
final class BlockText {
  static final String PARAGRAPH_SEPARATOR = "\n\n";
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
      "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
      "caption");
  private static final Set<String> CELLS = Set.of("td", "th");

  private BlockText() {}

  static String render(Element root) {
    Renderer r = new Renderer();
    NodeTraversor.filter(r, root);
    r.flush();
    return String.join(PARAGRAPH_SEPARATOR, r.paragraphs);
  }

  /** Collects paragraphs while jsoup walks the tree; one per call of {@link #render}. */
  private static final class Renderer implements NodeFilter {
    final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean space;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre")) {
          flush();
          appendPre(e.wholeText());
          flush();
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br") || BLOCKS.contains(tag)) {
          flush();
        } else if (CELLS.contains(tag)) {
          space = current.length() > 0;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          flush();
        } else if (CELLS.contains(e.normalName())) {
          space = current.length() > 0;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          space = current.length() > 0;
        } else {
          if (space) {
            current.append(' ');
            space = false;
          }
          current.append(c);
        }
      }
    }

    private void appendPre(String text) {
      String normalised = text.replace("\r\n", "\n").replace('\r', '\n')
          .replaceAll("[ \\t\\u00A0]+\\n", "\n")
          .replaceAll("\\n{2,}", "\n")
          .strip();
      current.append(normalised);
    }

    void flush() {
      if (current.length() > 0) {
        paragraphs.add(current.toString());
      }
      current.setLength(0);
      space = false;
    }
  }
}
