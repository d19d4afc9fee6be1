package org.dyad.cli;

import org.dyad.input.SourceDocument;

/** A deferred read of one article, run on a worker thread. */
@FunctionalInterface
interface ArticleSource {
  SourceDocument read();
}
