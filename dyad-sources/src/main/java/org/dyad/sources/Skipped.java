package org.dyad.sources;

/** An input passed over on purpose, not an article: where it is and why it was skipped. */
public record Skipped(String origin, String reason) {
  public Skipped {
    if (origin == null || origin.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a skipped input needs an origin and a reason");
    }
  }
}
