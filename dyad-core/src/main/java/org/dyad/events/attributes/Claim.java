package org.dyad.events.attributes;

import org.dyad.events.discourse.VagueClaims;

/**
 * Who the text says claims an event, in the article's words. {@code vague}: the words name no one,
 * only a kind of telling ("disturbing reports", "the sources", "recent allegations"); a nearby sentence
 * of the same paragraph may say whose (see {@link VagueClaims}). {@code informant}: the words name
 * people who pass information on ("Sources cited by X", "diplomats", "medical workers"), whose
 * sentence may be where a vague report comes from.
 */
public record Claim(String text, boolean vague, boolean informant) {
  Claim(String text, boolean vague) {
    this(text, vague, false);
  }

  public static String textOf(Claim c) {
    return c == null ? null : c.text();
  }
}
