package org.dyad.pipeline;

/** One step of the analysis pipeline. Stages are stateless and thread-safe; they return a new draft. */
@FunctionalInterface
public interface Stage {
  Draft apply(Draft draft);
}
