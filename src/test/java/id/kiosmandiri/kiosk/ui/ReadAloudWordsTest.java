package id.kiosmandiri.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Read aloud says short numbers in words, so the voice never reads digits one by one. */
class ReadAloudWordsTest {

    private static final Locale ID = Locale.of("id");

    @Test
    void shortNumbersAreSaidInWords() {
        assertThat(ReadAloud.inWords("Ketik PIN Anda (6 angka)", ID)).isEqualTo("Ketik PIN Anda (enam angka)");
        assertThat(ReadAloud.inWords("per 23 November 2026.", ID)).isEqualTo("per dua puluh tiga November dua ribu dua puluh enam.");
        assertThat(ReadAloud.inWords("Call 175", Locale.ENGLISH)).isEqualTo("Call one hundred seventy-five");
        assertThat(ReadAloud.inWords("Saldo JHT Anda", ID)).isEqualTo("Saldo JHT Anda");
    }
}
