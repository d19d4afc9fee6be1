package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.Fixtures.DAMASCUS;
import static org.dyad.store.Fixtures.HAMAS;
import static org.dyad.store.Fixtures.ISRMIL;
import static org.dyad.store.Fixtures.STORY;
import static org.dyad.store.Fixtures.SYRGOV;
import static org.dyad.store.Fixtures.UNO;
import static org.dyad.store.Fixtures.analysis;
import static org.dyad.store.Fixtures.arrest;
import static org.dyad.store.Fixtures.event;
import static org.dyad.store.Fixtures.other;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.ActorType;
import org.dyad.model.Event.Certainty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's behaviour, written once and run on every database dyad supports: each subclass gives a
 * fresh, empty database per test.
 */
abstract class StoreContract {
  protected Store store;

  /** A {@code --db} argument naming a fresh, empty database. */
  protected abstract String freshDatabase() throws Exception;

  private String lastDatabase;

  @BeforeEach
  void open() throws Exception {
    lastDatabase = freshDatabase();
    store = Store.open(lastDatabase);
  }

  @AfterEach
  void close() {
    if (store != null) { // null when the database was not there and the test was skipped
      store.close();
    }
  }

  @Test
  void eventsAreFoundByTheCountryAndTheBoxTheyHappenedIn() {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08").withPlace(DAMASCUS))));
    store.save(analysis("b", "Hamas accused the Syrian government of betraying the Palestinian cause on Monday.", "2024-12-09",
        null, List.of(SYRGOV, HAMAS),
        List.of(event(HAMAS, SYRGOV, "111", "2024-12-09", false, Certainty.ASSERTED, -2.0, 3))));
    assertThat(store.events(EventQuery.all().at(PlaceFilter.of("SYR", null)))).hasSize(1)
        .allSatisfy(e -> assertThat(e.event().place().geonamesId()).isEqualTo(170654L));
    assertThat(store.events(EventQuery.all().at(PlaceFilter.of("sy", null)))).hasSize(1);
    assertThat(store.events(EventQuery.all().at(PlaceFilter.of(null, "35,32,37,34")))).hasSize(1);
    assertThat(store.events(EventQuery.all().at(PlaceFilter.of(null, "0,0,10,10")))).isEmpty();
    assertThat(store.events(EventQuery.all().at(PlaceFilter.of("NGA", null)))).isEmpty();
    assertThat(store.events(EventQuery.all())).hasSize(2);
  }

  @Test
  void theCountPerCountryCountsWhatTheQueryPicksAndActsWhenCountingActsByDefault() {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08").withPlace(DAMASCUS))));
    store.save(analysis("b", other(1), "2024-12-09", null, List.of(SYRGOV, HAMAS),
        List.of(event(SYRGOV, HAMAS, "0841", "2024-12-09", true, Certainty.ASSERTED, 4.0, 1).withPlace(DAMASCUS))));
    store.save(analysis("c", other(2), "2024-12-10", null, List.of(SYRGOV, HAMAS),
        List.of(event(HAMAS, SYRGOV, "190", "2024-12-10", false, Certainty.HYPOTHETICAL, -10.0, 4).withPlace(DAMASCUS))));
    store.save(analysis("d", other(3), "2024-12-11", null, List.of(SYRGOV, HAMAS),
        List.of(event(SYRGOV, HAMAS, "1041", "2024-12-11", true, Certainty.HYPOTHETICAL, -6.0, 3).withPlace(DAMASCUS))));
    assertThat(store.events(EventQuery.all())).hasSize(4);
    // A store-level query's open filters mean any: the caller decides what counts.
    assertThat(store.countEventsByCountry(EventQuery.all())).containsExactly(java.util.Map.entry("SYR", 4L));
    assertThat(store.countEventsByCountry(EventQuery.all().counted(Counting.ALL))).containsExactly(java.util.Map.entry("SYR", 4L));
    assertThat(store.countEventsByCountry(EventQuery.all().countingActsByDefault())).containsExactly(java.util.Map.entry("SYR", 1L));
    assertThat(store.countEventsByCountry(EventQuery.all().withNegated(true).countingActsByDefault()))
        .containsExactly(java.util.Map.entry("SYR", 1L));
    assertThat(store.countEventsByCountry(EventQuery.all().withCertainty(Certainty.HYPOTHETICAL).countingActsByDefault()))
        .containsExactly(java.util.Map.entry("SYR", 1L));
  }

  @Test
  void anActThatAnotherArticleOnlySpeculatesAboutStaysTheActAndCounts() {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08").withPlace(DAMASCUS))));
    store.save(analysis("b", other(1), "2024-12-09", null, List.of(SYRGOV, HAMAS),
        List.of(event(SYRGOV, HAMAS, "174", "2024-12-09", false, Certainty.HYPOTHETICAL, -5.0, 4).withPlace(DAMASCUS))));
    List<StoredEvent> events = store.events(EventQuery.all());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).event().certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(events.get(0).numArticles()).isEqualTo(2);
    assertThat(store.countEventsByCountry(EventQuery.all())).containsExactly(java.util.Map.entry("SYR", 1L));
  }

  @Test
  void savingTheSameArticleTwiceStoresNothingTwice() {
    Saved first = store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    Saved again = store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    assertThat(first.status()).isEqualTo(Saved.Status.NEW);
    assertThat(again.status()).isEqualTo(Saved.Status.KNOWN);
    assertThat(again.articleId()).isEqualTo(first.articleId());
    assertThat(store.counts()).isEqualTo(new Store.Counts(1, 1, 1, 2));
    assertThat(store.events(EventQuery.all()).get(0).event().numMentions()).isEqualTo(1);
  }

  @Test
  void articlesSavedFromManyThreadsAtOnceAreStoredOnceAndTheirSharedEventMergedOnce() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Saved>> saves = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        // Two copies of each article (same text): one is stored, the other is known.
        int n = i / 2;
        saves.add(pool.submit(() -> store.save(analysis("a" + n, other(n), "2024-12-08", null, List.of(SYRGOV, HAMAS),
            List.of(arrest("2024-12-08"))))));
      }
      List<Saved.Status> statuses = new ArrayList<>();
      for (Future<Saved> save : saves) {
        statuses.add(save.get().status());
      }
      assertThat(statuses).filteredOn(s -> s == Saved.Status.KNOWN).hasSize(threads / 2);
    } finally {
      pool.shutdown();
    }
    assertThat(store.counts()).isEqualTo(new Store.Counts(threads / 2, threads / 2, 1, 2));
    assertThat(store.events(EventQuery.all()).get(0).numArticles()).isEqualTo(threads / 2);
  }

  @Test
  void readsUseTheirOwnConnectionAndSeeOnlyCommittedArticles() throws SQLException {
    store.save(analysis("a1", other(1), null, null, List.of(), List.of()));
    // A connection of the pool in the middle of a transaction, as a save's would be.
    try (Connection writing = store.connection()) {
      writing.setAutoCommit(false);
      try (Statement s = writing.createStatement()) {
        s.executeUpdate("UPDATE articles SET title = 'changed', search_words = ' changed '");
      }
      assertThat(store.articles(10, 0)).extracting(ArticleSummary::title).containsExactly("Title of a1");
      assertThat(store.searchArticles("changed", 10)).isEmpty();
      writing.rollback();
    }
  }

  @Test
  void anArticleWithAKnownUrlIsKnownEvenWhenItsTextChanged() {
    store.save(analysis("a", other(1), "2024-12-08", "https://news.example/a", List.of(), List.of()));
    Saved again = store.save(analysis("a", other(2), "2024-12-08", "https://news.example/a", List.of(), List.of()));
    assertThat(again.status()).isEqualTo(Saved.Status.KNOWN);
    assertThat(store.known(Store.contentHash("text", other(1)), null)).isPresent();
  }

  @Test
  void aLightRewriteJoinsTheStoryOfTheFirstArticle() {
    Saved first = store.save(analysis("wire", STORY, "2024-12-08", null, List.of(), List.of()));
    Saved rewrite = store.save(analysis("rewrite", Fixtures.rewrite(STORY), "2024-12-08", null, List.of(), List.of()));
    Saved unrelated = store.save(analysis("other", other(3), "2024-12-08", null, List.of(), List.of()));
    assertThat(rewrite.status()).isEqualTo(Saved.Status.NEAR_DUPLICATE);
    assertThat(rewrite.storyId()).isEqualTo(first.articleId());
    assertThat(rewrite.nearDuplicateOf()).isEqualTo(first.articleId());
    assertThat(rewrite.similarity()).isGreaterThanOrEqualTo(0.8);
    assertThat(store.article(rewrite.articleId()).orElseThrow().article().nearDuplicateOf()).isEqualTo(first.articleId());
    assertThat(unrelated.status()).isEqualTo(Saved.Status.NEW);
    assertThat(unrelated.storyId()).isEqualTo(unrelated.articleId());
    assertThat(store.counts().stories()).isEqualTo(2);
  }

  @Test
  void aStoryHoldsItsArticlesOldestFirstWithTheirPublishersAndTheEventTheyTellOnce() {
    Saved first = store.save(analysis("wire", STORY, "2024-12-08", "https://wire.example/1", List.of(SYRGOV, HAMAS),
        List.of(arrest("2024-12-08"))));
    Saved rewrite = store.save(analysis("rewrite", Fixtures.rewrite(STORY), "2024-12-09", "https://www.paper.example/2",
        List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    Saved later = store.save(analysis("other", other(3), "2025-01-02", null, List.of(), List.of()));
    assertThat(store.stories(0, 0)).extracting(StoredStory::id).containsExactly(later.storyId(), first.articleId());
    assertThat(store.stories(1, 1)).extracting(StoredStory::id).containsExactly(first.articleId());
    StoredStory story = store.story(first.articleId()).orElseThrow();
    assertThat(story.articles()).extracting(StoredStory.Article::name).containsExactly("wire", "rewrite");
    assertThat(story.articles()).extracting(StoredStory.Article::publisher).containsExactly("wire.example", "paper.example");
    assertThat(story.articles().get(0).similarity()).isNull();
    assertThat(story.articles().get(1).nearDuplicateOf()).isEqualTo(first.articleId());
    assertThat(story.articles().get(1).similarity()).isGreaterThanOrEqualTo(0.8);
    assertThat(story.events()).singleElement().satisfies(e -> assertThat(e.numArticles()).isEqualTo(2));
    assertThat(store.story(later.storyId()).orElseThrow().events()).isEmpty();
    assertThat(store.story(rewrite.articleId())).isEmpty(); // a story goes by its first article's id
  }

  @Test
  void theSameEventInThreeArticlesIsOneEventWithItsCounts() {
    store.save(analysis("a1", other(1), "2024-12-08", "https://one.example/1", List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    store.save(analysis("a2", other(2), "2024-12-09", "https://www.one.example/2", List.of(SYRGOV, HAMAS),
        List.of(event(null, HAMAS, "17", "2024-12-09", false, Certainty.ALLEGED, -4.0, 4))));
    store.save(analysis("a3", other(3), "2024-12-10", "https://two.example/3", List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-10"))));
    List<StoredEvent> events = store.events(EventQuery.all());
    assertThat(events).hasSize(1);
    StoredEvent e = events.get(0);
    assertThat(e.numArticles()).isEqualTo(3);
    assertThat(e.numSources()).isEqualTo(2);
    assertThat(e.event().numMentions()).isEqualTo(3);
    assertThat(e.articles()).extracting(StoredEvent.ArticleRef::name).containsExactly("a1", "a2", "a3");
    assertThat(e.event().cameo()).isEqualTo("173");
    assertThat(e.event().source().code()).isEqualTo("SYRGOV");
    assertThat(e.event().certainty()).isEqualTo(Certainty.ASSERTED);
  }

  @Test
  void eventsOfAnotherRootNegationTargetOrTimeStayApart() {
    store.save(analysis("a1", other(1), "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    store.save(analysis("a2", other(2), "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(
        event(SYRGOV, HAMAS, "190", "2024-12-08", false, Certainty.ASSERTED, -10, 4),
        event(SYRGOV, HAMAS, "173", "2024-12-08", true, Certainty.ASSERTED, -5, 4),
        event(SYRGOV, ISRMIL, "173", "2024-12-08", false, Certainty.ASSERTED, -5, 4))));
    store.save(analysis("a3", other(3), "2025-06-01", null, List.of(SYRGOV, HAMAS), List.of(arrest("2025-06-01"))));
    store.save(analysis("a4", other(4), "2025-06-01", null, List.of(SYRGOV, HAMAS), List.of(
        new org.dyad.model.Event("e9", SYRGOV.ref(), HAMAS.ref(), "173", "17", "l", -5, 4, null, null, false,
            Certainty.ASSERTED, null, "2012", null, null, null, List.of(new org.dyad.model.Event.EventMention(0, 0, 1, "x"))))));
    assertThat(store.events(EventQuery.all())).hasSize(6);
  }

  @Test
  void actorsOfDifferentArticlesAreOneActorWithAllAliases() throws SQLException {
    store.save(analysis("a1", other(1), null, null, List.of(SYRGOV), List.of()));
    store.save(analysis("a2", other(2), null, null,
        List.of(Fixtures.actor("syrgov", "SYRGOV", "Syria", ActorType.STATE, "Damascus", "the regime")), List.of()));
    assertThat(store.counts().actors()).isEqualTo(1);
    List<String> aliases = new ArrayList<>();
    try (Connection c = store.connection();
         PreparedStatement ps = c.prepareStatement("SELECT alias FROM actor_aliases WHERE actor_id = 'syrgov' ORDER BY alias");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        aliases.add(rs.getString(1));
      }
    }
    assertThat(aliases).containsExactly("Damascus", "Syria", "the regime");
  }

  /** Four events: SYRGOV->HAMAS arrest (Dec), HAMAS->SYRGOV threat (Dec, alleged), ISRMIL->HAMAS attack (Jan, negated), UNO->SYRGOV appeal (Jan). */
  private void fourEvents() {
    store.save(analysis("a1", other(1), "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(
        arrest("2024-12-08"), event(HAMAS, SYRGOV, "138", "2024-12-08", false, Certainty.ALLEGED, -7, 3))));
    store.save(analysis("a2", other(2), "2025-01-15", null, List.of(ISRMIL, HAMAS, UNO, SYRGOV), List.of(
        event(ISRMIL, HAMAS, "190", "2025-01-15", true, Certainty.ASSERTED, -10, 4),
        event(UNO, SYRGOV, "0214", "2025-01-15", false, Certainty.ASSERTED, 3.0, 1))));
  }

  /** Quad class 1..4 to these counts. */
  private static Map<Integer, Integer> quads(int... counts) {
    return Map.of(1, counts[0], 2, counts[1], 3, counts[2], 4, counts[3]);
  }

  private List<String> cameos(EventQuery q) {
    return store.events(q).stream().map(e -> e.event().cameo()).toList();
  }

  @Test
  void eventsAreFilteredByActorDyadCodeQuadDateCertaintyAndNegation() {
    fourEvents();
    EventQuery all = EventQuery.all().sortedBy(EventQuery.Sort.GOLDSTEIN);
    assertThat(cameos(all)).containsExactly("190", "138", "173", "0214");
    assertThat(cameos(all.withActor("HAMAS"))).containsExactly("190", "138", "173");
    assertThat(cameos(all.withActor("SYR"))).containsExactly("138", "173", "0214");
    assertThat(cameos(all.withDyad("SYRGOV", "HAMAS", EventQuery.Direction.FORWARD))).containsExactly("173");
    assertThat(cameos(all.withDyad("SYRGOV", "HAMAS", EventQuery.Direction.EITHER))).containsExactly("138", "173");
    assertThat(cameos(all.withDyad("hamas", "syrgov", EventQuery.Direction.BOTH))).containsExactly("138", "173");
    assertThat(cameos(all.withDyad("ISRMIL", "HAMAS", EventQuery.Direction.BOTH))).isEmpty();
    assertThat(cameos(all.withCameo("02"))).containsExactly("0214");
    assertThat(cameos(all.withCameo("173"))).containsExactly("173");
    assertThat(cameos(all.withQuadClass(4))).containsExactly("190", "173");
    assertThat(cameos(all.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)))).containsExactly("190", "0214");
    assertThat(cameos(all.withCertainty(Certainty.ALLEGED))).containsExactly("138");
    assertThat(cameos(all.withNegated(true))).containsExactly("190");
    assertThat(cameos(all.page(2, 1))).containsExactly("138", "173");
    assertThat(cameos(EventQuery.all().sortedBy(EventQuery.Sort.DATE).page(1, 0))).hasSize(1)
        .allMatch(c -> c.equals("190") || c.equals("0214"));
  }

  @Test
  void likeWildcardsInActorAndSpeakerFiltersAreTakenLiterally() {
    fourEvents();
    EventQuery all = EventQuery.all();
    assertThat(cameos(all.withActor("%"))).as("%% is no wildcard").isEmpty();
    assertThat(cameos(all.withActor("_YR"))).as("_YR does not match SYR").isEmpty();
    assertThat(cameos(all.withActor("SYR%GOV"))).isEmpty();
    assertThat(cameos(all.withActor("SY\\"))).isEmpty();
    assertThat(cameos(all.withActor("SYR"))).hasSize(3);
    assertThat(cameos(all.withDyad("%", "%", EventQuery.Direction.BOTH))).isEmpty();
    assertThat(store.countEvents(all.withActor("%"))).isZero();
    assertThat(store.quotes("%", null, 0, 0)).isEmpty();
    assertThat(store.quotes("_YR", null, 0, 0)).isEmpty();
    assertThat(store.quotes("SYR", null, 0, 0)).hasSize(1);
  }

  @Test
  void aDyadsTimeSeriesCountsQuadClassesAndGoldsteinPerMonth() {
    fourEvents();
    store.save(analysis("a3", other(3), "2025-01-20", null, List.of(SYRGOV, HAMAS), List.of(
        event(SYRGOV, HAMAS, "042", "2025-01-20", false, Certainty.ASSERTED, 1.9, 1))));
    List<DyadPeriod> months = store.dyad(DyadQuery.of("SYRGOV", "HAMAS", DyadQuery.Period.MONTH));
    assertThat(months).extracting(DyadPeriod::period).containsExactly("2024-12", "2025-01");
    DyadPeriod dec = months.get(0);
    assertThat(dec.events()).isEqualTo(2);
    assertThat(dec.quadClassCounts()).containsExactly(0, 0, 1, 1);
    assertThat(dec.goldsteinSum()).isEqualTo(-12.0);
    assertThat(dec.goldsteinMean()).isEqualTo(-6.0);
    assertThat(dec.top()).hasSize(2);
    List<DyadPeriod> years = store.dyad(DyadQuery.of("SYRGOV", "HAMAS", DyadQuery.Period.YEAR));
    assertThat(years).extracting(DyadPeriod::period).containsExactly("2024", "2025");
  }

  @Test
  void aDyadsTimeSeriesBetweenTwoDaysHoldsOnlyTheirEvents() {
    fourEvents();
    store.save(analysis("a3", other(3), "2025-01-20", null, List.of(SYRGOV, HAMAS), List.of(
        event(SYRGOV, HAMAS, "042", "2025-01-20", false, Certainty.ASSERTED, 1.9, 1))));
    DyadQuery q = DyadQuery.of("SYRGOV", "HAMAS", DyadQuery.Period.MONTH);
    assertThat(store.dyad(q, java.time.LocalDate.parse("2025-01-01"), null)).extracting(DyadPeriod::period).containsExactly("2025-01");
    assertThat(store.dyad(q, null, java.time.LocalDate.parse("2024-12-31"))).extracting(DyadPeriod::period).containsExactly("2024-12");
    assertThat(store.dyad(q, java.time.LocalDate.parse("2024-12-08"), java.time.LocalDate.parse("2024-12-08")).get(0).events())
        .isEqualTo(2);
    assertThat(store.dyad(q, java.time.LocalDate.parse("2025-02-01"), null)).isEmpty();
  }

  /** A negated release (0841, +7) and a hypothetical strike (190) between Syria and Hamas, beside an asserted arrest. */
  private void notActs() {
    store.save(analysis("n1", other(7), "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(
        arrest("2024-12-08"),
        event(SYRGOV, HAMAS, "0841", "2024-12-08", true, Certainty.ASSERTED, 7.0, 2),
        event(SYRGOV, HAMAS, "190", "2024-12-08", false, Certainty.HYPOTHETICAL, -10, 4))));
  }

  @Test
  void negatedAndHypotheticalEventsAreLeftOutOfTheSeriesTheNetworkAndTheRelations() {
    notActs();
    DyadPeriod dec = store.dyad(DyadQuery.of("SYRGOV", "HAMAS", DyadQuery.Period.MONTH)).get(0);
    assertThat(dec.events()).isEqualTo(1);
    assertThat(dec.quadClassCounts()).containsExactly(0, 0, 0, 1);
    assertThat(dec.goldsteinSum()).isEqualTo(-5.0);
    assertThat(dec.top()).extracting(e -> e.event().cameo()).containsExactly("173");
    assertThat(dec.leftOut()).containsExactly(Map.entry("hypothetical", 1), Map.entry("negated", 1));
    assertThat(store.network(NetworkQuery.all()).edges()).containsExactly(new Network.Edge("hamas", "syrgov", 1, 0, 1, quads(0, 0, 0, 1), -5.0));
    assertThat(store.actor("syrgov", 10).orElseThrow().relations().get(0).events()).isEqualTo(1);
    assertThat(store.actors(0, 0)).filteredOn(a -> a.id().equals("syrgov")).extracting(ActorSummary::numEvents).containsExactly(1);
    // Asked for, they count.
    DyadPeriod all = store.dyad(new DyadQuery("SYRGOV", "HAMAS", DyadQuery.Period.MONTH, null, 3, Counting.ALL)).get(0);
    assertThat(all.events()).isEqualTo(3);
    assertThat(all.leftOut()).isEmpty();
    assertThat(store.network(new NetworkQuery(null, null, java.util.Set.of(), 100, Counting.parse("all", false))).edges().get(0).events())
        .isEqualTo(2);
    assertThat(cameos(EventQuery.all().counted(Counting.ACTS))).containsExactly("173");
  }

  @Test
  void aPeriodOfOnlyLeftOutEventsStaysInTheSeriesWithNothingCounted() {
    store.save(analysis("n2", other(8), "2024-11-02", null, List.of(SYRGOV, HAMAS), List.of(
        event(SYRGOV, HAMAS, "0841", "2024-11-02", true, Certainty.ASSERTED, 7.0, 2))));
    DyadPeriod nov = store.dyad(DyadQuery.of("SYRGOV", "HAMAS", DyadQuery.Period.MONTH)).get(0);
    assertThat(nov.period()).isEqualTo("2024-11");
    assertThat(nov.events()).isZero();
    assertThat(nov.goldsteinMean()).isZero();
    assertThat(nov.leftOut()).containsExactly(Map.entry("negated", 1));
    assertThat(org.dyad.store.export.PeriodJson.of(nov).get("goldstein_mean").isNull()).isTrue();
  }

  @Test
  void aReopenedStoreKeepsWhatItHoldsAndKnowsItsArticles() {
    store.save(analysis("a1", other(1), "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    String db = lastDatabase;
    if (store != null) { // null when the database was not there and the test was skipped
      store.close();
    }
    store = Store.open(db);
    assertThat(store.counts().articles()).isEqualTo(1);
    assertThat(store.save(analysis("a1", other(1), "2024-12-08", null, List.of(), List.of())).status())
        .isEqualTo(Saved.Status.KNOWN);
  }

  @Test
  void aStoreWithASingleConnectionOpensSavesAndReads() {
    String db = lastDatabase;
    store.close();
    store = Store.open(db, StoreSettings.DEFAULT, 1);
    store.save(analysis("a1", other(1), "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of(arrest("2024-12-08"))));
    store.forEachEvent(EventQuery.all(), e -> assertThat(store.article(e.articles().get(0).id())).isPresent());
    assertThat(store.counts()).isEqualTo(new Store.Counts(1, 1, 1, 2));
  }

  @Test
  void anArticleInFullHasItsTextActorsWithSpansQuotesAndEvents() {
    fourEvents();
    ArticleSummary a2 = store.articles(0, 0).get(0);
    assertThat(a2.name()).isEqualTo("a2");
    assertThat(a2.numEvents()).isEqualTo(2);
    assertThat(a2.nearDuplicateOf()).isNull();
    StoredArticle full = store.article(a2.id()).orElseThrow();
    assertThat(full.text()).isEqualTo(other(2));
    assertThat(full.actors()).extracting(x -> x.actor().id()).containsExactlyInAnyOrder("isrmil", "hamas", "uno", "syrgov");
    assertThat(full.actors().get(0).mentions()).containsExactly(new org.dyad.model.Span(0, 1, other(2).substring(0, 1)));
    assertThat(full.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker().id()).isEqualTo("isrmil");
      assertThat(q.articleTitle()).isEqualTo("Title of a2");
    });
    assertThat(full.events()).extracting(e -> e.event().cameo()).containsExactly("190", "0214");
    assertThat(store.article(999_999)).isEmpty();
  }

  @Test
  void actorSearchMatchesWholeWordsOfNamesAndAliasesNotTextInsideAWord() {
    var china = Fixtures.actor("chngov", "CHNGOV", "China", ActorType.STATE, "Chinese ambassador");
    var assad = Fixtures.actor("person:bashar-al-assad", "SYRGOV", "Bashar al-Assad", ActorType.PERSON, "President Assad");
    var erdogan = Fixtures.actor("person:erdogan", "TURGOV", "Recep Tayyip Erdoğan", ActorType.PERSON);
    store.save(analysis("a", other(1), null, null, List.of(china, assad, erdogan), List.of()));
    assertThat(store.searchActors("Assad", 10)).extracting(ActorSummary::id).containsExactly("person:bashar-al-assad");
    assertThat(store.searchActors("bashar ASSAD", 10)).extracting(ActorSummary::id).containsExactly("person:bashar-al-assad");
    assertThat(store.searchActors("al-Assad", 10)).extracting(ActorSummary::id).containsExactly("person:bashar-al-assad");
    assertThat(store.searchActors("bassador", 10)).isEmpty();
    assertThat(store.searchActors("ambass", 10)).extracting(ActorSummary::id).containsExactly("chngov");
    assertThat(store.searchActors("erdogan", 10)).extracting(ActorSummary::id).containsExactly("person:erdogan");
    assertThat(store.searchActors("ERDOĞAN", 10)).extracting(ActorSummary::id).containsExactly("person:erdogan");
    assertThat(store.searchActors("chn", 10)).extracting(ActorSummary::id).containsExactly("chngov");
    assertThat(store.searchActors("chinese assad", 10)).isEmpty();
  }

  @Test
  void actorSearchTakesWildcardsAsCharacters() {
    var china = Fixtures.actor("chngov", "CHNGOV", "China", ActorType.STATE, "Chinese ambassador");
    store.save(analysis("a", other(1), null, null, List.of(china), List.of()));
    assertThat(store.searchActors("%", 10)).isEmpty();
    assertThat(store.searchActors("_", 10)).isEmpty();
    assertThat(store.searchActors("chin%se", 10)).isEmpty();
    assertThat(store.searchActors("ch_na", 10)).isEmpty();
    assertThat(store.searchActors("c_n", 10)).isEmpty();
  }

  @Test
  void articlesAndActorsStoredBeforeSearchWordsAreFoundOnceTheStoreIsUpgraded() throws SQLException {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(SYRGOV, HAMAS), List.of()));
    // Back to schema version 3, as a store written by an older dyad is.
    try (Connection c = store.connection(); Statement s = c.createStatement()) {
      for (String table : List.of("articles", "actors", "actor_aliases")) {
        s.execute("ALTER TABLE " + table + " DROP COLUMN search_words");
      }
      s.execute("DROP TABLE writer_lock");
      s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5')");
    }
    store.close();
    store = Store.open(lastDatabase);
    assertThat(store.searchArticles("Damascus", 10)).extracting(ArticleSummary::name).containsExactly("a");
    assertThat(store.searchActors("regime", 10)).extracting(ActorSummary::id).containsExactly("syrgov");
    assertThat(store.searchActors("hamas", 10)).extracting(ActorSummary::id).containsExactly("hamas");
  }

  @Test
  void articleSearchFindsWholeWordsOfTitleAndTextIgnoringCase() {
    store.save(analysis("a", STORY, "2024-12-08", null, List.of(), List.of()));
    store.save(analysis("b", other(2), "2024-12-09", null, List.of(), List.of()));
    assertThat(store.searchArticles("damascus", 10)).extracting(ArticleSummary::name).containsExactly("a");
    assertThat(store.searchArticles("SYRIAN Hamas", 10)).extracting(ArticleSummary::name).containsExactly("a");
    assertThat(store.searchArticles("group's", 10)).extracting(ArticleSummary::name).containsExactly("a");
    assertThat(store.searchArticles("arrest", 10)).extracting(ArticleSummary::name).containsExactly("a");
    assertThat(store.searchArticles("rrested", 10)).isEmpty();
    assertThat(store.searchArticles("title of", 10)).extracting(ArticleSummary::name).containsExactly("b", "a");
    assertThat(store.searchArticles("number 2", 10)).extracting(ArticleSummary::name).containsExactly("b");
    assertThat(store.searchArticles("damascus elections", 10)).isEmpty();
    assertThat(store.searchArticles("dam%cus", 10)).isEmpty();
    assertThat(store.searchArticles("...", 10)).isEmpty();
  }

  @Test
  void articlesAndActorsArePagedAndCountedAndFoundBySearch() {
    fourEvents();
    assertThat(store.articles(1, 1)).extracting(ArticleSummary::name).containsExactly("a1");
    // Busiest first by the events that count as acts: Hamas's negated clash (190) is none.
    assertThat(store.actors(0, 0)).extracting(ActorSummary::id).containsExactly("syrgov", "hamas", "uno", "isrmil");
    assertThat(store.actors(0, 0)).extracting(ActorSummary::numEvents).containsExactly(3, 2, 1, 0);
    assertThat(store.actors(0, 0).get(0).numArticles()).isEqualTo(2);
    assertThat(store.searchActors("regime", 10)).extracting(ActorSummary::id).containsExactly("syrgov");
    assertThat(store.searchActors("IDF", 10)).extracting(ActorSummary::id).containsExactly("isrmil");
    assertThat(store.searchActors("100%", 10)).isEmpty();
    assertThat(store.searchArticles("OF A1", 10)).extracting(ArticleSummary::name).containsExactly("a1");
    assertThat(store.countEvents(EventQuery.all().withActor("HAMAS").page(1, 0))).isEqualTo(3);
    assertThat(store.countEvents(EventQuery.all().withDyad("ISRMIL", "HAMAS", EventQuery.Direction.BOTH))).isZero();
    long id = store.events(EventQuery.all().withCameo("0214")).get(0).event().id().transform(Long::parseLong);
    assertThat(store.event(id)).get().extracting(e -> e.event().cameo()).isEqualTo("0214");
    assertThat(store.quotes("SYR", null, 0, 0)).hasSize(1);
    assertThat(store.countQuotes(null, null)).isEqualTo(2);
  }

  @Test
  void anActorsRelationsCountCooperationAndConflictWithoutNegatedEvents() {
    fourEvents();
    ActorProfile syria = store.actor("SYRGOV", 10).orElseThrow();
    assertThat(syria.actor().id()).isEqualTo("syrgov");
    assertThat(syria.aliases()).containsExactly("Syria", "the regime");
    assertThat(syria.relations()).extracting(r -> r.other().id()).containsExactly("hamas", "uno");
    ActorProfile.Relation hamas = syria.relations().get(0);
    assertThat(hamas.events()).isEqualTo(2);
    assertThat(hamas.conflict()).isEqualTo(2);
    assertThat(hamas.goldsteinMean()).isEqualTo(-6.0);
    assertThat(store.actor("hamas", 10).orElseThrow().relations()).extracting(r -> r.other().id()).containsExactly("syrgov");
    assertThat(store.actor("nobody", 10)).isEmpty();
  }

  @Test
  void theNetworkJoinsBothDirectionsOfAPairAndFiltersByDateAndQuadClass() {
    fourEvents();
    Network all = store.network(NetworkQuery.all());
    // The arrest (173) is material conflict, the alleged threat (138) verbal conflict.
    assertThat(all.edges()).containsExactly(new Network.Edge("hamas", "syrgov", 2, 0, 2, quads(0, 0, 1, 1), -6.0),
        new Network.Edge("syrgov", "uno", 1, 1, 0, quads(1, 0, 0, 0), 3.0));
    assertThat(all.nodes()).extracting(n -> n.actor().id()).containsExactly("syrgov", "hamas", "uno");
    assertThat(all.nodes().get(0).weight()).isEqualTo(3);
    Network january = store.network(new NetworkQuery(LocalDate.of(2025, 1, 1), null, java.util.Set.of(), 100));
    assertThat(january.edges()).extracting(Network.Edge::a).containsExactly("syrgov");
    Network cooperation = store.network(new NetworkQuery(null, null, java.util.Set.of(1, 2), 100));
    assertThat(cooperation.edges()).hasSize(1);
    assertThat(store.network(new NetworkQuery(null, null, java.util.Set.of(), 1)).edges()).isEmpty();
  }
}
