package org.dyad.learned;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.DyadException;

/**
 * all-MiniLM-L6-v2, quantized, as ONNX inside its Maven jar (langchain4j's packaging), run with ONNX
 * Runtime on the calling thread: one intra-op thread, so that N analysis threads use N cores and not
 * N times the machine. Loaded once per JVM ({@link #shared()}); thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;
  private static volatile MiniLmEmbedder shared;
  private final Model model;

  private MiniLmEmbedder() {
    nativeCache();
    OrtNatives.use();
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(bytes(MODEL), options);
      try (InputStream tokenizer = resource(TOKENIZER)) {
        model = new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
      }
    } catch (OrtException e) {
      throw new DyadException("cannot load the sentence embedding model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static MiniLmEmbedder shared() {
    MiniLmEmbedder e = shared;
    if (e == null) {
      synchronized (MiniLmEmbedder.class) {
        e = shared;
        if (e == null) {
          e = new MiniLmEmbedder();
          shared = e;
        }
      }
    }
    return e;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /**
   * The tokenizer's native library is unpacked from its jar into DJL's cache, by default under the
   * home directory; where that is not writable (a service account, a read-only home) the JVM's
   * temporary directory serves.
   */
  private static void nativeCache() {
    if (System.getProperty("DJL_CACHE_DIR") != null || System.getenv("DJL_CACHE_DIR") != null) {
      return;
    }
    Path home = Path.of(System.getProperty("user.home", "."));
    if (!Files.isWritable(home)) {
      System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "dyad-djl").toString());
    }
    System.setProperty("OFFLINE", "true"); // DJL: never look for a native library on the network
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new DyadException("the sentence embedding model " + name + " is missing from the class path");
    }
    return in;
  }

  /** langchain4j's in-process model around our own session, embedding on the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
