package org.dyad.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.sources.Fixtures.BORDER;
import static org.dyad.sources.Fixtures.BORDER_2;
import static org.dyad.sources.Fixtures.FLOOD;
import static org.dyad.sources.Fixtures.PORT;
import static org.dyad.sources.Fixtures.READER;
import static org.dyad.sources.Fixtures.page;
import static org.dyad.sources.Fixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.input.ContentHash;
import org.dyad.input.SourceDocument;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {
  @TempDir
  Path tmp;

  /** corpus/ with text and HTML at two levels, plus files dyad must pass over. */
  private Path corpus() throws IOException {
    Path dir = tmp.resolve("corpus");
    write(dir.resolve("b-port.txt"), PORT + "\n");
    write(dir.resolve("a-border.html"), page("Border talks end without a deal", "2024-03-05T10:00:00Z", BORDER, BORDER_2));
    write(dir.resolve("sub/flood.htm"), page("Floods in the south", null, FLOOD));
    write(dir.resolve("sub/notes.md"), FLOOD + "\n");
    write(dir.resolve("photo.jpg"), "not really a photo");
    write(dir.resolve(".hidden.txt"), PORT);
    write(dir.resolve(".git/config"), "[core]");
    write(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
    return dir;
  }

  @Test
  void inputFilesListWhatAWalkReadsInItsOrderAndSkipTheSame() throws IOException {
    Path dir = corpus();
    List<String> origins;
    List<Skipped> walkSkipped;
    try (ArticleSource source = Sources.open(dir, READER)) {
      origins = Fixtures.items(source).stream().map(SourceItem::origin).toList();
      walkSkipped = source.skipped();
    }
    InputFiles.Listing listing = InputFiles.of(List.of(dir));
    assertThat(listing.files()).extracting(Path::toString).containsExactlyElementsOf(origins);
    assertThat(listing.skipped()).containsExactlyInAnyOrderElementsOf(walkSkipped);
  }

  @Test
  void readsTextAndHtmlFilesRecursivelyInSortedOrder() throws IOException {
    Path dir = corpus();
    try (ArticleSource source = Sources.open(dir, READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin).containsExactly(
          dir.resolve("a-border.html").toString(),
          dir.resolve("b-port.txt").toString(),
          dir.resolve("sub/flood.htm").toString(),
          dir.resolve("sub/notes.md").toString());
      SourceDocument border = items.get(0).document().get();
      assertThat(border.format()).isEqualTo(SourceDocument.Format.HTML);
      assertThat(border.title()).isEqualTo("Border talks end without a deal");
      assertThat(border.date()).isEqualTo(LocalDate.of(2024, 3, 5));
      assertThat(border.text()).contains(BORDER).contains(BORDER_2).doesNotContain("Home");
      assertThat(border.id()).isEqualTo("a-border");
      SourceDocument port = items.get(1).document().get();
      assertThat(port.format()).isEqualTo(SourceDocument.Format.TEXT);
      assertThat(port.text()).isEqualTo(PORT + "\n");
      assertThat(port.id()).as("named as dyad analyze names it").isEqualTo("b-port");
      assertThat(port.fatal()).isFalse();
    }
  }

  @Test
  void skippedFilesAreNotedWithTheirReason() throws IOException {
    Path dir = corpus();
    try (ArticleSource source = Sources.open(dir, READER)) {
      assertThat(source.skipped()).isEmpty();
      Fixtures.items(source);
      assertThat(source.skipped()).containsExactly(
          new Skipped(dir.resolve(".git").toString(), "hidden"),
          new Skipped(dir.resolve(".hidden.txt").toString(), "hidden"),
          new Skipped(dir.resolve("photo.jpg").toString(), "unknown extension; dyad reads " + InputKind.KNOWN),
          new Skipped(dir.resolve("sitemap.xml").toString(), "XML but not an RSS or Atom feed"));
    }
  }

  @Test
  void aTextFilesHeadlineLineIsItsTitle() throws IOException {
    write(tmp.resolve("headed.txt"), "\nAssad Regime Executes Dozens of Hamas Members\n\n" + PORT + "\n");
    write(tmp.resolve("plain.txt"), PORT + "\n\n" + PORT + "\n");
    try (ArticleSource source = Sources.open(tmp, READER)) {
      List<SourceDocument> docs = Fixtures.documents(source);
      assertThat(docs).extracting(SourceDocument::id).containsExactly("headed", "plain");
      assertThat(docs.get(0).title()).isEqualTo("Assad Regime Executes Dozens of Hamas Members");
      assertThat(docs.get(0).text()).as("the headline stays in the text").startsWith("\nAssad Regime");
      assertThat(docs.get(1).title()).isNull();
    }
  }

  @Test
  void idsAreStableAcrossRuns() throws IOException {
    Path dir = corpus();
    List<String> first;
    try (ArticleSource source = Sources.open(dir, READER)) {
      first = Fixtures.documents(source).stream().map(SourceDocument::id).toList();
    }
    try (ArticleSource source = Sources.open(dir, READER)) {
      assertThat(Fixtures.documents(source)).extracting(SourceDocument::id).isEqualTo(first);
    }
    assertThat(first).doesNotHaveDuplicates();
  }

  @Test
  void aFileIsReadOnlyWhenItsDocumentIsAskedFor() throws IOException {
    Path file = write(tmp.resolve("late.txt"), PORT);
    try (ArticleSource source = Sources.open(tmp, READER)) {
      SourceItem item = source.iterator().next();
      Files.writeString(file, FLOOD);
      assertThat(item.document().get().text()).isEqualTo(FLOOD);
      Files.delete(file);
      SourceDocument gone = item.document().get();
      assertThat(gone.fatalProblem()).map(Problem::kind).contains(Problem.Kind.MALFORMED);
      assertThat(gone.fatalProblem().get().message()).isEqualTo("cannot read " + file + ": no such file or directory");
    }
  }

  @Test
  void openingReadsNothingUntilTheIterationStarts() throws IOException {
    Path dir = tmp.resolve("later");
    ArticleSource source = Sources.open(dir, READER);
    write(dir.resolve("a.txt"), PORT);
    assertThat(Fixtures.items(source)).extracting(SourceItem::origin).containsExactly(dir.resolve("a.txt").toString());
  }

  @Test
  void aMissingPathBecomesOneFailedItemAndTheOthersAreStillRead() throws IOException {
    Path missing = tmp.resolve("missing.html");
    Path present = write(tmp.resolve("present.txt"), PORT);
    try (ArticleSource source = Sources.openAll(List.of(missing, present), READER)) {
      List<SourceItem> items = Fixtures.items(source);
      assertThat(items).extracting(SourceItem::origin).containsExactly(missing.toString(), present.toString());
      SourceDocument failed = items.get(0).document().get();
      assertThat(failed.fatalProblem()).map(Problem::kind).contains(Problem.Kind.MALFORMED);
      assertThat(failed.id()).hasSize(ContentHash.ID_LENGTH);
      assertThat(items.get(1).document().get().fatal()).isFalse();
    }
  }

  @Test
  void anExplicitFileOfUnknownKindIsReadAsAnArticle() throws IOException {
    Path text = write(tmp.resolve("article"), PORT);
    Path binary = tmp.resolve("image.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
    try (ArticleSource source = Sources.openAll(List.of(text, binary), READER)) {
      List<SourceDocument> docs = Fixtures.documents(source);
      assertThat(docs.get(0).text()).isEqualTo(PORT);
      assertThat(docs.get(1).fatalProblem()).map(Problem::kind).contains(Problem.Kind.BINARY);
    }
  }

  @Test
  void anHtmlFileIsReadInTheCharsetItDeclares() throws IOException {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 talks</title></head><body><article><p>"
        + BORDER.replace("Geneva", "Gen\u00e8ve") + "</p></article></body></html>";
    Path file = tmp.resolve("latin1.html");
    Files.write(file, html.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    try (ArticleSource source = Sources.open(file, READER)) {
      SourceDocument doc = Fixtures.documents(source).get(0);
      assertThat(doc.fatal()).isFalse();
      assertThat(doc.title()).isEqualTo("Caf\u00e9 talks");
      assertThat(doc.text()).contains("met in Gen\u00e8ve on Tuesday");
    }
  }

  @Test
  void aSourceIsIteratedOnce() throws IOException {
    write(tmp.resolve("a.txt"), PORT);
    try (ArticleSource source = Sources.open(tmp, READER)) {
      assertThat(source.stream().count()).isEqualTo(1);
      assertThatThrownBy(source::iterator).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("iterated once");
    }
  }

  @Test
  void badArgumentsFailAtOnce() {
    assertThatThrownBy(() -> Sources.open(null, READER)).hasMessage("path must not be null");
    assertThatThrownBy(() -> Sources.open(tmp, null)).hasMessage("reader must not be null");
    assertThatThrownBy(() -> new SourceItem(" ", () -> null)).hasMessageContaining("origin must not be blank");
  }
}
