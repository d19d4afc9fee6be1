package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceGoldTest {
  private static List<PlaceGold> read(String jsonl) throws Exception {
    return PlaceGold.read(new BufferedReader(new StringReader(jsonl)), "test.jsonl");
  }

  @Test
  void theMentionsOccurrenceGivesItsOffsets() throws Exception {
    PlaceGold g = read("{\"id\":\"p1\",\"region\":\"africa\",\"text\":\"From Kano to Kano.\",\"mention\":\"Kano\",\"occurrence\":2,"
        + "\"geonames_id\":2335204,\"country\":\"NGA\",\"name\":\"Kano\"}\n").get(0);
    assertThat(g.start()).isEqualTo(13);
    assertThat(g.end()).isEqualTo(17);
  }

  @Test
  void aMentionNotInTheTextFailsWithItsLine() {
    assertThatThrownBy(() -> read("\n{\"id\":\"p1\",\"region\":\"africa\",\"text\":\"In Kano.\",\"mention\":\"Lagos\","
        + "\"geonames_id\":1,\"country\":\"NGA\",\"name\":\"Lagos\"}"))
        .isInstanceOf(GoldFormatException.class).hasMessageContaining("test.jsonl:2").hasMessageContaining("Lagos");
  }
}
