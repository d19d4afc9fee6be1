/**
 * Streams of articles from the world: files, directories, JSON Lines, RSS/Atom feeds and WARC
 * archives. {@link org.dyad.sources.Sources} is the facade; each input becomes a lazily read {@link
 * org.dyad.sources.ArticleSource} whose items decode on demand, and bad items become documents with
 * fatal problems instead of stopping the stream.
 */
package org.dyad.sources;
