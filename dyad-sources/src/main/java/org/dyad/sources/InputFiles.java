package org.dyad.sources;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input files under some paths, in the order {@link Sources#openAll} reads them and with the same
 * files passed over (hidden, unknown extension, XML that is no feed), so that work can be spread by
 * file: {@code Sources.open(file, reader)} on each gives the articles {@code openAll} gives on the
 * whole. A path given explicitly that is not a directory is listed as it is, readable or not.
 */
public final class InputFiles {
  /** The files to read, in order, and the inputs passed over. */
  public record Listing(List<Path> files, List<Skipped> skipped) {
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  private final SkipLog skips = new SkipLog();
  private final List<Path> files = new ArrayList<>();

  private InputFiles() {}

  /** Lists the files of {@code paths}: directories are walked depth first, entries sorted by name. */
  public static Listing of(List<Path> paths) {
    if (paths == null) {
      throw new IllegalArgumentException("paths must not be null");
    }
    InputFiles listing = new InputFiles();
    for (Path p : paths) {
      if (p == null) {
        throw new IllegalArgumentException("paths must not contain null");
      }
      if (Files.isDirectory(p)) {
        listing.walk(p);
      } else {
        listing.files.add(p);
      }
    }
    return new Listing(listing.files, listing.skips.list());
  }

  private void walk(Path dir) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | DirectoryIteratorException e) {
      files.add(dir); // opened on its own, it becomes one failed item, as in a walk
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        skips.add(entry.toString(), "hidden");
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(entry);
      } else if (readable(entry)) {
        files.add(entry);
      }
    }
  }

  /** Whether a walk reads this file, by the rules of {@link Inputs#inDirectory}. */
  private boolean readable(Path file) {
    if (Files.isDirectory(file)) {
      skips.add(file.toString(), "a symbolic link to a directory (not followed)");
      return false;
    }
    if (!Files.isRegularFile(file)) {
      skips.add(file.toString(), "not a regular file");
      return false;
    }
    Optional<InputKind> kind = InputKind.byExtension(file);
    if (kind.isPresent()) {
      return true;
    }
    if (InputKind.isXml(file)) {
      try {
        if (InputKind.sniff(file).filter(k -> k == InputKind.FEED).isPresent()) {
          return true;
        }
      } catch (IOException e) {
        return true; // opened on its own, it becomes one failed item, as in a walk
      }
      skips.add(file.toString(), "XML but not an RSS or Atom feed");
      return false;
    }
    skips.add(file.toString(), "unknown extension; dyad reads " + InputKind.KNOWN);
    return false;
  }
}
