package org.dyad.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  @Test
  void englishProseHasManyFunctionWords() {
    LanguageGuess guess = LanguageGuess.of(ArticleReaderTest.ENGLISH);

    assertThat(guess.judged()).isTrue();
    assertThat(guess.functionWordShare()).isGreaterThan(0.3);
    assertThat(guess.looksEnglish()).isTrue();
  }

  @Test
  void englishWithForeignNamesIsStillEnglish() {
    String text = ArticleReaderTest.ENGLISH + " The envoy quoted the slogan «Слава героям» and the name 习近平 twice.";

    assertThat(LanguageGuess.of(text).looksEnglish()).isTrue();
  }

  @Test
  void germanHasFewEnglishFunctionWords() {
    String text = "Die Außenminister der beiden Länder haben sich am Donnerstag in der Hauptstadt getroffen, um über"
        + " die Öffnung des Grenzübergangs zu sprechen, der seit fast einem Jahr für den Handel geschlossen war.";

    assertThat(LanguageGuess.of(text).notEnglishBecause()).get().asString().startsWith("only ");
  }

  @Test
  void aShortLedeThickWithNamesIsStillEnglish() {
    String text = "Somali forces arrested several fighters, including al-Shabaab commander Ahmed Farah, near Kismayo."
        + " Al-Shabaab is the Somali branch of al-Qaeda.";

    assertThat(LanguageGuess.of(text).judged()).isTrue();
    assertThat(LanguageGuess.of(text).looksEnglish()).isTrue();
  }

  @Test
  void spanishHasFewEnglishFunctionWords() {
    String text = "Los ministros de Exteriores de ambos países se reunieron el jueves en la capital para hablar de la"
        + " reapertura del paso fronterizo, cerrado al comercio desde hace casi un año.";

    assertThat(LanguageGuess.of(text).notEnglishBecause()).isPresent();
  }

  @Test
  void arabicScriptIsNamed() {
    String text = "اتفق وزيرا خارجية البلدين يوم الخميس على إعادة فتح المعبر الحدودي الذي ظل مغلقا أمام التجارة"
        + " لمدة أحد عشر شهرا وفقا لبيان مشترك صدر عن الحكومتين بعد يومين من المحادثات";

    assertThat(LanguageGuess.of(text).notEnglishBecause()).get().asString()
        .startsWith("text looks like Arabic script, not English");
  }

  @Test
  void fewerThanTwentyWordsAreNotJudged() {
    LanguageGuess guess = LanguageGuess.of("Министры иностранных дел встретились в четверг.");

    assertThat(guess.judged()).isFalse();
    assertThat(guess.looksEnglish()).isTrue();
  }

  @Test
  void eachHanCharacterCountsAsAWord() {
    assertThat(LanguageGuess.of("两国外交部长").words()).isEqualTo(6);
  }

  @Test
  void contractionsAreOneWord() {
    assertThat(LanguageGuess.of("Don't say it's over").words()).isEqualTo(4);
  }

  @Test
  void functionWordFileHoldsUniqueLowercaseSingleWords() throws IOException {
    List<String> words;
    try (InputStream in = LanguageGuess.class.getResourceAsStream("english-function-words.txt")) {
      words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    assertThat(words).doesNotHaveDuplicates().allMatch(w -> w.matches("[a-z]+"), "lowercase single word");
    assertThat(words).contains("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was",
        "by", "said");
    assertThat(LanguageGuess.functionWordList()).hasSameSizeAs(words);
  }
}
