package org.dyad.text;

/** Where a word stands in its sentence, as far as capitalisation is concerned. */
enum Position {
  /** First word of the text, of a paragraph or of a sentence: written with a capital in English. */
  START,
  /** Inside a sentence: a capital here marks a name. */
  MID,
  /** After a colon, an ellipsis, an opening quote or a single line break: a capital proves nothing. */
  UNCLEAR
}
