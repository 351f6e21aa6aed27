package id.kiosmandiri.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void rupiahGroupsThousandsWithDots() {
        assertThat(Formats.rupiah(1_234_567)).isEqualTo("Rp 1.234.567");
        assertThat(Formats.rupiah(1_000)).isEqualTo("Rp 1.000");
        assertThat(Formats.rupiah(100_000)).isEqualTo("Rp 100.000");
        assertThat(Formats.rupiah(12_345_678_901L)).isEqualTo("Rp 12.345.678.901");
    }

    @Test
    void rupiahBelowAThousandHasNoDot() {
        assertThat(Formats.rupiah(0)).isEqualTo("Rp 0");
        assertThat(Formats.rupiah(7)).isEqualTo("Rp 7");
        assertThat(Formats.rupiah(999)).isEqualTo("Rp 999");
    }

    @Test
    void negativeRupiahPutsTheMinusInFront() {
        assertThat(Formats.rupiah(-1_234_567)).isEqualTo("-Rp 1.234.567");
        assertThat(Formats.rupiah(-999)).isEqualTo("-Rp 999");
    }

    @Test
    void rupiahIsTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Formats.rupiah(1_234_567)).isEqualTo("Rp 1.234.567");
            Locale.setDefault(Locale.US);
            assertThat(Formats.rupiah(1_234_567)).isEqualTo("Rp 1.234.567");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void dateInIndonesian() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 23), INDONESIAN)).isEqualTo("23 November 2026");
        assertThat(Formats.date(LocalDate.of(1945, 8, 17), INDONESIAN)).isEqualTo("17 Agustus 1945");
        assertThat(Formats.date(LocalDate.of(2026, 5, 1), INDONESIAN)).isEqualTo("1 Mei 2026");
    }

    @Test
    void dateInEnglish() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 23), Locale.ENGLISH)).isEqualTo("23 November 2026");
        assertThat(Formats.date(LocalDate.of(1945, 8, 17), Locale.ENGLISH)).isEqualTo("17 August 1945");
        assertThat(Formats.date(LocalDate.of(2026, 5, 1), Locale.ENGLISH)).isEqualTo("1 May 2026");
    }

    @Test
    void missingDateIsBlank() {
        assertThat(Formats.date(null, INDONESIAN)).isEmpty();
    }

    @Test
    void periodIsMonthDashYear() {
        assertThat(Formats.period(LocalDate.of(2026, 11, 1))).isEqualTo("11-2026");
        assertThat(Formats.period(LocalDate.of(2026, 3, 1))).isEqualTo("03-2026");
        // any day of the month gives the month
        assertThat(Formats.period(LocalDate.of(2026, 3, 31))).isEqualTo("03-2026");
    }

    @Test
    void monthYearInWords() {
        assertThat(Formats.monthYear(LocalDate.of(2026, 8, 1), INDONESIAN)).isEqualTo("Agustus 2026");
        assertThat(Formats.monthYear(LocalDate.of(2026, 8, 1), Locale.ENGLISH)).isEqualTo("August 2026");
    }

    @org.junit.jupiter.api.Test
    void yearsReadAsRanges() {
        org.assertj.core.api.Assertions.assertThat(Formats.yearRanges(java.util.List.of(2021, 2000, 2001, 2002, 2011, 2022, 2026)))
                .isEqualTo("2000\u20132002, 2011, 2021\u20132022, 2026");
        org.assertj.core.api.Assertions.assertThat(Formats.yearRanges(java.util.List.of(2026))).isEqualTo("2026");
        org.assertj.core.api.Assertions.assertThat(Formats.yearRanges(java.util.List.of())).isEmpty();
    }
}
