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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown number, a wrong PIN and a locked member cost the same work: one PIN verification
 * and one committed transaction each, and the first two get the same answer. Counted with a PIN
 * encoder and a transaction manager that count (on the real database), not with a stopwatch, so
 * it holds on a noisy machine and whatever the PIN hash costs.
 */
@IntegrationTest
class LoginWorkTest {

    private static final String NIK = "3471031505900001";
    private static final String KPJ = TestData.KPJ_PREFIX + "730001";
    private static final String RIGHT_PIN = "307142";

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
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    private MemberAuthService auth;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, clock);
        long id = data.member(NIK, "Tes Kerja", Segment.PU, MemberStatus.ACTIVE);
        data.card(id, KPJ, Segment.PU, null, LocalDate.of(2020, 1, 1), null, true);
        jdbc.update("UPDATE member SET pin_hash = ? WHERE id = ?", pinEncoder.encode(RIGHT_PIN), id);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return pinEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                verifications.incrementAndGet();
                return pinEncoder.matches(raw, encoded);
            }
        };
        PlatformTransactionManager counted = new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
                return transactions.getTransaction(definition);
            }

            @Override
            public void commit(TransactionStatus status) throws TransactionException {
                commits.incrementAndGet();
                transactions.commit(status);
            }

            @Override
            public void rollback(TransactionStatus status) throws TransactionException {
                rollbacks.incrementAndGet();
                transactions.rollback(status);
            }
        };
        auth = new MemberAuthService(members, cards, cardReads, counting, throttle, clock, counted, 3, 30, events);
        reset();
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private void reset() {
        verifications.set(0);
        commits.set(0);
        rollbacks.set(0);
    }

    private LoginResult timesOne(LoginResult result) {
        assertThat(verifications.get()).as("PIN verifications").isEqualTo(1);
        assertThat(commits.get()).as("committed transactions").isEqualTo(1);
        assertThat(rollbacks.get()).as("rolled back transactions").isZero();
        reset();
        return result;
    }

    @Test
    void unknownNumberAndWrongPinDoTheSameWorkAndGetTheSameAnswer() {
        LoginResult unknownKpj = timesOne(auth.login("WORK-1", "192.0.2.41", LoginMethod.KPJ, TestData.KPJ_PREFIX + "739999", "111111"));
        LoginResult unknownNik = timesOne(auth.login("WORK-1", "192.0.2.41", LoginMethod.NIK, "3471031505909999", "111111"));
        LoginResult unknownCard = timesOne(auth.login("WORK-1", "192.0.2.41", LoginMethod.CARD, "0009999999", "111111"));
        LoginResult wrongByKpj = timesOne(auth.login("WORK-1", "192.0.2.41", LoginMethod.KPJ, KPJ, "111111"));
        LoginResult wrongByNik = timesOne(auth.login("WORK-1", "192.0.2.41", LoginMethod.NIK, NIK, "111112"));

        assertThat(unknownKpj).isEqualTo(new LoginResult.Wrong())
                .isEqualTo(unknownNik).isEqualTo(unknownCard).isEqualTo(wrongByKpj).isEqualTo(wrongByNik);
    }

    @Test
    void aLockedMemberCostsTheSameWorkToo() {
        auth.login("WORK-2", "192.0.2.42", LoginMethod.KPJ, KPJ, "111111");
        auth.login("WORK-2", "192.0.2.42", LoginMethod.KPJ, KPJ, "111112");
        auth.login("WORK-2", "192.0.2.42", LoginMethod.KPJ, KPJ, "111113");
        reset();
        assertThat(timesOne(auth.login("WORK-2", "192.0.2.42", LoginMethod.KPJ, KPJ, RIGHT_PIN)))
                .isInstanceOf(LoginResult.Locked.class);
        assertThat(timesOne(auth.login("WORK-2", "192.0.2.42", LoginMethod.NIK, NIK, "999999")))
                .isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void onlyARightPinWritesASecondTime() {
        LoginResult result = auth.login("WORK-3", "192.0.2.43", LoginMethod.KPJ, KPJ, RIGHT_PIN);
        assertThat(result).isInstanceOf(LoginResult.Success.class);
        assertThat(verifications.get()).isEqualTo(1);
        assertThat(commits.get()).as("the attempt, then taking it back").isEqualTo(2);
    }
}
