/**
 * Scoring dyad against hand-annotated gold sets (docs/evaluation.md): {@link org.dyad.eval.GoldSet}
 * reads gold lines into {@link org.dyad.eval.GoldText}s, {@link org.dyad.eval.Scorer} sums the scores of
 * analyses against them into an {@link org.dyad.eval.EvalReport}, and {@link org.dyad.eval.Bars} checks
 * it for CI. Pure logic: no files, no NLP.
 */
package org.dyad.eval;
