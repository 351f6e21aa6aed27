package id.kiosmandiri.database;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.profile.ProfileChangeService;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: a transaction that loses a Galera certification conflict (error 1213 at commit, as a plain
 * InnoDB deadlock) is run again whole, a bounded number of times, and stores its rows once. A real
 * deadlock between two transactions of this test plays the conflict; receipt_counter rows of kiosks that
 * do not exist on a day long past are the rows they fight over.
 */
@IntegrationTest
class CertificationConflictsTest {

    private static final LocalDate DAY = LocalDate.of(2001, 1, 1);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    HelpService help;
    @Autowired
    ProfileChangeService profileChanges;
    @Autowired
    MemberService members;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM receipt_counter WHERE day = ?", DAY);
    }

    private void counter(String kiosk, int last) {
        jdbc.update("INSERT INTO receipt_counter (kiosk_id, day, last_number) VALUES (?, ?, ?)", kiosk, DAY, last);
    }

    private int counter(String kiosk) {
        return jdbc.queryForObject("SELECT last_number FROM receipt_counter WHERE kiosk_id = ? AND day = ?", Integer.class, kiosk, DAY);
    }

    private static double retriesSoFar() {
        var counter = Metrics.globalRegistry.find(CertificationConflicts.RETRIES_METRIC).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * Two transactions take the same two rows in opposite order and meet: MariaDB rolls one back with
     * error 1213. Both are run by the application's retrying template; both end up applied exactly once.
     */
    @Test
    void aTransactionRolledBackByADeadlockIsRunAgainAndAppliedOnce() throws Exception {
        counter("CONFLICT-A", 0);
        counter("CONFLICT-B", 0);
        TransactionTemplate template = ConflictRetryingTransactions.template(transactions);
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        double retriesBefore = retriesSoFar();

        // two threads of their own: the common pool may have only one on a two-core machine
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> template.executeWithoutResult(status -> {
            attempts.incrementAndGet();
            jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1 WHERE kiosk_id = 'CONFLICT-A' AND day = ?", DAY);
            meet(bothHoldTheirFirstRow);
            jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1 WHERE kiosk_id = 'CONFLICT-B' AND day = ?", DAY);
        }), threads);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> template.executeWithoutResult(status -> {
            attempts.incrementAndGet();
            jdbc.update("UPDATE receipt_counter SET last_number = last_number + 10 WHERE kiosk_id = 'CONFLICT-B' AND day = ?", DAY);
            meet(bothHoldTheirFirstRow);
            jdbc.update("UPDATE receipt_counter SET last_number = last_number + 10 WHERE kiosk_id = 'CONFLICT-A' AND day = ?", DAY);
        }), threads);
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(attempts.get()).as("one of the two was rolled back and run again").isEqualTo(3);
        assertThat(counter("CONFLICT-A")).as("each applied once: 1 + 10").isEqualTo(11);
        assertThat(counter("CONFLICT-B")).isEqualTo(11);
        assertThat(retriesSoFar() - retriesBefore).as("counted for Prometheus").isEqualTo(1.0);
    }

    /** Waits (a little) for the other transaction to take its first row; a retry finds the latch open. */
    private static void meet(CountDownLatch latch) {
        latch.countDown();
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException conflict() {
        // what MariaDB's driver throws when Galera refuses a commit, as Spring hands it on
        return new org.springframework.dao.CannotAcquireLockException("commit",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    void conflictsAreRetriedABoundedNumberOfTimesThenTheMemberIsToldAsBefore() {
        counter("CONFLICT-A", 0);
        TransactionTemplate template = ConflictRetryingTransactions.template(transactions);
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> template.executeWithoutResult(status -> {
            attempts.incrementAndGet();
            jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1 WHERE kiosk_id = 'CONFLICT-A' AND day = ?", DAY);
            throw conflict();
        })).as("the last failure, as it was thrown").isInstanceOf(org.springframework.dao.CannotAcquireLockException.class);
        assertThat(attempts.get()).isEqualTo(1 + CertificationConflicts.MAX_RETRIES);
        assertThat(counter("CONFLICT-A")).as("every attempt rolled back").isZero();
    }

    @Test
    void otherFailuresAreNotRetried() {
        TransactionTemplate template = ConflictRetryingTransactions.template(transactions);
        for (RuntimeException failure : new RuntimeException[]{
                new DataIntegrityViolationException("duplicate"),
                // a connection lost during a commit: stored or not, only the member can tell
                new org.springframework.dao.DataAccessResourceFailureException("gone", new SQLNonTransientConnectionException("closed", "08000")),
                new IllegalStateException("a bug")}) {
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> template.executeWithoutResult(status -> {
                attempts.incrementAndGet();
                throw failure;
            })).isSameAs(failure);
            assertThat(attempts.get()).as(failure.toString()).isOne();
        }
        assertThat(CertificationConflicts.isConflict(new SQLException("lock wait timeout", "HY000", 1205)))
                .as("a lock wait timeout already waited 50 s: not run again").isFalse();
    }

    @Test
    void aTransactionInsideAnotherIsRetriedOnlyWithItsOuterOne() {
        counter("CONFLICT-A", 0);
        TransactionTemplate template = ConflictRetryingTransactions.template(transactions);
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        template.executeWithoutResult(status -> {
            outer.incrementAndGet();
            template.executeWithoutResult(innerStatus -> {
                if (inner.incrementAndGet() == 1) {
                    throw conflict(); // the whole transaction is lost: the inner part alone must not run again
                }
                jdbc.update("UPDATE receipt_counter SET last_number = last_number + 1 WHERE kiosk_id = 'CONFLICT-A' AND day = ?", DAY);
            });
        });
        assertThat(outer.get()).isEqualTo(2);
        assertThat(inner.get()).isEqualTo(2);
        assertThat(counter("CONFLICT-A")).isOne();
    }

    /**
     * The @Transactional services that write a member's requests carry the retry, outside the transaction
     * advice; so do the modules' event listeners (Spring Modulith's @ApplicationModuleListener is a
     * @Transactional one), found losing a conflict in the cluster test before they did.
     */
    @Test
    void theApplicationsTransactionalServicesAndListenersAreRetriedOnConflict() {
        Object loginUsageRecorder = context.getBean("loginUsageRecorder");
        for (Object service : new Object[]{profileChanges, members, loginUsageRecorder}) {
            assertThat(service).isInstanceOf(Advised.class);
            var advisors = Arrays.asList(((Advised) service).getAdvisors());
            int retry = -1;
            int transaction = -1;
            for (int i = 0; i < advisors.size(); i++) {
                String name = advisors.get(i).getClass().getName() + " " + advisors.get(i).getAdvice().getClass().getName();
                if (name.contains("ConflictRetryingTransactions")) {
                    retry = i;
                } else if (name.contains("Transaction")) {
                    transaction = i;
                }
            }
            assertThat(retry).as(service.getClass() + ": the retry advice").isNotNegative();
            assertThat(transaction).as(service.getClass() + ": the transaction advice, inside the retry").isGreaterThan(retry);
            if (service == loginUsageRecorder) {
                int async = -1;
                for (int i = 0; i < advisors.size(); i++) {
                    if (advisors.get(i).getAdvice().getClass().getName().contains("AsyncExecution")) {
                        async = i;
                    }
                }
                assertThat(async).as("the async hop comes first: the retry runs on the listener's thread").isBetween(0, retry - 1);
            }
        }
    }
}
