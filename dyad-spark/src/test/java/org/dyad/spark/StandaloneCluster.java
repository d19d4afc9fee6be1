package org.dyad.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on the loopback for tests: a master and a worker, each in its own JVM,
 * started from a Spark home laid out from the jars of {@code target/classpath.txt} without dyad's own
 * (and CoreNLP), so executors can run dyad only from a jar shipped to them. {@link #close} ends every
 * JVM it started, executors included; a shutdown hook does the same if the test JVM ends first.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(90);

  private final Path dir;
  private final Path sparkHome;
  private final Path jvmOptions;
  private final List<Process> started = new ArrayList<>();
  private final Thread hook = new Thread(this::stopAll, "spark-cluster-stop");
  private String masterUrl;

  private StandaloneCluster(Path dir, Path jvmOptions) {
    this.dir = dir;
    this.sparkHome = dir.resolve("spark-home");
    this.jvmOptions = jvmOptions;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Lays out the Spark home under {@code dir} and starts a master and a worker of {@code cores} cores and {@code memory}. */
  static StandaloneCluster start(Path dir, Path classpathFile, Path jvmOptions, int cores, String memory)
      throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(dir, jvmOptions);
    try {
      cluster.layOut(classpathFile);
      int port = freePort();
      cluster.masterUrl = "spark://127.0.0.1:" + port;
      cluster.launch("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())), "I have been elected leader");
      cluster.launch("worker", List.of("org.apache.spark.deploy.worker.Worker", cluster.masterUrl, "--host", "127.0.0.1",
          "--cores", String.valueOf(cores), "--memory", memory, "--webui-port", String.valueOf(freePort()),
          "--work-dir", dir.resolve("work").toString()), "Successfully registered with master");
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  /** The directory the worker runs executors in: their logs, for a failure's message. */
  Path workDir() {
    return dir.resolve("work");
  }

  /**
   * Runs {@code org.apache.spark.deploy.SparkSubmit} with {@code args} in its own JVM on the Spark
   * home's classpath, as a user's {@code spark-submit} would; returns its exit status.
   */
  int submit(List<String> args, Duration timeout) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl));
    command.addAll(args);
    Process p = process("submit", command, "-Xmx1g");
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      stop(p);
      throw new IllegalStateException("spark-submit did not end within " + timeout + "; see " + dir.resolve("submit.log"));
    }
    return p.exitValue();
  }

  /** Spark's launcher finds the jars under {@code jars/} of a home with a RELEASE file (a binary distribution). */
  private void layOut(Path classpathFile) throws IOException {
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    Files.writeString(sparkHome.resolve("RELEASE"), "Spark laid out by dyad's StandaloneCluster from " + classpathFile + "\n");
    for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (!name.startsWith("dyad-") && !name.startsWith("stanford-corenlp")) {
        Files.createSymbolicLink(jars.resolve(name), jar);
      }
    }
  }

  private void launch(String name, List<String> command, String ready) throws IOException, InterruptedException {
    Process p = process(name, command, "-Xmx256m");
    Path log = dir.resolve(name + ".log");
    long deadline = System.nanoTime() + START.toNanos();
    while (!(Files.exists(log) && Files.readString(log).contains(ready))) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the Spark " + name + " did not start: " + Files.readString(log));
      }
      Thread.sleep(200);
    }
  }

  private Process process(String name, List<String> args, String heap) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + jvmOptions, heap, "-cp", sparkHome.resolve("jars") + "/*"));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    synchronized (started) {
      started.add(p);
    }
    return p;
  }

  /** The home's links point into the Maven repository: removed here, so no one deletes through them. */
  private void deleteSparkHome() {
    try (var links = Files.list(sparkHome.resolve("jars"))) {
      for (Path link : links.toList()) {
        Files.delete(link);
      }
    } catch (IOException e) {
      // Not laid out (or already removed): nothing links out of the temporary directory.
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Ends the started JVMs, last first, each with the JVMs it started (a worker's executors). */
  private void stopAll() {
    synchronized (started) {
      for (int i = started.size() - 1; i >= 0; i--) {
        stop(started.get(i));
      }
      started.clear();
    }
  }

  private static void stop(Process p) {
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly(); // a JVM that ignores SIGTERM for 20 s is stopped the hard way
      }
    }
  }

  @Override
  public void close() {
    stopAll();
    deleteSparkHome();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and the hook runs anyway.
    }
  }
}
