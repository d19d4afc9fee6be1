package org.dyad.events;

/**
 * Who the text says claims an event, in the article's words. {@code vague}: the words name no one,
 * only a kind of telling ("disturbing reports", "the sources", "recent allegations"); a nearby sentence
 * of the same paragraph may say whose (see {@link VagueClaims}).
 */
record Claim(String text, boolean vague) {
  static String textOf(Claim c) {
    return c == null ? null : c.text();
  }
}
