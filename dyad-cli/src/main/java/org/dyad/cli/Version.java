package org.dyad.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code dyad --version}. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"dyad " + (v == null ? "development build" : v)};
  }
}
