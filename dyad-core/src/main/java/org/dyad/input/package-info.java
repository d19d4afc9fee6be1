/**
 * The first pipeline stage: the raw bytes (or string) of one article in, a {@link
 * org.dyad.input.SourceDocument} out. {@link org.dyad.input.ArticleReader} is the facade; bad input
 * never throws but yields a document whose problems say what was wrong.
 */
package org.dyad.input;
