package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.sources.InputFiles;
import org.dyad.sources.Skipped;

/**
 * The driver's list of input files, through Hadoop's file systems: each {@code --input} is a path or
 * URI, possibly a glob ({@code s3a://bucket/2024-10-*}{@code /*.warc.gz}); each match that is a file is
 * read, each directory walked. Local directories are walked by dyad-sources' {@link InputFiles}, so
 * the files and their order are those of {@code dyad ingest}; other file systems' directories are
 * walked in name order too, hidden entries ({@code .} or {@code _}) passed over.
 */
final class InputListing {
  /** The files to read, in order, and what a local walk passed over. */
  record Listing(List<InputFile> files, List<Skipped> skipped) {}

  private final Configuration conf;
  private final List<InputFile> files = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  private InputListing(Configuration conf) {
    this.conf = conf;
  }

  static Listing of(List<String> inputs, Configuration conf) {
    InputListing listing = new InputListing(conf);
    for (String input : inputs) {
      try {
        listing.add(input);
      } catch (IOException e) {
        throw new UncheckedIOException(input + ": cannot be listed: " + e.getMessage(), e);
      }
    }
    if (listing.files.isEmpty()) {
      throw new IllegalArgumentException("no input files under " + inputs);
    }
    return new Listing(List.copyOf(listing.files), List.copyOf(listing.skipped));
  }

  private void add(String input) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException(input + ": no such file or directory");
    }
    Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
    for (FileStatus match : matches) {
      if ("file".equals(match.getPath().toUri().getScheme())) {
        addLocal(java.nio.file.Path.of(match.getPath().toUri()));
      } else if (match.isDirectory()) {
        walk(fs, match.getPath());
      } else {
        files.add(new InputFile(match.getPath().toString(), match.getPath().toString(), false));
      }
    }
  }

  private void addLocal(java.nio.file.Path path) {
    InputFiles.Listing local = InputFiles.of(List.of(path));
    for (java.nio.file.Path file : local.files()) {
      files.add(new InputFile(file.toUri().toString(), file.toString(), false));
    }
    skipped.addAll(local.skipped());
  }

  private void walk(FileSystem fs, Path dir) throws IOException {
    FileStatus[] entries = fs.listStatus(dir);
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        skipped.add(new Skipped(entry.getPath().toString(), "hidden"));
      } else if (entry.isDirectory()) {
        walk(fs, entry.getPath());
      } else {
        files.add(new InputFile(entry.getPath().toString(), entry.getPath().toString(), true));
      }
    }
  }
}
