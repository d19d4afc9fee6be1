package org.dyad.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Problem;

/**
 * What {@link HtmlExtractor} found in a page: the main text (paragraphs separated by a blank line),
 * the page's own metadata, how many blocks of each kind of boilerplate it removed (kind label to
 * count, in a fixed order), and how it names the container the text came from.
 */
public record HtmlExtraction(String text, Metadata page, Map<String, Integer> removed, String container) {
  public HtmlExtraction {
    Args.notNull(text, "text");
    Args.notNull(page, "page");
    Args.notNull(container, "container");
    Args.notNull(removed, "removed");
    removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
  }

  /**
   * The HTML_CLEANED problem summarising the removal, e.g. "removed 3 navigation and 2 comment blocks;
   * main text from &lt;article&gt;"; empty when nothing was removed.
   */
  public Optional<Problem> cleaned() {
    if (removed.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = removed.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList();
    String list = parts.size() == 1
        ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    int total = removed.values().stream().mapToInt(Integer::intValue).sum();
    return Optional.of(Problem.of(Problem.Kind.HTML_CLEANED,
        "removed " + list + (total == 1 ? " block" : " blocks") + "; main text from " + container));
  }
}
