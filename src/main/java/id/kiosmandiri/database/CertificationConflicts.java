package id.kiosmandiri.database;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Galera's certification conflicts, retried. On a Galera cluster two nodes may commit transactions that
 * touched the same rows (two kiosks of one branch drawing queue numbers from the branch's counter row,
 * each on another node): the one certified second is rolled back and its commit fails with error 1213,
 * "Deadlock found when trying to get lock; try restarting transaction" (SQLSTATE 40001), as a plain
 * InnoDB deadlock does. Nothing of the rolled-back transaction was stored, so running it again whole is
 * safe: a receipt is not stored twice, a wrong PIN not counted twice. It is run again at most
 * {@link #MAX_RETRIES} times, after a short random pause so that the two do not meet again.
 * <p>
 * Anything else (a lost connection, a lock wait timeout, a bug) is not retried here: a commit cut off
 * by a dying database node may or may not have been stored, and only the member can tell whether to try
 * again (docs/deployment.md, "What happens when").
 */
public final class CertificationConflicts {

    private static final Logger log = LoggerFactory.getLogger(CertificationConflicts.class);

    /** Retries after the first attempt: a conflict four times in a row means a hot row, not bad luck. */
    public static final int MAX_RETRIES = 3;
    /** Transactions run again after a certification conflict, on this node (Prometheus). */
    public static final String RETRIES_METRIC = "kiosk.db.conflict.retries";
    /** MariaDB's ER_LOCK_DEADLOCK, which Galera also answers for a failed certification. */
    static final int ER_LOCK_DEADLOCK = 1213;

    private static final RetryTemplate RETRY = retryTemplate();

    private CertificationConflicts() {
    }

    private static RetryTemplate retryTemplate() {
        RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
                .predicate(CertificationConflicts::isConflict)
                .maxRetries(MAX_RETRIES)
                .delay(Duration.ofMillis(10))
                .jitter(Duration.ofMillis(10))
                .multiplier(2)
                .maxDelay(Duration.ofMillis(200))
                .build());
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                Metrics.counter(RETRIES_METRIC).increment();
            }
        });
        return template;
    }

    /** True when {@code failure} or one of its causes is a deadlock or a failed certification (1213 / 40001). */
    public static boolean isConflict(Throwable failure) {
        return DatabaseOutage.anyCause(failure,
                t -> t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState())));
    }

    /**
     * Runs {@code transaction} (a whole transaction: it begins and commits inside) and runs it again after
     * a conflict; the last failure goes to the caller as it was thrown.
     */
    public static <T> T retried(Supplier<T> transaction) {
        try {
            return RETRY.invoke(transaction);
        } catch (RuntimeException e) {
            if (isConflict(e)) {
                log.warn("A transaction met a conflict {} times in a row; given up", MAX_RETRIES + 1);
            }
            throw e;
        }
    }
}
