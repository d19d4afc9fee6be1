package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium through ChromeDriver: each page loads, a filter is used, an
 * event is opened, and what is shown is checked. Every test leaves a screenshot in target/screenshots/.
 * Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing (.ci/run installs them).
 */
class BrowserTest extends ServerTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static WebDriver driver;
  private static Path profile;
  private String testName;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    profile = Files.createTempDirectory("dyad-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1366,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void name(TestInfo info) {
    testName = info.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void screenshot() throws IOException {
    if (driver != null) {
      screenshot(testName);
    }
  }

  /** Saves what the browser shows as target/screenshots/{@code name}.png (docs/screenshots/ holds copies of some). */
  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static void open(String page) {
    driver.get(base() + "/" + page);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  private static WebElement visible(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static long articleId(String name) {
    return store.articles(0, 0).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
  }

  @Test
  void theOverviewShowsCountsAndSearchFindsAnActorByAlias() {
    open("index.html");
    waiting().until(d -> all("#stats .stat").size() == 4);
    assertThat(visible("#stats").getText()).contains("articles").contains("events");
    assertThat(visible("#articles").getText()).contains("Kenya and Ethiopia reopen their border");
    driver.findElement(By.id("q")).sendKeys("syrian government");
    driver.findElement(By.cssSelector("#search-form button")).click();
    waiting().until(d -> d.findElement(By.id("search-results")).getText().contains("Syria"));
    assertThat(driver.findElement(By.id("search-results")).getText()).contains("Actors (1)");
  }

  /** A negated release and an alleged arrest: neither may read as the plain act anywhere. */
  private static final String HOSTAGES = "BEIRUT, February 10 - Hezbollah did not release the two Israeli soldiers on Monday, "
      + "officials said. Israel reportedly arrested five Hezbollah members in southern Lebanon on Sunday.";

  @Test
  void aNegatedEventReadsAsNotTheActAndAnAllegedOneSaysSoInTheArticleTheEventsAndTheDyad() {
    store.save(TestCorpus.analysis("hostages", "Hezbollah holds soldiers", "2025-02-11", null, HOSTAGES));
    open("article.html?id=" + articleId("hostages"));
    waiting().until(d -> all("#event-list li").size() == 2);
    WebElement release = all("#event-list li").stream().filter(e -> e.getText().contains("0841")).findFirst().orElseThrow();
    assertThat(release.findElements(By.cssSelector(".badge.not"))).hasSize(1);
    assertThat(release.findElements(By.cssSelector(".badge.q2"))).isEmpty(); // not coloured as cooperation
    WebElement arrest = all("#event-list li").stream().filter(e -> e.getText().contains("173")).findFirst().orElseThrow();
    assertThat(arrest.getText()).contains("alleged");
    assertThat(arrest.findElements(By.cssSelector(".badge.q4"))).hasSize(1);

    open("events.html?actor=HEZBOLLAH");
    waiting().until(d -> d.findElement(By.tagName("main")).getText().contains("0841"));
    assertThat(all(".badge.not")).hasSize(1);

    open("dyad.html?a=HEZBOLLAH&b=ISR");
    waiting().until(d -> js("return document.querySelector('#chart canvas') !== null").equals(Boolean.TRUE));
    // The series the chart draws counts the arrest and leaves the negated release out, saying why.
    Object leftOut = js("return fetch('/api/v1/dyads/HEZBOLLAH/ISR?by=month').then(r => r.json())"
        + ".then(d => JSON.stringify(d.periods.map(p => [p.period, p.events, p.left_out])))");
    assertThat(String.valueOf(leftOut)).contains("[\"2025-02\",1,{\"negated\":1}]");
  }

  @Test
  void anArticleShowsItsTextHighlightedAndAClickedEventItsDetails() {
    long id = articleId("syria-hamas");
    open("article.html?id=" + id);
    visible("#article-text .hl-event");
    assertThat(js("return document.getElementById('article-text').textContent")).isEqualTo(TestCorpus.SYRIA);
    assertThat(all("#article-text .hl-actor")).isNotEmpty();
    assertThat(all("#article-text .hl-quote")).isNotEmpty();
    assertThat(visible("#article-title").getText()).isEqualTo("Syria arrests Hamas members in Damascus");
    WebElement arrest = all("#article-text .hl-event").stream().filter(e -> e.getText().contains("arrested")).findFirst().orElseThrow();
    // A mention may wrap over lines: click into its first line, as a reader would.
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) js("const r = arguments[0].getClientRects()[0]; return [r.left + 4, r.top + r.height / 2];", arrest);
    new Actions(driver).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
    WebElement panel = visible("#event-panel .detail");
    assertThat(panel.getText()).contains("173").contains("Arrest").contains("Syria").contains("Hamas")
        .contains("asserted").contains("officials").contains("Mentions");
    assertThat(all("#article-text .hl-event.selected")).isNotEmpty();
    driver.findElements(By.cssSelector("#event-list li")).get(1).click();
    waiting().until(d -> !d.findElement(By.cssSelector("#event-panel .detail")).getText().contains("173 Arrest"));
    assertThat(visible("#quote-list").getText()).contains("We call on Damascus");
  }

  @Test
  void markupInAnArticleShowsAsTextAndNeverRuns() {
    open("article.html?id=" + articleId("script"));
    visible("#article-text .hl-event");
    String text = visible("#article-text").getText();
    assertThat(text).contains("<script>window.__dyadPwned = true;</script>").contains("<img src=x onerror=");
    assertThat(all("#article-text script")).isEmpty();
    assertThat(all("#article-text img")).isEmpty();
    assertThat(visible("#article-title").getText()).isEqualTo("Egypt criticizes Israel <b>over Rafah</b>");
    assertThat(js("return window.__dyadPwned === undefined")).isEqualTo(true);
  }

  @Test
  void theEventsTableIsFilteredSortedAndOpensAnEvent() {
    open("events.html");
    waiting().until(d -> all("#events-table tbody tr.clickable").size() > 5);
    new Select(driver.findElement(By.name("quad"))).selectByValue("4");
    driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waiting().until(d -> driver.getCurrentUrl().contains("quad=4") && !all("#events-table tbody tr.clickable").isEmpty()
        && all("#events-table tbody .badge").stream().allMatch(b -> b.getText().matches("(NOT )?4 .*")));
    assertThat(visible("#range").getText()).endsWith("of " + store.countEvents(org.dyad.store.EventQuery.all().withQuadClass(4)));
    driver.findElement(By.cssSelector("th[data-key=goldstein]")).click();
    List<Double> scores = all("#events-table tbody td.num:nth-child(6)").stream().map(e -> Double.parseDouble(e.getText())).toList();
    assertThat(scores).isSorted();
    all("#events-table tbody tr.clickable").get(0).findElement(By.cssSelector("td")).click();
    WebElement dialog = visible("#event-dialog");
    assertThat(dialog.getText()).contains("Material conflict").contains("Mentions").contains("Certainty");
  }

  @Test
  void theEventsPageDownloadsTheFilteredEventsAsGdelt() {
    open("events.html?quad=4");
    waiting().until(d -> !all("#events-table tbody tr.clickable").isEmpty());
    WebElement link = visible("#download-gdelt");
    assertThat(link.getAttribute("href")).contains("/api/v1/events/export?").contains("quad=4").contains("format=gdelt")
        .doesNotContain("limit");
    assertThat(link.getAttribute("download")).isNotNull();
    assertThat(visible("#downloads").getText()).contains("negated and hypothetical ones left out");
    // What the link serves, read as the browser would download it: every row is of quad class 4.
    int quad = org.dyad.store.export.GdeltColumns.EVENTS.names().indexOf("QuadClass");
    String body = String.valueOf(js("return fetch(arguments[0].href).then(r => r.text())", link));
    java.util.List<String> rows = body.lines().toList();
    assertThat(rows).hasSize((int) store.countEvents(org.dyad.store.EventQuery.all().withQuadClass(4)
        .counted(org.dyad.store.Counting.ACTS)));
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.split("\t", -1)[quad]).isEqualTo("4"));
    // Changing the filters changes the links.
    new Select(driver.findElement(By.name("quad"))).selectByValue("1");
    driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waiting().until(d -> d.findElement(By.id("download-csv")).getAttribute("href").contains("quad=1"));
  }

  @Test
  void anArticleLeadsToItsStoryWhichListsItsArticlesAndEventsAndTheStoriesAreInTheNav() throws IOException {
    open("article.html?id=" + articleId("syria-hamas"));
    visible("#story-link").click();
    waiting().until(d -> d.getCurrentUrl().contains("stories.html?id="));
    WebElement story = visible(".story");
    assertThat(driver.findElement(By.id("pager")).isDisplayed()).isFalse(); // one story has no pages
    assertThat(story.findElement(By.cssSelector(".story-articles")).getText())
        .contains("Syria arrests Hamas members in Damascus").contains("news.example").contains("2024-12-08").contains("first report");
    WebElement arrest = waiting().until(d -> all(".story-events li").stream().filter(li -> li.getText().contains("173"))
        .findFirst().orElse(null));
    arrest.findElement(By.cssSelector(".code")).click(); // the actors in the line are links of their own
    assertThat(visible("#event-dialog").getText()).contains("Arrest").contains("Mentions");
    driver.findElement(By.cssSelector("#event-dialog button")).click();
    screenshot(testName + "-story"); // the test ends on the list of stories
    driver.findElement(By.cssSelector("header.top nav a[data-page=stories]")).click();
    waiting().until(d -> all(".story").size() >= 4);
    assertThat(visible("#range").getText()).endsWith("of " + store.counts().stories());
    assertThat(all(".story h2 a").get(0).getText()).isNotBlank();
  }

  @Test
  void aDyadShowsItsTimelineAndTheEventsBehindAPeriod() {
    open("dyad.html?a=SYRGOV&b=HAMAS");
    visible("#chart canvas");
    waiting().until(d -> !all("#period-table tbody tr").isEmpty());
    assertThat(visible("#period-title").getText()).contains("2024-12");
    assertThat(visible("#period-table").getText()).contains("Arrest");
    new Select(driver.findElement(By.name("by"))).selectByValue("year");
    driver.findElement(By.cssSelector("#dyad-form button")).click();
    waiting().until(d -> d.findElement(By.id("period-title")).getText().startsWith("Events of 2024 "));
    all("#period-table tbody tr").get(0).findElement(By.cssSelector("td")).click();
    assertThat(visible("#event-dialog").getText()).contains("Dyad").contains("Mentions");
    driver.findElement(By.cssSelector("#event-dialog button")).click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-dialog")));
  }

  /** Sets a date input as a person picking a day would (typing into one depends on the browser's locale). */
  private static void pickDate(String css, String day) {
    js("const i = document.querySelector(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('change'));", css, day);
  }

  @Test
  void theDyadPageShowsOnlyTheDaysChosenAndKeepsThemInTheUrl() {
    open("dyad.html?a=SYRGOV&b=HAMAS");
    waiting().until(d -> !all("#period-table tbody tr").isEmpty());
    pickDate("#dyad-form input[name=to]", "2024-12-07");
    driver.findElement(By.cssSelector("#dyad-form button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("to=2024-12-07")
        && d.findElement(By.id("period-events")).getText().contains("No events between these actors"));
    open("dyad.html?a=SYRGOV&b=HAMAS&from=2024-12-01&to=2024-12-31");
    waiting().until(d -> !all("#period-table tbody tr").isEmpty());
    assertThat(driver.findElement(By.cssSelector("#dyad-form input[name=from]")).getAttribute("value")).isEqualTo("2024-12-01");
    assertThat(visible("#period-title").getText()).contains("2024-12");
    assertThat(visible("#period-table").getText()).contains("Arrest");
  }

  @Test
  void theNetworkShowsOnlyTheRelationsOfTheDaysChosen() {
    open("network.html");
    waiting().until(d -> d.findElement(By.id("graph")).getAttribute("data-edges") != null);
    int allEdges = Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-edges"));
    pickDate("#network-form input[name=from]", "2025-03-01");
    pickDate("#network-form input[name=to]", "2025-03-31");
    driver.findElement(By.cssSelector("#network-form button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("from=2025-03-01") && d.getCurrentUrl().contains("to=2025-03-31"));
    // March holds the Kenya article alone: Kenya, Ethiopia and the African Union, three relations.
    waiting().until(d -> "3".equals(d.findElement(By.id("graph")).getAttribute("data-edges")));
    assertThat(allEdges).isGreaterThan(3);
  }

  @Test
  void theNetworkDrawsActorsAndRelationsAndFiltersByQuadClass() {
    open("network.html");
    visible("#graph canvas");
    waiting().until(d -> d.findElement(By.id("graph")).getAttribute("data-nodes") != null);
    int allEdges = Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-edges"));
    assertThat(Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-nodes"))).isGreaterThan(4);
    driver.findElement(By.cssSelector("input[name=quad][value='1']")).click();
    driver.findElement(By.cssSelector("input[name=quad][value='2']")).click();
    driver.findElement(By.cssSelector("#network-form button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("quad=3%2C4") || d.getCurrentUrl().contains("quad=3,4"));
    waiting().until(d -> Integer.parseInt(d.findElement(By.id("graph")).getAttribute("data-edges")) < allEdges);
  }

  @Test
  void theNetworkNamesEveryActorInsideTheChartAndHasALegendOfItsColours() {
    open("network.html");
    waiting().until(d -> d.findElement(By.id("graph")).getAttribute("data-nodes") != null);
    // Every node's label as ECharts drew it: its text and its box in the chart's pixels.
    @SuppressWarnings("unchecked")
    List<List<Object>> labels = (List<List<Object>>) js("const c = echarts.getInstanceByDom(document.getElementById('graph'));"
        + "const data = c.getModel().getSeriesByIndex(0).getData(); const out = [];"
        + "for (let i = 0; i < data.count(); i++) { const t = data.getItemGraphicEl(i).childAt(0).getTextContent();"
        + "  const r = t.getBoundingRect().clone(); r.applyTransform(t.getComputedTransform());"
        + "  out.push([t.style.text, r.x, r.y, r.width, r.height, c.getWidth(), c.getHeight()]); }"
        + "return out;");
    assertThat(labels).hasSize(Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-nodes")));
    assertThat(labels).extracting(l -> (String) l.get(0)).contains("Syria", "Hamas", "Kenya", "Ethiopia");
    assertThat(labels).allSatisfy(l -> {
      double x = ((Number) l.get(1)).doubleValue();
      double y = ((Number) l.get(2)).doubleValue();
      assertThat(x).as("left of %s", l.get(0)).isGreaterThanOrEqualTo(0);
      assertThat(y).as("top of %s", l.get(0)).isGreaterThanOrEqualTo(0);
      assertThat(x + ((Number) l.get(3)).doubleValue()).as("right of %s", l.get(0)).isLessThanOrEqualTo(((Number) l.get(5)).doubleValue());
      assertThat(y + ((Number) l.get(4)).doubleValue()).as("bottom of %s", l.get(0)).isLessThanOrEqualTo(((Number) l.get(6)).doubleValue());
    });
    WebElement legend = visible("#network-legend");
    assertThat(legend.getText()).contains("state").contains("person").contains("1 verbal cooperation")
        .contains("2 material cooperation").contains("3 verbal conflict").contains("4 material conflict").contains("several classes");
    for (int q = 1; q <= 4; q++) {
      assertThat(legend.findElements(By.cssSelector(".sw.q" + q))).as("swatch of quad class %d", q).hasSize(1);
    }
    // Each edge is drawn in the legend's colour of its main quad class, dashed when it holds several.
    @SuppressWarnings("unchecked")
    List<List<Object>> edges = (List<List<Object>>) js("const c = echarts.getInstanceByDom(document.getElementById('graph'));"
        + "return c.getOption().series[0].links.map(l => [l.edge.quad_classes['1'], l.edge.quad_classes['2'],"
        + " l.edge.quad_classes['3'], l.edge.quad_classes['4'], l.lineStyle.color, l.lineStyle.type]);");
    assertThat(edges).isNotEmpty();
    assertThat(edges).allSatisfy(e -> {
      int main = 1;
      int classes = 0;
      for (int q = 1; q <= 4; q++) {
        long n = ((Number) e.get(q - 1)).longValue();
        classes += n > 0 ? 1 : 0;
        main = n >= ((Number) e.get(main - 1)).longValue() ? q : main;
      }
      String swatch = legend.findElement(By.cssSelector(".sw.q" + main)).getCssValue("background-color");
      assertThat(rgb((String) e.get(4))).as("colour of %s", e).isEqualTo(swatch);
      assertThat(e.get(5)).isEqualTo(classes > 1 ? "dashed" : "solid");
    });
  }

  /** A hex colour ("#3f9c5a") as the browser writes a computed one ("rgba(63, 156, 90, 1)"). */
  private static String rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return "rgba(" + (v >> 16) + ", " + ((v >> 8) & 0xff) + ", " + (v & 0xff) + ", 1)";
  }

  @Test
  void theMapShadesCountriesDrawsPlacedEventsAndLeadsToACountrysEvents() throws IOException {
    assumeTrue(org.dyad.geo.GazetteerHome.configured().installed(), "the map needs the installed gazetteer (dyad setup)");
    open("map.html");
    visible("#map canvas");
    waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-points") != null);
    assertThat(Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-countries"))).isGreaterThan(1);
    assertThat(Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-points"))).isGreaterThan(1);
    assertThat(visible("#credit").getText()).contains("GeoNames");
    // Kenya's negated expulsion is drawn as a point but hollow, and the shading does not count it.
    assertThat(Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-uncounted"))).isGreaterThanOrEqualTo(1);
    long shaded = all("#countries td.num").stream().mapToLong(td -> Long.parseLong(td.getText())).sum();
    assertThat(shaded).isEqualTo(((Number) js("return fetch('/api/v1/events?bbox=-180,-90,180,90&limit=500')"
        + ".then(r => r.json()).then(p => p.items.filter(e => !e.negated && e.certainty !== 'hypothetical').length)")).longValue());
    WebElement syria = waiting().until(d -> d.findElements(By.cssSelector("#countries a")).stream()
        .filter(a -> a.getText().equals("Syria")).findFirst().orElse(null));
    screenshot(testName + "-map"); // the test ends on the events page
    syria.click();
    waiting().until(d -> d.getCurrentUrl().contains("events.html") && d.getCurrentUrl().contains("country=SYR"));
    waiting().until(d -> !d.findElements(By.cssSelector("#events-table tbody tr.clickable")).isEmpty());
    assertThat(driver.findElement(By.cssSelector("input[name=country]")).getAttribute("value")).isEqualTo("SYR");
  }

  @Test
  void anActorShowsItsAliasesRoleAndRelations() {
    open("actor.html?id=SYRGOV");
    assertThat(visible("#actor-name").getText()).isEqualTo("Syria");
    waiting().until(d -> !all("#relations-table tbody tr").isEmpty());
    assertThat(visible("#aliases").getText()).contains("Syrian government");
    assertThat(visible("#profile").getText()).contains("GOV").contains("SYR");
    assertThat(visible("#relations-table").getText()).contains("Hamas");
    assertThat(visible("#quotes").getText()).isNotBlank();
  }

  @Test
  void swaggerUiShowsTheApi() {
    driver.get(base() + "/api/docs");
    waiting().until(d -> all(".opblock").size() >= 12);
    assertThat(visible("#swagger-ui").getText()).contains("dyad REST API").contains("/api/v1/events").contains("/api/v1/network");
  }
}
