package org.dyad.learned;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DyadException;

/**
 * The learned event typing: a clause's text, embedded, through the trained head, gives a CAMEO code
 * or "no event" with a probability. The bundled head ({@link #RESOURCE}) is trained by {@code dyad
 * train} from {@code train/}; thread-safe.
 */
public final class EventTyping {
  public static final String RESOURCE = "/org/dyad/learned/event-head.bin";
  private static volatile EventTyping bundled;
  private final Embedder embedder;
  private final SoftmaxHead head;

  public EventTyping(Embedder embedder, SoftmaxHead head) {
    if (embedder.dimension() != head.dimension()) {
      throw new DyadException("the head expects " + head.dimension() + "-dimensional embeddings, the model gives "
          + embedder.dimension());
    }
    this.embedder = embedder;
    this.head = head;
  }

  /** The bundled head over all-MiniLM-L6-v2, loaded once per JVM. */
  public static EventTyping bundled() {
    EventTyping t = bundled;
    if (t == null) {
      synchronized (EventTyping.class) {
        t = bundled;
        if (t == null) {
          t = new EventTyping(MiniLmEmbedder.shared(), bundledHead());
          bundled = t;
        }
      }
    }
    return t;
  }

  public static SoftmaxHead bundledHead() {
    try (InputStream in = EventTyping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new DyadException("the trained event head " + RESOURCE + " is missing; run 'dyad train'");
      }
      return SoftmaxHead.read(in);
    } catch (java.io.IOException e) {
      throw new DyadException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  public SoftmaxHead head() {
    return head;
  }

  /** The head's probabilities root by root, one per clause text, in order; embedded in one batch. */
  public List<RootTyping> roots(List<String> clauses) {
    List<RootTyping> out = new ArrayList<>();
    for (float[] v : embedder.embed(clauses)) {
      out.add(RootTyping.of(head.labels(), head.probabilities(v)));
    }
    return out;
  }

  /** One typing per clause text, in order; the texts are embedded in one batch. */
  public List<Typing> type(List<String> clauses) {
    List<Typing> out = new ArrayList<>();
    for (float[] v : embedder.embed(clauses)) {
      out.add(Typing.of(head, v));
    }
    return out;
  }
}
