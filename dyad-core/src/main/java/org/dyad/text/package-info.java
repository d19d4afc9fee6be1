/**
 * Stage 2 of the pipeline: text cleaning with an exact offset map. {@link org.dyad.text.TextCleaner}
 * turns an original text into a {@link org.dyad.text.CleanText}: a copy the NLP stage reads better
 * (normalised characters, missing spaces inserted, lowercase names capitalised) that maps every
 * cleaned offset back into the original, plus the {@link org.dyad.text.Repair}s made.
 *
 * <p>Contract with the NLP stage: paragraphs stay separated by a blank line ("\n\n") and lines are never
 * joined; run CoreNLP with {@code ssplit.newlineIsSentenceBreak=two} so headlines end their sentences.
 * Report spans through {@link org.dyad.text.CleanText#toOriginalSpan}, never with cleaned offsets.
 */
package org.dyad.text;
