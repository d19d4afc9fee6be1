package org.dyad.sources;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sources of a directory tree, depth first, each directory's entries sorted by name so that two
 * runs see the same order. Hidden entries (names starting with '.') are skipped with a note, symbolic
 * links to directories are not followed, and a directory that cannot be listed becomes one failed item.
 */
final class DirectoryWalk extends LazyIterator<Supplier<ArticleSource>> {
  private final Inputs inputs;
  private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
  private final Path root;
  private boolean started;

  DirectoryWalk(Path root, Inputs inputs) {
    this.root = root;
    this.inputs = inputs;
  }

  @Override
  protected Supplier<ArticleSource> advance() {
    if (!started) {
      started = true;
      Optional<ArticleSource> failed = enter(root);
      if (failed.isPresent()) {
        return failed::get;
      }
    }
    while (!pending.isEmpty()) {
      Iterator<Path> entries = pending.peek();
      if (!entries.hasNext()) {
        pending.pop();
        continue;
      }
      Path entry = entries.next();
      if (entry.getFileName().toString().startsWith(".")) {
        inputs.skips().add(entry.toString(), "hidden");
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        Optional<ArticleSource> failed = enter(entry);
        if (failed.isPresent()) {
          return failed::get;
        }
      } else {
        Optional<ArticleSource> source = inputs.inDirectory(entry);
        if (source.isPresent()) {
          return source::get;
        }
      }
    }
    return null;
  }

  /** Lists a directory (sorted) onto the stack; a failure to list it is returned as a source. */
  private Optional<ArticleSource> enter(Path dir) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      return Optional.of(Inputs.failed(dir, e));
    } catch (DirectoryIteratorException e) {
      return Optional.of(Inputs.failed(dir, e.getCause()));
    }
    entries.sort(null);
    pending.push(entries.iterator());
    return Optional.empty();
  }
}
