package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryIndex;
import org.dyad.eval.Bars;
import org.dyad.eval.EvalReport;
import org.dyad.eval.GoldFormatException;
import org.dyad.eval.GoldSet;
import org.dyad.eval.GoldText;
import org.dyad.eval.PlaceGold;
import org.dyad.eval.PlaceScorer;
import org.dyad.eval.Scorer;
import org.dyad.events.EventCoder;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.Toponyms;
import org.dyad.input.ArticleReader;
import org.dyad.input.Metadata;
import org.dyad.model.Analysis;
import org.dyad.pipeline.Analyzer;
import org.dyad.sources.SourceItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad eval}: analyses every text of gold sets (docs/evaluation.md) with the standard
 * analyzer, scores the analyses against the gold and prints the report. Exits 1 when a --min-* bar
 * is not reached, so CI can hold a score; 2 when a gold file is missing or malformed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score dyad against hand-annotated gold sets (JSON Lines, see docs/evaluation.md).")
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD", arity = "0..*", description = "Gold sets (.jsonl), e.g. eval/dev.jsonl.")
  List<Path> goldFiles = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text (a report) or json. Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.OutputFormat format;

  @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when event F1 at full-code level is below X.")
  Double minF1;

  @Option(names = "--min-root-f1", paramLabel = "X", description = "Exit 1 when event F1 at root level is below X.")
  Double minRootF1;

  @Option(names = "--min-precision", paramLabel = "X", description = "Exit 1 when event precision at full-code level is below X.")
  Double minPrecision;

  @Option(names = "--min-recall", paramLabel = "X", description = "Exit 1 when event recall at full-code level is below X.")
  Double minRecall;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "10",
      description = "Texts with the most errors to list. Default: ${DEFAULT-VALUE}.")
  int errors;

  @Option(names = "--threads", paramLabel = "N", description = "Texts analysed in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--rules", description = "Also report each named rule of the coder: the events it decided and their precision.")
  boolean rules;

  @Option(names = "--without", paramLabel = "RULE", split = ",",
      description = "Switch a named rule off (repeatable or comma-separated), to measure what it is worth; --rules lists them.")
  List<String> without = new ArrayList<>();

  @Option(names = "--places", paramLabel = "GOLD",
      description = "Score toponym resolution on a gold set of place mentions instead (eval/places.jsonl, docs/geo.md).")
  Path places;

  @Option(names = "--min-place-accuracy", paramLabel = "X", description = "With --places: exit 1 when place-level accuracy is below X.")
  Double minPlaceAccuracy;

  @Mixin VerboseOption verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ErrorHandler.UsageError("--threads must be >= 1, got " + threads);
    }
    if (errors < 0) {
      throw new ErrorHandler.UsageError("--errors must be >= 0, got " + errors);
    }
    if (places != null) {
      return scorePlaces();
    }
    if (goldFiles.isEmpty()) {
      throw new ErrorHandler.UsageError("give at least one gold set (GOLD), or --places GOLD");
    }
    Bars bars = bars();
    List<GoldText> gold = readGold();
    List<Analysis> analyses = analyse(gold);
    Scorer scorer = new Scorer(rules ? EventCoder.RULES : List.of());
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i), analyses.get(i));
    }
    EvalReport report = scorer.report(errors);
    spec.commandLine().getOut().println(format == AnalyzeCommand.OutputFormat.json ? report.toJson() : report.toText());
    spec.commandLine().getOut().flush();
    List<Bars.Failure> failed = bars.failures(report);
    if (!failed.isEmpty()) {
      spec.commandLine().getErr().println("dyad: below the bar: "
          + failed.stream().map(f -> f.message("--" + f.bar())).collect(Collectors.joining("; ")));
      return 1;
    }
    return 0;
  }

  /** --places: resolves every gold mention in its sentence and reports country- and place-level accuracy. */
  private int scorePlaces() {
    List<PlaceGold> gold;
    try (BufferedReader in = Files.newBufferedReader(places, StandardCharsets.UTF_8)) {
      gold = PlaceGold.read(in, places.toString());
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError(places + ": no such file");
    } catch (IOException e) {
      throw new ErrorHandler.UsageError(places + ": cannot read: " + e.getMessage());
    } catch (GoldFormatException e) {
      throw new ErrorHandler.UsageError(e.getMessage());
    }
    DictionaryIndex dictionary = new DictionaryIndex(ActorDictionary.loadDefault());
    PlaceScorer scorer = new PlaceScorer(new Toponyms(Gazetteer.shared(), dictionary::countryOf));
    gold.forEach(scorer::add);
    spec.commandLine().getOut().print(scorer.report());
    spec.commandLine().getOut().flush();
    if (minPlaceAccuracy != null && scorer.placeAccuracy() < minPlaceAccuracy) {
      spec.commandLine().getErr().printf("dyad: below the bar: place accuracy %.3f < --min-place-accuracy %.3f%n",
          scorer.placeAccuracy(), minPlaceAccuracy);
      return 1;
    }
    return 0;
  }

  private Bars bars() {
    try {
      return new Bars(minF1, minRootF1, minPrecision, minRecall);
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError("--min-*: " + e.getMessage());
    }
  }

  /** Every gold text of every file, in order; ids must be unique across files. */
  private List<GoldText> readGold() {
    List<GoldText> all = new ArrayList<>();
    Map<String, Path> fileOfId = new HashMap<>();
    for (Path file : goldFiles) {
      for (GoldText t : readGold(file)) {
        Path first = fileOfId.putIfAbsent(t.id(), file);
        if (first != null) {
          throw new ErrorHandler.UsageError(file + ": id '" + t.id() + "' is already used in " + first);
        }
        all.add(t);
      }
    }
    return all;
  }

  private static List<GoldText> readGold(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return GoldSet.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new ErrorHandler.UsageError(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new ErrorHandler.UsageError(file + ": not UTF-8 text (gold sets must be UTF-8)");
    } catch (IOException e) {
      throw new ErrorHandler.UsageError(file + ": cannot read: " + e.getMessage());
    } catch (GoldFormatException e) {
      throw new ErrorHandler.UsageError(e.getMessage());
    }
  }

  /** The standard analyzer, or with --without one whose coder has those rules switched off. */
  private Analyzer analyzer() {
    if (without.isEmpty()) {
      return Analyzers.get(List.of());
    }
    String before = System.getProperty(EventCoder.WITHOUT_PROPERTY);
    System.setProperty(EventCoder.WITHOUT_PROPERTY, String.join(",", without));
    try {
      return Analyzer.standard(List.of());
    } catch (IllegalArgumentException e) {
      throw new ErrorHandler.UsageError("--without: " + e.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(EventCoder.WITHOUT_PROPERTY);
      } else {
        System.setProperty(EventCoder.WITHOUT_PROPERTY, before);
      }
    }
  }

  /** The analyses of the gold texts, in their order; a text dyad cannot analyse is scored as empty. */
  private List<Analysis> analyse(List<GoldText> gold) {
    ArticleReader reader = new ArticleReader();
    List<SourceItem> sources = gold.stream()
        .map(g -> new SourceItem(g.id(), () -> reader.fromText(g.text(), new Metadata(g.id(), null, g.date(), null))))
        .toList();
    List<Analysis> out = new ArrayList<>();
    new Batch(analyzer(), threads, a -> {
      a.article().problems().stream().filter(p -> p.kind().fatal()).findFirst()
          .ifPresent(p -> spec.commandLine().getErr().println("dyad: " + a.article().id() + ": not analysed: " + p.message()));
      out.add(a);
    }).run(sources);
    return out;
  }
}
