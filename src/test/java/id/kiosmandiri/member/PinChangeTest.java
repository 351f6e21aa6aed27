package id.kiosmandiri.member;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.QrCodes;
import id.kiosmandiri.kiosk.QrDecoding;
import id.kiosmandiri.session.LoginMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Changing a PIN, and the digital card's data, against the database: test members of this class's
 * own (NIK serials 30xx, KPJs 82xxxx), never demo members.
 */
@IntegrationTest
class PinChangeTest {

    private static final String KIOSK = "DEMO-01";
    private static final String ADDRESS = "192.0.2.83";
    private static final String NIK = "3471051505903001";
    private static final String KPJ = TestData.KPJ_PREFIX + "823001";
    private static final String NEW_PIN = "482913";

    @Autowired
    private MemberAuthService auth;
    @Autowired
    private MemberService members;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcTemplate jdbc;

    private TestData data;
    private long member;

    @BeforeEach
    void testMember() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, "1999982301", "Uji Ganti PIN");
    }

    @AfterEach
    void removeTestMember() {
        data.deleteAll();
    }

    private String storedHash() {
        return jdbc.queryForObject("SELECT pin_hash FROM member WHERE id = ?", String.class, member);
    }

    private int failedPins() {
        return jdbc.queryForObject("SELECT failed_pin_count FROM member WHERE id = ?", Integer.class, member);
    }

    private LoginResult login(String pin) {
        return auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, KPJ, pin);
    }

    @Test
    void theNewPinLogsInAndTheOldNoLonger() {
        assertEquals(new PinChange.Changed(), auth.changePin(member, KIOSK, null, TestData.PIN, NEW_PIN));
        assertThat(storedHash()).doesNotContain(NEW_PIN).startsWith("{pin-hmac-bcrypt}");
        assertEquals(new LoginResult.Success(member), login(NEW_PIN));
        assertInstanceOf(LoginResult.Wrong.class, login(TestData.PIN));
    }

    @Test
    void wrongOldPinsCountAndTheThirdLocks() {
        String before = storedHash();
        assertEquals(new PinChange.OldWrong(), auth.changePin(member, KIOSK, null, "000001", NEW_PIN));
        assertEquals(1, failedPins());
        assertEquals(new PinChange.OldWrong(), auth.changePin(member, KIOSK, null, "000002", NEW_PIN));
        PinChange.Locked locked = assertInstanceOf(PinChange.Locked.class, auth.changePin(member, KIOSK, null, "000003", NEW_PIN));
        assertThat(locked.until()).isAfter(clock.instant().plus(Duration.ofMinutes(29)));
        assertInstanceOf(PinChange.Locked.class, auth.changePin(member, KIOSK, null, TestData.PIN, NEW_PIN), "even the right old PIN");
        assertEquals(before, storedHash(), "nothing stored");
        assertInstanceOf(LoginResult.Locked.class, login(TestData.PIN));
    }

    @Test
    void aNewPinBreakingARuleStoresNothingAndCostsNoGuess() {
        String before = storedHash();
        assertEquals(new PinChange.Refused(PinRules.RUN), auth.changePin(member, KIOSK, null, TestData.PIN, "123456"));
        assertEquals(new PinChange.Refused(PinRules.SAME_DIGITS), auth.changePin(member, KIOSK, null, TestData.PIN, "777777"));
        // the test PIN 000000 is six equal digits itself: the same-as-old rule with another pair (rules come before the old PIN's check)
        assertEquals(new PinChange.Refused(PinRules.SAME_AS_OLD), auth.changePin(member, KIOSK, null, NEW_PIN, NEW_PIN));
        // born 15-05-1990 (the NIK's date)
        assertEquals(new PinChange.Refused(PinRules.BIRTH_DATE), auth.changePin(member, KIOSK, null, TestData.PIN, "150590"));
        assertEquals(new PinChange.Refused(PinRules.BIRTH_DATE), auth.changePin(member, KIOSK, null, TestData.PIN, "900515"));
        assertEquals(new PinChange.Refused(PinRules.FORMAT), auth.changePin(member, KIOSK, null, TestData.PIN, "12a456"));
        assertEquals(new PinChange.Refused(PinRules.FORMAT), auth.changePin(member, KIOSK, null, "12a456", NEW_PIN));
        assertEquals(before, storedHash());
        assertEquals(0, failedPins(), "a refused new PIN costs no guess, even with a wrong old PIN");
        assertEquals(new PinChange.Refused(PinRules.RUN), auth.changePin(member, KIOSK, null, "999999", "890123"));
        assertEquals(0, failedPins());
        assertThat(auth.newPinProblem(member, TestData.PIN, "150590")).contains(PinRules.BIRTH_DATE);
        assertThat(auth.newPinProblem(member, TestData.PIN, NEW_PIN)).isEmpty();
    }

    @Test
    void aWomansBirthDateIsTheRealOneNotTheNikDay() {
        long woman = data.loginMember("3471055505903002", TestData.KPJ_PREFIX + "823002", "1999982302", "Uji Ganti PIN Wanita");
        assertEquals(new PinChange.Refused(PinRules.BIRTH_DATE), auth.changePin(woman, KIOSK, null, TestData.PIN, "150590"));
        assertEquals(new PinChange.Changed(), auth.changePin(woman, KIOSK, null, TestData.PIN, "550590"));
    }

    @Test
    void theDigitalCardHasEveryCardWithItsStartAndAQrOfTheFullKpj() {
        long employer = data.employer("99998230", "PT Uji Kartu Digital", 1);
        long two = data.member("3471051505903003", "Uji Kartu Dua", Segment.PU, MemberStatus.ACTIVE);
        String first = TestData.KPJ_PREFIX + "823003";
        String second = TestData.KPJ_PREFIX + "823004";
        data.card(two, second, Segment.BPU, null, LocalDate.of(2021, 3, 1), null, false);
        data.card(two, first, Segment.PU, employer, LocalDate.of(2015, 7, 1), LocalDate.of(2015, 7, 1), true);

        DigitalCard card = members.digitalCard(two);
        assertEquals("Uji Kartu Dua", card.fullName());
        assertEquals(MemberStatus.ACTIVE, card.status());
        assertThat(card.cards()).extracting(DigitalCard.Card::kpj).containsExactly(first, second);
        assertThat(card.cards()).extracting(DigitalCard.Card::jhtStart).containsExactly(LocalDate.of(2015, 7, 1), LocalDate.of(2021, 3, 1));
        assertThat(card.cards()).extracting(DigitalCard.Card::maskedKpj).containsExactly("•••••••3003", "•••••••3004");
        assertThat(card.cards()).extracting(DigitalCard.Card::employerName).containsExactly("PT Uji Kartu Digital", null);
        assertThat(card.cards()).extracting(DigitalCard.Card::segment).containsExactly(Segment.PU, Segment.BPU);
        for (DigitalCard.Card c : card.cards()) {
            assertEquals(c.kpj(), QrDecoding.decode(QrCodes.image(c.kpj(), 10)));
        }
    }
}
