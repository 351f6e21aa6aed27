package id.kiosmandiri.member;

import id.kiosmandiri.session.LoginMethod;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.CardReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty browser sessions send a PIN for the same member at the same moment: the member gets
 * exactly {@code max-failed-pins} guesses, checked against their real PIN hash, and no more.
 * Runs on the embedded MariaDB with the service's real transactions, through a PIN encoder that
 * counts the checks made against the member's hash and notes whether a connection was held.
 */
@IntegrationTest
class PinLockoutRaceTest {

    private static final String NIK = "3471011505900001";
    private static final String KPJ = TestData.KPJ_PREFIX + "700001";
    private static final String RIGHT_PIN = "482916";
    private static final int SESSIONS = 20;

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
    private LoginThrottle throttle;
    @Autowired
    private Clock clock;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private TestData data;
    private long memberId;
    private String memberHash;
    private final AtomicInteger checksAgainstMember = new AtomicInteger();
    private final AtomicInteger checksWhileHoldingAConnection = new AtomicInteger();
    private MemberAuthService auth;

    @BeforeEach
    void member() {
        removeFailedLogins();
        data = new TestData(jdbc, clock);
        memberId = data.member(NIK, "Tes Serentak", Segment.PU, MemberStatus.ACTIVE);
        data.card(memberId, KPJ, Segment.PU, null, java.time.LocalDate.of(2020, 1, 1), null, true);
        memberHash = pinEncoder.encode(RIGHT_PIN);
        jdbc.update("UPDATE member SET pin_hash = ? WHERE id = ?", memberHash, memberId);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return pinEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if (memberHash.equals(encoded)) {
                    checksAgainstMember.incrementAndGet();
                }
                if (TransactionSynchronizationManager.isActualTransactionActive()
                        || !TransactionSynchronizationManager.getResourceMap().isEmpty()) {
                    checksWhileHoldingAConnection.incrementAndGet();
                }
                return pinEncoder.matches(raw, encoded);
            }
        };
        auth = new MemberAuthService(members, cards, cardReads, counting, throttle, clock, transactions, 3, 30, events);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
        removeFailedLogins();
    }

    /** This class's failed logins (kiosk ids RACE-...): each test counts only its own, in any order. */
    private void removeFailedLogins() {
        jdbc.update("DELETE FROM login_failure WHERE kiosk_id LIKE 'RACE-%'");
    }

    private List<LoginResult> allAtOnce(List<String> pins) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(pins.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<LoginResult>> futures = new ArrayList<>();
            for (int i = 0; i < pins.size(); i++) {
                String pin = pins.get(i);
                String address = "192.0.2." + (100 + i); // one browser session each
                Callable<LoginResult> attempt = () -> {
                    start.await();
                    return auth.login("RACE-" + address, address, LoginMethod.NIK, NIK, pin);
                };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<LoginResult> results = new ArrayList<>();
            for (Future<LoginResult> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyWrongPinsAtOnceLockAfterExactlyThreeGuesses() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            wrong.add(String.format("%06d", 100000 + i));
        }
        List<LoginResult> results = allAtOnce(wrong);

        assertThat(checksAgainstMember.get()).as("PIN checks against the member's hash").isEqualTo(3);
        assertThat(results).filteredOn(r -> r instanceof LoginResult.Wrong).hasSize(2);
        assertThat(results).filteredOn(r -> r instanceof LoginResult.Locked).hasSize(SESSIONS - 2);
        Member after = members.findById(memberId).orElseThrow();
        assertThat(after.getLockedUntil()).isAfter(clock.instant().plusSeconds(29 * 60));
        assertThat(after.getFailedPinCount()).as("the count starts again after the lock").isZero();
        assertThat(checksWhileHoldingAConnection.get()).as("PIN checks made inside a transaction").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_failure WHERE kiosk_id LIKE 'RACE-%'", Integer.class))
                .as("every try counted as a failed login, locked ones included").isEqualTo(SESSIONS);
    }

    @Test
    void theRightPinAmongTwentyAtOnceGetsInOnlyIfItCameWithinTheThreeGuesses() throws Exception {
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < SESSIONS - 1; i++) {
            pins.add(String.format("%06d", 200000 + i));
        }
        pins.add(RIGHT_PIN);
        List<LoginResult> results = allAtOnce(pins);

        boolean rightOneGotIn = results.getLast() instanceof LoginResult.Success;
        assertThat(results.subList(0, SESSIONS - 1)).noneMatch(r -> r instanceof LoginResult.Success);
        Member after = members.findById(memberId).orElseThrow();
        int checks = checksAgainstMember.get();
        if (rightOneGotIn) {
            // the right PIN starts the count again: at most three guesses before it, three after it
            // (threads that took their guess once it was in); never more
            assertThat(checks).as("guesses with the right PIN among them").isBetween(1, 6);
            if (checks <= 3) {
                assertThat(after.getLockedUntil()).as("a right PIN lifts the lock its own guess may have set").isNull();
            }
        } else {
            assertThat(checks).as("never more than three guesses").isLessThanOrEqualTo(3);
            assertThat(results.getLast()).isInstanceOf(LoginResult.Locked.class);
            assertThat(after.getLockedUntil()).isNotNull();
        }
    }

    @Test
    void aRightPinWritesNoFailedLoginAndNoLock() {
        assertThat(auth.login("RACE-ONE", "192.0.2.99", LoginMethod.KPJ, KPJ, RIGHT_PIN))
                .isEqualTo(new LoginResult.Success(memberId));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_failure WHERE kiosk_id = 'RACE-ONE'", Integer.class)).isZero();
        Member after = members.findById(memberId).orElseThrow();
        assertThat(after.getFailedPinCount()).isZero();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(checksWhileHoldingAConnection.get()).isZero();
    }
}
