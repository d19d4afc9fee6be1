package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The articles the CLI tests feed to dyad, and a way to write them to files. */
final class Articles {
  /** A short wire report: three countries, an IGO, a made-up institute, a person and a quotation. */
  static final String WIRE = """
      NAIROBI, March 3 (Reuters) - Kenya and Ethiopia agreed on Monday to reopen their shared border \
      after talks mediated by the African Union, officials said.

      "We have agreed to work together for peace," Kenyan President William Ruto told reporters in Nairobi.

      The Zorbalian Peace Institute, a research group based in Nairobi, welcomed the agreement and urged \
      both governments to protect refugees.
      """;

  static final String FRENCH = "Le gouvernement français a annoncé mardi une nouvelle série de mesures pour"
      + " soutenir les agriculteurs, après plusieurs semaines de manifestations dans tout le pays. Le Premier"
      + " ministre a déclaré que ces mesures seraient mises en œuvre dès le mois prochain.";

  static final String RUSSIAN = "Правительство России во вторник объявило о новых мерах поддержки фермеров"
      + " после нескольких недель протестов по всей стране. Премьер-министр заявил, что эти меры будут"
      + " введены уже в следующем месяце, а также пообещал провести переговоры с профсоюзами.";

  private Articles() {}

  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
