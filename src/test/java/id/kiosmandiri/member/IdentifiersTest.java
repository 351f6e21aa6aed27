package id.kiosmandiri.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    /** A fixed "today", so two-digit birth years are read the same way on every run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    // ---- NIK ------------------------------------------------------------------------------

    @Test
    void womansNikHasFortyAddedToTheBirthDay() {
        // 32 Jawa Barat | 73 01 | day 52 = 12 + 40 (woman) | month 08 | year 90 -> 1990 | serial 0002
        String nik = "3273015208900002";

        assertThat(Identifiers.nikProblem(nik, TODAY)).isEmpty();
        Identifiers.NikFacts facts = Identifiers.nikFacts(nik, TODAY).orElseThrow();
        assertThat(facts.province()).isEqualTo("32");
        assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1990, 8, 12));
        assertThat(facts.gender()).isEqualTo(Gender.F);
    }

    @Test
    void mansNikHasThePlainBirthDay() {
        // 31 DKI Jakarta | 71 01 | day 15 | month 05 | year 85 -> 1985 | serial 0003
        String nik = "3171011505850003";

        assertThat(Identifiers.nikProblem(nik, TODAY)).isEmpty();
        Identifiers.NikFacts facts = Identifiers.nikFacts(nik, TODAY).orElseThrow();
        assertThat(facts.province()).isEqualTo("31");
        assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1985, 5, 15));
        assertThat(facts.gender()).isEqualTo(Gender.M);
    }

    @Test
    void twoDigitYearIsTheMostRecentYearNotAfterToday() {
        // year 05 <= 26 (2026) -> 2005; year 30 > 26 -> 1930
        assertThat(Identifiers.nikFacts("3171010101050001", TODAY).orElseThrow().birthDate())
                .isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(Identifiers.nikFacts("3171010101300001", TODAY).orElseThrow().birthDate())
                .isEqualTo(LocalDate.of(1930, 1, 1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // 15 digits
            "317101150585000, id.error.nik.length",
            // 17 digits
            "31710115058500031, id.error.nik.length",
            // a letter O instead of a zero
            "31710115058500O3, id.error.digits-only",
            "3171-01150585000, id.error.digits-only",
            // 20 is not a province code
            "2071011505850003, id.error.nik.province",
            // 99 is not a province code either
            "9971011505850003, id.error.nik.province",
            // 31 February (man)
            "3171013102850003, id.error.nik.birthdate",
            // 71 - 40 = 31 February (woman)
            "3171017102850003, id.error.nik.birthdate",
            // day 72 - 40 = 32
            "3171017205850003, id.error.nik.birthdate",
            // day 35: neither a man's day (1-31) nor a woman's (41-71)
            "3171013505850003, id.error.nik.birthdate",
            // day 00
            "3171010005850003, id.error.nik.birthdate",
            // month 13
            "3171011513850003, id.error.nik.birthdate",
            // serial 0000
            "3171011505850000, id.error.nik.serial",
    })
    void brokenNikGivesTheKeyOfItsProblem(String nik, String key) {
        assertThat(Identifiers.nikProblem(nik, TODAY)).contains(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingNikAsksForIt(String nik) {
        assertThat(Identifiers.nikProblem(nik, TODAY)).contains("id.error.nik.empty");
    }

    @Test
    void impossibleBirthDateHasNoFacts() {
        assertThat(Identifiers.nikFacts("3171013102850003", TODAY)).isEmpty();
        assertThat(Identifiers.nikFacts("317101150585000", TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> fine so far")
    @CsvSource({
            "3",
            "31",
            "3171",
            // 12 digits: 15-05-85, a real date
            "317101150585",
            "3171011505850003",
    })
    void partialNikWithoutKnownProblemIsFine(String prefix) {
        assertThat(Identifiers.partialNikProblem(prefix, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            // the province is known after 2 digits
            "20, id.error.nik.province",
            "2071, id.error.nik.province",
            // the birth date is known after 12 digits: 31 February
            "317101310285, id.error.nik.birthdate",
            // 12 digits: day 72 - 40 = 32
            "3171017205850, id.error.nik.birthdate",
            // more than 16 digits
            "31710115058500031, id.error.nik.length",
            // a letter is wrong as soon as it is typed, whatever comes before
            "3a, id.error.digits-only",
            "3171a, id.error.digits-only",
            "3273015208a0, id.error.digits-only",
    })
    void partialNikWarnsEarly(String prefix, String key) {
        assertThat(Identifiers.partialNikProblem(prefix, TODAY)).contains(key);
    }

    // ---- KPJ ------------------------------------------------------------------------------

    @Test
    void elevenDigitKpjIsValid() {
        assertThat(Identifiers.kpjProblem("11010000017")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "1101000001, id.error.kpj.length",
            "110100000170, id.error.kpj.length",
            "1101000001A, id.error.digits-only",
            "'1101000 017', id.error.digits-only",
    })
    void brokenKpjGivesTheKeyOfItsProblem(String kpj, String key) {
        assertThat(Identifiers.kpjProblem(kpj)).contains(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingKpjAsksForIt(String kpj) {
        assertThat(Identifiers.kpjProblem(kpj)).contains("id.error.kpj.empty");
    }

    // ---- NPP ------------------------------------------------------------------------------

    @Test
    void nppIsEightDigitsSlashThreeDigitDivision() {
        assertThat(Identifiers.nppProblem("12345678/000")).isEmpty();
        assertThat(Identifiers.nppProblem("00000001/123")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not an NPP")
    @CsvSource({
            "12345678",
            "1234567/000",
            "123456789/000",
            "12345678/00",
            "12345678/0000",
            "12345678-000",
            "1234567A/000",
            "12345678/00A",
            "' 12345678/000'",
    })
    void brokenNppIsRejected(String npp) {
        assertThat(Identifiers.nppProblem(npp)).contains("id.error.npp.format");
    }

    @Test
    void missingNppIsRejected() {
        assertThat(Identifiers.nppProblem(null)).contains("id.error.npp.format");
    }

    // ---- mask -----------------------------------------------------------------------------

    @Test
    void maskShowsOnlyTheLastFourCharacters() {
        // 16 characters: 12 dots + "0003"
        assertThat(Identifiers.mask("3171011505850003")).isEqualTo("••••••••••••0003");
        // 11 characters: 7 dots + "0017"
        assertThat(Identifiers.mask("11010000017")).isEqualTo("•••••••0017");
    }

    @Test
    void maskOfShortOrMissingIdentifier() {
        assertThat(Identifiers.mask("123")).isEqualTo("123");
        assertThat(Identifiers.mask("1234")).isEqualTo("1234");
        assertThat(Identifiers.mask("")).isEmpty();
        assertThat(Identifiers.mask(null)).isEmpty();
    }
}
