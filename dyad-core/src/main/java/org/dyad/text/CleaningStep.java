package org.dyad.text;

/**
 * One step of the cleaning chain. A step reads the text, queues its edits in text order on the
 * {@link EditableText} (the chain commits them after the step) and keeps no state of its own, so
 * one instance serves all threads.
 */
interface CleaningStep {
  void apply(EditableText text);
}
