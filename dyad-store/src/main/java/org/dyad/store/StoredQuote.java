package org.dyad.store;

import org.dyad.model.ActorRef;

/**
 * A stored quotation: the article it is in ({@code articleId}, {@code articleTitle}), the speaker
 * when resolved (else null; {@code speakerText} keeps the wording) and its span in the article's text.
 */
public record StoredQuote(long id, long articleId, String articleTitle, ActorRef speaker, String speakerText, String text,
                          int start, int end) {}
