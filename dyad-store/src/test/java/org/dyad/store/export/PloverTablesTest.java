package org.dyad.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.data.BundledData;
import org.dyad.model.ActorType;
import org.dyad.store.StoredEvent.ActorFacts;
import org.junit.jupiter.api.Test;

/** plover-scores.tsv, plover-actors.tsv and plover-size.tsv against dyad's codebook and dictionaries. */
class PloverTablesTest {
  private static final PloverTables PLOVER = PloverTables.BUNDLED;

  private static Set<String> column(String resource, int column) {
    return BundledData.lines(resource).stream().skip(1).map(l -> l.split("\t", -1)[column]).collect(Collectors.toSet());
  }

  @Test
  void everyPloverTypeOfTheCodebookHasAScoreAndNoOtherIsScored() {
    Set<String> types = column("/org/dyad/codebook/cameo.tsv", 4);
    types.remove("-");
    assertThat(types).hasSize(16);
    assertThat(PLOVER.scoredTypes()).isEqualTo(types);
    assertThat(PLOVER.score("ASSAULT")).isEqualTo(-9.3);
    assertThat(PLOVER.score("RETREAT")).isEqualTo(7.6);
    assertThat(PLOVER.score(null)).isNull();
  }

  @Test
  void everyDyadRoleAndActorTypeHasARow() {
    assertThat(PLOVER.actorRows()).containsAll(column("/org/dyad/actors/roles.tsv", 0));
    assertThat(PLOVER.actorRows()).containsAll(Arrays.stream(ActorType.values())
        .filter(t -> t != ActorType.ORGANIZATION && t != ActorType.PERSON).map(t -> "kind:" + t.name()).toList());
  }

  @Test
  void sectorsAreRenamedWherePloverDiffersFromCameo() {
    assertThat(PLOVER.sector(new ActorFacts("SYR", "MED", "state"))).isEqualTo("JRN");
    assertThat(PLOVER.sector(new ActorFacts("PSE", "HLH", "state"))).isEqualTo("MED");
    assertThat(PLOVER.sector(new ActorFacts("SYR", null, "media"))).isEqualTo("JRN");
    assertThat(PLOVER.sector(new ActorFacts(null, null, "person"))).isNull();
    assertThat(PLOVER.code(new ActorFacts("PSE", "REB", "armed_group"))).isEqualTo("PSE");
    assertThat(PLOVER.code(new ActorFacts(null, null, "igo"))).isEqualTo("IGO");
    assertThat(PLOVER.code(new ActorFacts(null, "UAF", "armed_group"))).isEqualTo("IMG");
  }

  @Test
  void aQuantityFillsTheSizeFieldItsCameoCodeNames() {
    Set<String> codes = column("/org/dyad/codebook/cameo.tsv", 0);
    assertThat(codes).containsAll(column("/org/dyad/store/export/plover-size.tsv", 0));
    assertThat(PLOVER.sizeField("1823")).isEqualTo("dead");
    assertThat(PLOVER.sizeField("173")).isEqualTo("arrested");
    assertThat(PLOVER.sizeField("0841")).isEqualTo("number");
  }
}
