package id.kiosmandiri.member;

import id.kiosmandiri.session.LoginMethod;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.kiosk.ui.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing one common PIN across many members, one try each, on the embedded MariaDB: the
 * kiosk and the client address slow down after their free failures, switching the claimed kiosk
 * id does not help, a success does not reset the count, another server node (or a restart) sees
 * the same count, and a security event is recorded. Kiosk 3 and address 5 free failures here; a
 * clock the test moves, so waits are exact.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String COMMON_PIN = "123456";
    private static final String MEMBER_PIN = "604817";

    @Autowired
    private MemberRepository members;
    @Autowired
    private MembershipCardRepository cards;
    @Autowired
    private CardReads cardReads;
    @Autowired
    private org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    private PasswordEncoder pinEncoder;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock appClock;

    private TestData data;
    private MutableClock clock;
    private final List<String> kpjs = new ArrayList<>();

    @BeforeEach
    void members() {
        data = new TestData(jdbc, appClock);
        clock = new MutableClock(appClock.instant(), appClock.getZone());
        String hash = pinEncoder.encode(MEMBER_PIN);
        for (int i = 1; i <= 8; i++) {
            String nik = String.format("34710215059%05d", i);
            long id = data.member(nik, "Tebakan " + i, Segment.PU, MemberStatus.ACTIVE);
            jdbc.update("UPDATE member SET pin_hash = ? WHERE id = ?", hash, id);
            String kpj = TestData.KPJ_PREFIX + String.format("71%04d", i);
            data.card(id, kpj, Segment.PU, null, LocalDate.of(2020, 1, 1), null, true);
            kpjs.add(kpj);
        }
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock, 3, 5, 15);
    }

    private MemberAuthService auth(LoginThrottle throttle) {
        return new MemberAuthService(members, cards, cardReads, pinEncoder, throttle, clock, transactions, 3, 30, events);
    }

    private int securityEvents(String column, String value) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE event_type = ? AND " + column + " = ?",
                Integer.class, LoginThrottle.THROTTLED_EVENT, value);
    }

    @Test
    void oneCommonPinAcrossMembersSlowsTheKioskDownAfterItsFreeFailures() {
        MemberAuthService auth = auth(throttle());
        String kiosk = "GUESS-K1";
        String address = "198.51.100.1";
        for (int i = 0; i < 4; i++) {
            assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(i), COMMON_PIN))
                    .as("try %d of the common PIN", i + 1).isInstanceOf(LoginResult.Wrong.class);
        }
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(4), COMMON_PIN))
                .isEqualTo(new LoginResult.SlowDown(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(4), COMMON_PIN)).isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(5), COMMON_PIN))
                .as("each further failure doubles the wait").isEqualTo(new LoginResult.SlowDown(4));

        assertThat(members.findByNik("3471021505900001").orElseThrow().getFailedPinCount())
                .as("each member saw only one wrong PIN: the member lock alone would never have stopped this").isEqualTo(1);
        assertThat(securityEvents("kiosk_id", kiosk)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(5), COMMON_PIN))
                .as("failures older than the window no longer count").isInstanceOf(LoginResult.Wrong.class);
    }

    @Test
    void switchingTheClaimedKioskIdDoesNotResetTheAddress() {
        MemberAuthService auth = auth(throttle());
        String address = "198.51.100.2";
        for (int i = 0; i < 6; i++) {
            assertThat(auth.login("GUESS-SWITCH-" + i, address, LoginMethod.KPJ, kpjs.get(i), COMMON_PIN))
                    .as("try %d, from a kiosk id never used before", i + 1).isInstanceOf(LoginResult.Wrong.class);
        }
        assertThat(auth.login("GUESS-SWITCH-NEW", address, LoginMethod.KPJ, kpjs.get(6), COMMON_PIN))
                .isEqualTo(new LoginResult.SlowDown(2));
        assertThat(securityEvents("client_address", address)).isEqualTo(1);
        assertThat(auth.login("GUESS-SWITCH-NEW", "198.51.100.3", LoginMethod.KPJ, kpjs.get(6), COMMON_PIN))
                .as("another address at a fresh kiosk is not held up").isInstanceOf(LoginResult.Wrong.class);
    }

    @Test
    void aSuccessDoesNotWipeTheFailuresAndAnotherNodeSeesThem() {
        MemberAuthService auth = auth(throttle());
        String kiosk = "GUESS-K2";
        String address = "198.51.100.4";
        for (int i = 0; i < 3; i++) {
            auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(i), COMMON_PIN);
        }
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(7), MEMBER_PIN))
                .as("someone with their own PIN logs in").isInstanceOf(LoginResult.Success.class);
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(3), COMMON_PIN)).isInstanceOf(LoginResult.Wrong.class);

        MemberAuthService otherNode = auth(throttle());
        assertThat(otherNode.login(kiosk, address, LoginMethod.KPJ, kpjs.get(4), COMMON_PIN))
                .as("a new server node, or the same after a restart, counts the same failures")
                .isEqualTo(new LoginResult.SlowDown(2));
    }

    @Test
    void triesOnALockedMemberAndUnknownNumbersCountToo() {
        MemberAuthService auth = auth(throttle());
        String address = "198.51.100.5";
        String lockedKpj = kpjs.get(0);
        for (int i = 0; i < 3; i++) {
            auth.login("GUESS-LOCK-A", "198.51.100.50", LoginMethod.KPJ, lockedKpj, "00000" + i);
        }
        String kiosk = "GUESS-LOCK-B";
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, lockedKpj, MEMBER_PIN)).isInstanceOf(LoginResult.Locked.class);
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, lockedKpj, COMMON_PIN)).isInstanceOf(LoginResult.Locked.class);
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, TestData.KPJ_PREFIX + "799999", COMMON_PIN))
                .isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login(kiosk, address, LoginMethod.NIK, "3471010101900999", COMMON_PIN))
                .isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login(kiosk, address, LoginMethod.KPJ, kpjs.get(1), COMMON_PIN))
                .isEqualTo(new LoginResult.SlowDown(2));
    }

    @Test
    void purgeForgetsOnlyWhatIsOlderThanTheWindow() {
        MemberAuthService auth = auth(throttle());
        String kiosk = "GUESS-PURGE";
        auth.login(kiosk, "198.51.100.6", LoginMethod.KPJ, kpjs.get(0), COMMON_PIN);
        clock.advance(Duration.ofMinutes(10));
        auth.login(kiosk, "198.51.100.6", LoginMethod.KPJ, kpjs.get(1), COMMON_PIN);
        clock.advance(Duration.ofMinutes(6));
        throttle().purge();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_failure WHERE kiosk_id = ?", Integer.class, kiosk))
                .isEqualTo(1);
    }
}
