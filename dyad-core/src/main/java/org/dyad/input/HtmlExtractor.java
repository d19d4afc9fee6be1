package org.dyad.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and the metadata of a news page with jsoup: reads the page's metadata,
 * removes boilerplate (see {@link Boilerplate}), picks the main container (see {@link MainContent})
 * and renders it as paragraphs. Stateless and thread-safe; malformed HTML never throws.
 */
public final class HtmlExtractor {
  public HtmlExtraction extract(String html) {
    Args.notNull(html, "html");
    Document doc = Jsoup.parse(html);
    Metadata page = PageMetadata.of(doc);
    Set<Element> keep = Boilerplate.identitySet();
    MainContent.structural(doc).ifPresent(anchor -> {
      for (Element e = anchor; e != null; e = e.parent()) {
        keep.add(e);
      }
    });
    Map<Boilerplate.Kind, Integer> removed = Boilerplate.strip(doc.body(), keep);
    MainContent.Content main = MainContent.find(doc);
    Map<String, Integer> labelled = new LinkedHashMap<>();
    removed.forEach((kind, n) -> labelled.put(kind.label, n));
    List<String> texts = main.parts().stream().map(BlockText::render).filter(t -> !t.isEmpty()).toList();
    return new HtmlExtraction(String.join(BlockText.PARAGRAPH_SEPARATOR, texts), page, labelled, main.description());
  }
}
