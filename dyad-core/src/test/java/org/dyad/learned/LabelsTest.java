package org.dyad.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void keepsCodesWithEnoughExamples() {
    Map<String, String> f = Labels.fold(codes("1823", 6, "190", 6), 6);
    assertThat(f).containsEntry("1823", "1823").containsEntry("190", "190");
  }

  @Test
  void foldsARareFourDigitCodeIntoItsThreeDigitParent() {
    Map<String, String> f = Labels.fold(codes("1823", 2, "182", 5), 6);
    assertThat(f).containsEntry("1823", "182").containsEntry("182", "182");
  }

  @Test
  void foldsARareThreeDigitCodeIntoItsRootsUnspecifiedCode() {
    Map<String, String> f = Labels.fold(codes("1823", 1, "195", 2), 6);
    assertThat(f).containsEntry("1823", "180").containsEntry("195", "190");
  }

  @Test
  void putsNoEventFirstAndTheCodesInOrder() {
    assertThat(Labels.distinct(List.of("190", "none", "0311", "190"))).containsExactly("none", "0311", "190");
  }

  private static List<String> codes(String a, int na, String b, int nb) {
    List<String> out = new ArrayList<>(Collections.nCopies(na, a));
    out.addAll(Collections.nCopies(nb, b));
    return out;
  }
}
