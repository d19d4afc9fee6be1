package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.input.SourceDocument;
import org.dyad.json.AnalysisJson;
import org.dyad.model.Analysis;
import org.dyad.model.DyadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad demo}: analyses the bundled sample wire report and prints what dyad found. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Analyse the bundled sample article and print a readable summary.")
final class DemoCommand implements Callable<Integer> {
  private static final String SAMPLE = "/org/dyad/sample/wire-report";

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.OutputFormat format;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    SourceDocument sample = readSample();
    long t0 = System.nanoTime();
    Analysis a = Analyzers.get(List.of()).analyze(sample);
    double secs = (System.nanoTime() - t0) / 1e9;
    try (PrintWriter out = Output.open(null)) {
      out.println(Output.render(a, format, true));
    }
    System.err.printf("dyad: analysed the sample article in %.1f s (models included)%n", secs);
    return 0;
  }

  /** The bundled sample wire report with its metadata, read as {@code analyze} would read it. */
  static SourceDocument readSample() throws IOException {
    return new ArticleReader().read(resource(SAMPLE + ".txt"), sampleMetadata());
  }

  private static Metadata sampleMetadata() throws IOException {
    var node = AnalysisJson.mapper().readTree(new String(resource(SAMPLE + ".meta.json"), StandardCharsets.UTF_8));
    return new Metadata(node.get("id").asText(), node.get("title").asText(),
        java.time.LocalDate.parse(node.get("date").asText()), null);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new DyadException("the sample article " + name + " is missing from this build");
      }
      return in.readAllBytes();
    }
  }
}
