package org.dyad.text;

import java.util.List;
import java.util.Objects;

/**
 * Stage 2 of the pipeline: cleans an original text for the NLP stage and keeps the exact map back, so
 * every span found in the cleaned text can be reported in the original. The chain, in order:
 * {@link UnicodeNormalisation}, {@link Dateline}, {@link SentenceGlue}, {@link ClauseGlue}, {@link CaseRestoration}.
 * Stateless and thread-safe (given thread-safe {@link KnownNames}); time linear in the text.
 *
 * <p>Headlines: no line is ever joined to another, so a headline or section title followed by a blank
 * line stays a paragraph of its own. The NLP stage must run CoreNLP with
 * {@code ssplit.newlineIsSentenceBreak=two}, which ends a sentence at every blank line (also one holding
 * only spaces or tabs), so a headline without final punctuation ends its sentence.
 */
public final class TextCleaner {
  private final List<CleaningStep> steps;

  /** The standard chain; {@code dictionaryNames} gives names their case (rule (a) of case restoration). */
  public TextCleaner(KnownNames dictionaryNames) {
    this(List.of(
        new UnicodeNormalisation(),
        new Dateline(),
        new SentenceGlue(Abbreviations.bundled()),
        new ClauseGlue(),
        new CaseRestoration(
            Objects.requireNonNull(dictionaryNames, "dictionaryNames must not be null, use KnownNames.none()"),
            CommonWords.bundled(),
            Abbreviations.bundled())));
  }

  private TextCleaner(List<CleaningStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** A cleaner running the given chain, for tests of single steps. */
  static TextCleaner withSteps(List<CleaningStep> steps) {
    return new TextCleaner(steps);
  }

  public CleanText clean(String original) {
    Objects.requireNonNull(original, "original text must not be null");
    EditableText text = new EditableText(original);
    for (CleaningStep step : steps) {
      step.apply(text);
      text.commit();
    }
    return text.toCleanText();
  }
}
