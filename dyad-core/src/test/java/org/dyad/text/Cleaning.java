package org.dyad.text;

import java.util.List;
import java.util.Map;

/** Test helpers: run one step or the whole chain on a string. */
final class Cleaning {
  static final KnownNames ARTICLE_NAMES = KnownNames.of(Map.of(
      "assad", "Assad", "hamas", "Hamas", "hezbollah", "Hezbollah",
      "sinwar", "Sinwar", "gaza", "Gaza", "iran", "Iran"));

  private Cleaning() {}

  static CleanText run(CleaningStep step, String text) {
    return TextCleaner.withSteps(List.of(step)).clean(text);
  }

  static String cleaned(CleaningStep step, String text) {
    return run(step, text).cleaned();
  }

  static String cleaned(String text) {
    return new TextCleaner(ARTICLE_NAMES).clean(text).cleaned();
  }
}
