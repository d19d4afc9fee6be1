package org.dyad.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata an HTML page states about itself. Title: og:title, else {@code <title>}, else the
 * first h1, without a trailing " - Site" or " | Site" when og:site_name names the site. Date: the
 * first parseable of the publication meta tags, JSON-LD datePublished, {@code <time datetime>}. URL:
 * the canonical link, else og:url.
 */
final class PageMetadata {
  private static final List<String> DATE_META = List.of(
      "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued");
  private static final List<String> SITE_SEPARATORS = List.of(" - ", " | ", " \u2013 ", " \u2014 ", " :: ", " · ");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();

  private PageMetadata() {}

  /** Reads the metadata of an unmodified page (before boilerplate is removed). */
  static Metadata of(Document doc) {
    return new Metadata(null, title(doc), date(doc).orElse(null), url(doc));
  }

  private static String title(Document doc) {
    String site = meta(doc, "og:site_name");
    String title = meta(doc, "og:title");
    if (title == null) {
      title = doc.title();
    }
    if (title == null || title.isBlank()) {
      Element h1 = preferInArticle(doc.getElementsByTag("h1"));
      title = h1 == null ? null : h1.text();
    }
    return title == null ? null : withoutSite(title.strip(), site);
  }

  static String withoutSite(String title, String site) {
    if (site == null) {
      return title;
    }
    String lower = title.toLowerCase(Locale.ROOT);
    for (String sep : SITE_SEPARATORS) {
      String suffix = (sep + site).toLowerCase(Locale.ROOT);
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static Optional<LocalDate> date(Document doc) {
    for (String name : DATE_META) {
      Optional<LocalDate> d = Dates.parse(meta(doc, name));
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<LocalDate> d = jsonLdDate(doc);
    if (d.isPresent()) {
      return d;
    }
    Element time = preferInArticle(doc.select("time[datetime]"));
    return time == null ? Optional.empty() : Dates.parse(time.attr("datetime"));
  }

  /** The first element inside an article, else the first one. (A descendant selector is quadratic in the depth.) */
  private static Element preferInArticle(List<Element> elements) {
    return elements.stream().filter(e -> e.closest("article") != null).findFirst()
        .orElse(elements.isEmpty() ? null : elements.get(0));
  }

  private static Optional<LocalDate> jsonLdDate(Document doc) {
    for (Element script : doc.getElementsByTag("script")) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      try {
        JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
        Optional<LocalDate> d = found == null ? Optional.empty() : Dates.parse(found.asText());
        if (d.isPresent()) {
          return d;
        }
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common on the web; the other sources of a date remain.
      }
    }
    return Optional.empty();
  }

  private static String url(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    return meta(doc, "og:url");
  }

  /** The content of the first meta tag whose property, name or itemprop is {@code key} (case-insensitive). */
  private static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      for (String attr : List.of("property", "name", "itemprop")) {
        if (m.attr(attr).strip().equalsIgnoreCase(key)) {
          String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
          if (!content.isBlank()) {
            return content.strip();
          }
        }
      }
    }
    return null;
  }
}
