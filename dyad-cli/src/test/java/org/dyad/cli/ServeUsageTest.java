package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code dyad serve} refuses bad options before it opens the database or a port. */
class ServeUsageTest {
  @Test
  void aPoolWithoutConnectionsIsAUsageError() {
    Cli.Result r = Cli.run("serve", "--connections", "0");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--connections must be at least 1");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Cli.Result r = Cli.run("serve", "--port", "70000");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be 0..65535");
  }

  @Test
  void anAllowedHostWithASchemeIsAUsageError() {
    Cli.Result r = Cli.run("serve", "--allowed-host", "http://dyad.example");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--allowed-host: an allowed host must be a host name").contains("'http://dyad.example'");
  }
}
