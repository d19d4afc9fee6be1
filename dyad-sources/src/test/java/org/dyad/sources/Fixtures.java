package org.dyad.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.input.SourceDocument;

/** Article texts written for these tests, and helpers to lay them out as files and read sources whole. */
final class Fixtures {
  static final ArticleReader READER = new ArticleReader();

  static final String BORDER = "Ministers from the two neighbouring countries met in Geneva on Tuesday to discuss the"
      + " disputed border crossing. The talks, which lasted for more than six hours, ended without an agreement,"
      + " but both sides said that they would meet again next month.";
  static final String BORDER_2 = "Officials of the foreign ministry said that the negotiations had been difficult and"
      + " that there was still a long way to go before the two governments could agree on the terms of a settlement.";
  static final String PORT = "Dock workers in the northern port city went on strike on Monday, demanding higher wages"
      + " and better safety rules. The union said that the strike would continue until the government agreed to"
      + " hold talks with its leaders about the new labour law.";
  static final String FLOOD = "Heavy rain caused floods in the south of the country over the weekend, and the army"
      + " was sent to help the thousands of people who had to leave their homes. The prime minister said that the"
      + " government would pay for the repairs to the damaged roads and bridges.";

  private Fixtures() {}

  /** A small news page: title, optional publication date, and paragraphs inside an article element. */
  static String page(String title, String publishedIso, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title>");
    if (publishedIso != null) {
      b.append("<meta property=\"article:published_time\" content=\"").append(publishedIso).append("\">");
    }
    b.append("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></body></html>\n").toString();
  }

  static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Every item's document, in order, decoding each once. */
  static List<SourceDocument> documents(ArticleSource source) {
    List<SourceDocument> docs = new ArrayList<>();
    for (SourceItem item : source) {
      docs.add(item.document().get());
    }
    return docs;
  }

  static List<SourceItem> items(ArticleSource source) {
    List<SourceItem> items = new ArrayList<>();
    source.forEach(items::add);
    return items;
  }
}
