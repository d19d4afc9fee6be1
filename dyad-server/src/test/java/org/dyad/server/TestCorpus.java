package org.dyad.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;
import org.dyad.store.Store;

/**
 * The articles the server tests store, analysed by the real pipeline: one analyzer per JVM, each
 * analysis made once. Four articles: Syria and Hamas (December 2024), Israel and Hamas (January 2025),
 * Kenya and Ethiopia (March 2025, with a negated act), and one whose text holds HTML and a script, which must show as text.
 */
final class TestCorpus {
  static final String SYRIA = """
      DAMASCUS, December 8 - Syrian authorities arrested dozens of Hamas members in Damascus on Sunday, \
      officials said. Hamas condemned the arrests and accused the Syrian government of betraying the Palestinian cause.

      "We call on Damascus to release our brothers at once," a Hamas spokesman told reporters.

      The United Nations urged Syria and Hamas to resolve their dispute through dialogue.
      """;

  static final String GAZA = """
      GAZA, January 15 - Israeli forces attacked Hamas positions in Gaza on Wednesday, the army said. \
      Hamas fired rockets at Israel in response, according to witnesses.

      Syria condemned the Israeli strikes. Egypt offered to mediate between Israel and Hamas.
      """;

  static final String KENYA = """
      NAIROBI, March 3 (Reuters) - Kenya and Ethiopia agreed on Monday to reopen their shared border \
      after talks mediated by the African Union, officials said.

      "We have agreed to work together for peace," Kenyan President William Ruto told reporters in Nairobi.

      Ethiopia also promised to send food aid to Kenya, and the two governments signed a trade agreement. \
      Kenya did not expel Ethiopian diplomats from Nairobi, the ministry said.
      """;

  /** Markup in an article's text: the page must show it as characters and never run it. */
  static final String SCRIPT = """
      CAIRO, February 2 - Egypt criticized Israel on Tuesday over the closure of the Rafah crossing, \
      officials said. A statement posted online read <script>window.__dyadPwned = true;</script> and \
      <img src=x onerror="window.__dyadPwned = true"> in what the ministry called a hacked page. \
      Egypt urged the United Nations to send more aid to Gaza.
      """;

  private static Analyzer analyzer;
  private static final Map<String, Analysis> ANALYSES = new HashMap<>();

  private TestCorpus() {}

  static synchronized Analyzer analyzer() {
    if (analyzer == null) {
      analyzer = Analyzer.standard(List.of());
    }
    return analyzer;
  }

  static synchronized Analysis analysis(String id, String title, String date, String url, String text) {
    return ANALYSES.computeIfAbsent(id, k -> analyzer().analyze(
        new ArticleReader().fromText(text, new Metadata(id, title, LocalDate.parse(date), url))));
  }

  /** A new store in {@code dir} holding the four articles. */
  static Store seeded(Path dir) {
    Store store = Store.open(dir.resolve("db").toString());
    store.save(analysis("syria-hamas", "Syria arrests Hamas members in Damascus", "2024-12-08", "https://news.example/syria", SYRIA));
    store.save(analysis("gaza", "Israeli forces strike Hamas in Gaza", "2025-01-15", "https://wire.example/gaza", GAZA));
    store.save(analysis("script", "Egypt criticizes Israel <b>over Rafah</b>", "2025-02-02", null, SCRIPT));
    store.save(analysis("kenya-ethiopia", "Kenya and Ethiopia reopen their border", "2025-03-03", "https://news.example/kenya", KENYA));
    return store;
  }
}
