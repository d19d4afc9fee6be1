package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.input.Boilerplate.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static Element first(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void namesSplitIntoLowercaseWords() {
    assertThat(Boilerplate.words("shareButtons top_bar  ad-slot")).isEqualTo("-share-buttons-top-bar-ad-slot-");
  }

  @Test
  void idClassAndAriaLabelWordsMarkBoilerplate() {
    assertThat(Boilerplate.kindOf(first("<div class=\"comment-respond\"></div>"))).contains(Kind.COMMENT);
    assertThat(Boilerplate.kindOf(first("<div id=\"socialShare\"></div>"))).contains(Kind.SHARE);
    assertThat(Boilerplate.kindOf(first("<section aria-label=\"Related stories\"></section>"))).contains(Kind.RELATED);
    assertThat(Boilerplate.kindOf(first("<div class=\"read-more\"></div>"))).contains(Kind.RELATED);
    assertThat(Boilerplate.kindOf(first("<div class=\"gdpr-consent\"></div>"))).contains(Kind.COOKIE);
    assertThat(Boilerplate.kindOf(first("<ol class=\"breadcrumb\"></ol>"))).contains(Kind.BREADCRUMB);
    assertThat(Boilerplate.kindOf(first("<div role=\"navigation\"></div>"))).contains(Kind.NAVIGATION);
  }

  @Test
  void wordsMatchOnlyWhole() {
    assertThat(Boilerplate.kindOf(first("<div class=\"headline lead\"></div>"))).isEmpty();
    assertThat(Boilerplate.kindOf(first("<div class=\"more\"></div>"))).isEmpty();
    assertThat(Boilerplate.kindOf(first("<div class=\"entry-content\"></div>"))).isEmpty();
  }

  @Test
  void headerInsideAnArticleIsKept() {
    Element article = first("<article><header><h1>Headline</h1></header></article>");

    assertThat(Boilerplate.kindOf(article.child(0))).isEmpty();
    assertThat(Boilerplate.kindOf(first("<header><h1>Site</h1></header>"))).contains(Kind.HEADER);
  }

  @Test
  void boilerplateHeadingsAreMatchedByTheirWholeText() {
    assertThat(Boilerplate.kindOf(first("<h3>Leave a Reply</h3>"))).contains(Kind.COMMENT);
    assertThat(Boilerplate.kindOf(first("<h2>You may also like:</h2>"))).contains(Kind.RELATED);
    assertThat(Boilerplate.kindOf(first("<h2>Comments on the draft law</h2>"))).isEmpty();
  }
}
