package org.dyad.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a separate JVM running {@code dyad ARGS} on this test JVM's classpath: for the
 * tests that must kill or stop dyad, which only a process of its own allows.
 */
final class ChildJvm {
  private ChildJvm() {}

  static List<String> dyad(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
    cmd.add("-Xmx2g");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.dyad.cli.Main");
    cmd.addAll(List.of(args));
    return cmd;
  }
}
