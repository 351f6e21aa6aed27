package id.kiosmandiri.member;

import id.kiosmandiri.session.LoginMethod;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.demo.DemoLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * PIN checks against the database. Wrong PINs are typed only for a test member of this class's
 * own ({@link TestData}, written before and removed after each test), never for demo members.
 */
@IntegrationTest
class MemberAuthServiceTest {

    private static final String KIOSK = "DEMO-01";
    private static final String PIN = TestData.PIN;
    private static final String ADDRESS = "192.0.2.10";
    private static final String NIK = "3471051505900001";
    private static final String KPJ = TestData.KPJ_PREFIX + "750001";
    private static final String CARD_UID = "1999975001";

    @Autowired
    private MemberAuthService auth;
    @Autowired
    private MemberRepository members;
    @Autowired
    private MembershipCardRepository cards;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcTemplate jdbc;

    private TestData data;
    private Member member;

    @BeforeEach
    void testMember() {
        data = new TestData(jdbc, clock);
        member = members.findById(data.loginMember(NIK, KPJ, CARD_UID, "Uji Masuk PIN")).orElseThrow();
    }

    @AfterEach
    void removeTestMember() {
        data.deleteAll();
    }

    private Member reload(Member m) {
        return members.findById(m.getId()).orElseThrow();
    }

    private LoginResult byNik(Member m, String pin) {
        return auth.login(KIOSK, ADDRESS, LoginMethod.NIK, m.getNik(), pin);
    }

    @Test
    void rightPinLogsIn() {
        assertEquals(new LoginResult.Success(member.getId()), byNik(member, PIN));
        String kpj = cards.findByMemberIdOrderByJhtStartAsc(member.getId()).getFirst().getKpj();
        assertEquals(new LoginResult.Success(member.getId()), auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, kpj, PIN));
    }

    @Test
    void aLoggedInMembersPinConfirmationCountsTowardsTheLockoutLikeALogin() {
        assertEquals(new PinCheck.Right(), auth.confirmPin(member.getId(), KIOSK, PIN));
        assertInstanceOf(PinCheck.Wrong.class, auth.confirmPin(member.getId(), KIOSK, "000001"));
        assertEquals(1, reload(member).getFailedPinCount());
        assertInstanceOf(LoginResult.Wrong.class, byNik(member, "000002"));
        assertEquals(2, reload(member).getFailedPinCount(), "a wrong login and a wrong confirmation add up");
        PinCheck third = auth.confirmPin(member.getId(), KIOSK, "000003");
        assertInstanceOf(PinCheck.Locked.class, third);
        assertThat(((PinCheck.Locked) third).until()).isAfter(clock.instant().plus(Duration.ofMinutes(29)));
        assertInstanceOf(PinCheck.Locked.class, auth.confirmPin(member.getId(), KIOSK, PIN), "locked: even the right PIN");
        assertInstanceOf(LoginResult.Locked.class, byNik(member, PIN), "and on every kiosk");
        assertEquals(new PinCheck.Invalid(), auth.confirmPin(member.getId(), KIOSK, "12a456"));
    }

    @Test
    void twentyWrongConfirmationsAtOnceGetNoMoreGuessesThanTheLockoutAllows() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.List<java.util.concurrent.Future<PinCheck>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String wrong = String.format("%06d", 100001 + i);
                answers.add(pool.submit(() -> auth.confirmPin(member.getId(), KIOSK, wrong)));
            }
            long wrongs = 0;
            long locked = 0;
            for (var answer : answers) {
                PinCheck check = answer.get();
                wrongs += check instanceof PinCheck.Wrong ? 1 : 0;
                locked += check instanceof PinCheck.Locked ? 1 : 0;
            }
            assertThat(wrongs).as("three guesses: two wrong, the third locks").isEqualTo(2);
            assertThat(locked).isEqualTo(18);
            assertInstanceOf(LoginResult.Locked.class, byNik(member, PIN));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRightPinConfirmationStartsTheCountAgain() {
        auth.confirmPin(member.getId(), KIOSK, "000001");
        auth.confirmPin(member.getId(), KIOSK, "000002");
        assertEquals(new PinCheck.Right(), auth.confirmPin(member.getId(), KIOSK, PIN));
        assertEquals(0, reload(member).getFailedPinCount());
    }

    @Test
    void threeWrongPinsLockTheMemberForThirtyMinutes() {
        assertInstanceOf(LoginResult.Wrong.class, byNik(member, "000001"));
        assertEquals(1, reload(member).getFailedPinCount());
        assertInstanceOf(LoginResult.Wrong.class, byNik(member, "000002"));
        assertEquals(2, reload(member).getFailedPinCount());
        Instant before = clock.instant();
        LoginResult third = byNik(member, "000003");
        Instant after = clock.instant();

        LoginResult.Locked locked = assertInstanceOf(LoginResult.Locked.class, third);
        assertThat(locked.until()).isBetween(before.plus(Duration.ofMinutes(30)), after.plus(Duration.ofMinutes(30)));
        Instant stored = reload(member).getLockedUntil();
        assertThat(Duration.between(locked.until(), stored).abs()).isLessThan(Duration.ofMillis(1));
        assertThat(stored).isAfter(clock.instant().plus(Duration.ofMinutes(29)));
    }

    @Test
    void aLockedMemberIsRefusedEvenWithTheRightPinOnAnyNumber() {
        byNik(member, "000001");
        byNik(member, "000002");
        LoginResult.Locked locked = assertInstanceOf(LoginResult.Locked.class, byNik(member, "000003"));
        Instant until = reload(member).getLockedUntil();

        assertInstanceOf(LoginResult.Locked.class, byNik(member, PIN));
        MembershipCard card = cards.findByMemberIdOrderByJhtStartAsc(member.getId()).getFirst();
        assertInstanceOf(LoginResult.Locked.class, auth.login("TEST-IDLE", ADDRESS, LoginMethod.KPJ, card.getKpj(), PIN),
                "the lock holds on every kiosk and for every number");
        assertInstanceOf(LoginResult.Locked.class, auth.login(KIOSK, ADDRESS, LoginMethod.CARD, card.getCardUid(), PIN));
        assertEquals(until, reload(member).getLockedUntil(), "trying while locked does not extend the lock");
        assertThat(locked.until()).isNotNull();
    }

    @Test
    void afterTheLockTimeTheRightPinWorksAgain() {
        byNik(member, "000001");
        byNik(member, "000002");
        assertInstanceOf(LoginResult.Locked.class, byNik(member, "000003"));
        // the Clock bean cannot move: move the lock into the past instead, as 30 minutes would
        jdbc.update("UPDATE member SET locked_until = ? WHERE id = ?",
                Timestamp.from(clock.instant().minusSeconds(1)), member.getId());

        assertEquals(new LoginResult.Success(member.getId()), byNik(member, PIN));
        assertThat(reload(member).getLockedUntil()).isNull();
        assertEquals(0, reload(member).getFailedPinCount());
    }

    @Test
    void aRightPinResetsTheWrongPinCount() {
        byNik(member, "000001");
        byNik(member, "000002");
        assertEquals(2, reload(member).getFailedPinCount());
        assertEquals(new LoginResult.Success(member.getId()), byNik(member, PIN));
        assertEquals(0, reload(member).getFailedPinCount());

        assertInstanceOf(LoginResult.Wrong.class, byNik(member, "000001"));
        assertInstanceOf(LoginResult.Wrong.class, byNik(member, "000002"), "counting starts again from zero");
        assertThat(reload(member).getLockedUntil()).isNull();
        assertEquals(new LoginResult.Success(member.getId()), byNik(member, PIN));
    }

    @Test
    void aPinThatIsNotSixAsciiDigitsIsRefusedBeforeItCounts() {
        assertInstanceOf(LoginResult.Invalid.class, byNik(member, PIN.substring(0, 5)));
        assertInstanceOf(LoginResult.Invalid.class, byNik(member, PIN + "9"));
        assertInstanceOf(LoginResult.Invalid.class, byNik(member, null));
        assertInstanceOf(LoginResult.Invalid.class, byNik(member, "١٤٧٢٥٨"), "Arabic-Indic digits are not a PIN");
        assertEquals(0, reload(member).getFailedPinCount(), "what is no PIN is not a guess");
        assertEquals(new LoginResult.Success(member.getId()), byNik(member, PIN));
    }

    @Test
    void unknownNumbersAreWrongLikeAWrongPin() {
        String unknownNik = "3171010101900999";
        String unknownKpj = "19999999999";
        assertThat(members.findByNik(unknownNik)).as("test NIK must not belong to a member").isEmpty();
        assertThat(cards.findByKpj(unknownKpj)).as("test KPJ must not belong to a card").isEmpty();
        assertEquals(new LoginResult.Wrong(), auth.login(KIOSK, ADDRESS, LoginMethod.NIK, unknownNik, PIN));
        assertEquals(new LoginResult.Wrong(), auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, unknownKpj, PIN));
        assertEquals(new LoginResult.Wrong(), auth.login(KIOSK, ADDRESS, LoginMethod.CARD, "9999999999", PIN));
        assertEquals(new LoginResult.Invalid(), auth.login(KIOSK, ADDRESS, LoginMethod.NIK, "31710101019abc99", PIN));
        assertEquals(new LoginResult.Invalid(), auth.login(KIOSK, ADDRESS, LoginMethod.NIK, null, PIN));
    }

    @Test
    void aNumberCountsOnlyForItsOwnMethod() {
        // Budi's KPJ typed as a NIK, and his NIK typed as a KPJ, are not numbers of that kind at all
        assertEquals(new LoginResult.Invalid(), auth.login(KIOSK, ADDRESS, LoginMethod.NIK, DemoLogin.BUDI.kpj(), DemoLogin.BUDI.pin()));
        assertEquals(new LoginResult.Invalid(), auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, DemoLogin.BUDI.nik(), DemoLogin.BUDI.pin()));
        // a NIK read by the card reader looks like a card UID, and belongs to no card
        assertEquals(new LoginResult.Wrong(), auth.login(KIOSK, ADDRESS, LoginMethod.CARD, DemoLogin.BUDI.nik(), DemoLogin.BUDI.pin()));
    }

    @Test
    void aCardReadGivesTheCardUidOrTheKpj() {
        Long budi = members.findByNik(DemoLogin.BUDI.nik()).orElseThrow().getId();
        assertEquals(new LoginResult.Success(budi), auth.login(KIOSK, ADDRESS, LoginMethod.CARD, DemoLogin.BUDI.cardUid(), DemoLogin.BUDI.pin()));
        assertEquals(new LoginResult.Success(budi), auth.login(KIOSK, ADDRESS, LoginMethod.CARD, DemoLogin.BUDI.kpj(), DemoLogin.BUDI.pin()));
        Long siti = members.findByNik(DemoLogin.SITI.nik()).orElseThrow().getId();
        assertEquals(new LoginResult.Success(siti), auth.login(KIOSK, ADDRESS, LoginMethod.CARD, DemoLogin.SITI_SECOND_KPJ, DemoLogin.SITI.pin()),
                "either of Siti's cards opens her account");
    }
}
