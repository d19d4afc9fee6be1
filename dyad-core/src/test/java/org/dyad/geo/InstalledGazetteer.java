package org.dyad.geo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The installed gazetteer for tests: .ci/run installs it; a test needing it is skipped only where it is absent. */
final class InstalledGazetteer {
  private InstalledGazetteer() {}

  static Gazetteer get() {
    assumeTrue(GazetteerHome.configured().installed(), "gazetteer not installed: run ./dyad setup");
    return Gazetteer.shared();
  }
}
