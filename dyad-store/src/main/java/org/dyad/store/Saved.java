package org.dyad.store;

/**
 * What {@link Store#save} did with one article. {@code articleId} and {@code storyId} are store ids;
 * {@code nearDuplicateOf} and {@code similarity} are set for a near-duplicate only.
 */
public record Saved(Status status, long articleId, long storyId, Long nearDuplicateOf, Double similarity,
                    int newEvents, int mergedEvents) {
  /** The outcome of a save. */
  public enum Status {
    /** Stored, the first article of its story. */
    NEW,
    /** Stored, linked to the story of an article it nearly duplicates. */
    NEAR_DUPLICATE,
    /** Not stored again: an article with the same content hash or URL is in the store. */
    KNOWN
  }

  static Saved known(long articleId, long storyId) {
    return new Saved(Status.KNOWN, articleId, storyId, null, null, 0, 0);
  }
}
