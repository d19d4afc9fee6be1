package org.dyad.store;

import java.time.LocalDate;

/**
 * A stored article as lists show it: {@code id} is the store id, {@code name} dyad's article id,
 * {@code storyId} the id of its story's first article; {@code nearDuplicateOf} is null for the first
 * article of a story; {@code numEvents} counts the stored events it tells.
 */
public record ArticleSummary(long id, String name, String title, LocalDate date, String url, long storyId,
                             Long nearDuplicateOf, int numEvents) {}
