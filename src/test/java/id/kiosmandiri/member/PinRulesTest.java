package id.kiosmandiri.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PinRulesTest {

    private static final String OLD = "000000";
    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 15);

    private static Optional<String> problem(String pin) {
        return PinRules.problem(pin, OLD, BIRTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12a456", "１２３４５６", "٣٤٥٦٧٨", " 48213", "48213 "})
    void onlySixAsciiDigits(String pin) {
        assertThat(problem(pin)).contains(PinRules.FORMAT);
        assertThat(PinRules.problem(null, OLD, BIRTH)).contains(PinRules.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"111111", "999999", "555555"})
    void notSixEqualDigits(String pin) {
        assertThat(problem(pin)).contains(PinRules.SAME_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "234567", "456789", "012345", "987654", "876543", "543210", "654321",
            // wrapping from 9 to 0 and back: the same sweep over the keys
            "890123", "901234", "789012", "109876", "210987", "098765"})
    void notARunUpOrDown(String pin) {
        assertThat(problem(pin)).contains(PinRules.RUN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"135790", "123457", "124578", "482913", "112233", "121212", "098766"})
    void otherPinsAreFine(String pin) {
        assertThat(problem(pin)).isEmpty();
    }

    @Test
    void notTheBirthDateEitherWay() {
        assertThat(problem("150590")).contains(PinRules.BIRTH_DATE);
        assertThat(problem("900515")).contains(PinRules.BIRTH_DATE);
        assertThat(problem("051590")).as("MMDDYY is no rule").isEmpty();
        assertThat(PinRules.problem("150590", OLD, null)).as("no birth date known").isEmpty();
    }

    @Test
    void aWomansRealBirthDateCountsNotHerNikDay() {
        // a woman's NIK carries her birth day plus 40: 55 for the 15th
        String nik = "3471055505903002";
        LocalDate birth = Identifiers.nikFacts(nik, LocalDate.now(Clock.systemUTC())).orElseThrow().birthDate();
        assertThat(birth).isEqualTo(BIRTH);
        assertThat(PinRules.problem("150590", OLD, birth)).contains(PinRules.BIRTH_DATE);
        assertThat(PinRules.problem("900515", OLD, birth)).contains(PinRules.BIRTH_DATE);
        assertThat(PinRules.problem("550590", OLD, birth)).as("the NIK's day is not her birth date").isEmpty();
        assertThat(PinRules.problem("900555", OLD, birth)).isEmpty();
    }

    @Test
    void notTheOldPin() {
        assertThat(PinRules.problem("482913", "482913", BIRTH)).contains(PinRules.SAME_AS_OLD);
        assertThat(PinRules.problem("482913", null, BIRTH)).isEmpty();
    }

    @Test
    void theTwoNewEntriesMustMatch() {
        assertThat(PinRules.problem("482913", "482913", OLD, BIRTH)).isEmpty();
        assertThat(PinRules.problem("482913", "482914", OLD, BIRTH)).contains(PinRules.MISMATCH);
        assertThat(PinRules.problem("123456", "123456", OLD, BIRTH)).as("a rule before the match").contains(PinRules.RUN);
    }
}
