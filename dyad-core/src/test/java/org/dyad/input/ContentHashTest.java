package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hashIsTheLowercaseHexSha256OfUtf8() throws IOException {
    assertThat(ContentHash.of("abc")).isEqualTo(ABC);
    assertThat(ContentHash.of("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
    assertThat(ContentHash.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)))).isEqualTo(ABC);
  }

  @Test
  void idIsTheFirstSixteenHexCharacters() {
    assertThat(ContentHash.id("abc")).isEqualTo("ba7816bf8f01cfea");
  }
}
