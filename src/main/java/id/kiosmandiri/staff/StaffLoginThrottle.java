package id.kiosmandiri.staff;

import static id.kiosmandiri.database.StoredTimes.utc;
import id.kiosmandiri.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import id.kiosmandiri.database.ConflictRetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * Slows down guessing staff passwords, per username and per client address, the way the member
 * login throttle does for PINs: failures are counted over a sliding window in the database
 * ({@code staff_login_failure}), so every server node agrees and a restart forgets nothing.
 * Usernames without an account are counted the same way, so the answer tells nothing about
 * which names exist.
 *
 * <p>Beyond the free failures in the window, each try must wait after the last failure:
 * {@code first-wait-seconds}, then twice as long for each further failure, up to
 * {@code max-wait-seconds}. A try that must wait is refused without looking at the password and
 * is not counted. A success takes back only its own attempt: the window alone forgets failures.
 *
 * <p>An attempt is <em>taken</em> before the password is checked ({@link #take}: the two subjects'
 * rows locked, the failures counted, the attempt written as a failure, in one short transaction),
 * so parallel tries for one username or from one address are counted one after another and a
 * crash leaves the attempt counted; no database connection is held while BCrypt runs.
 */
@Component
class StaffLoginThrottle implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StaffLoginThrottle.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int accountFree;
    private final int addressFree;
    private final Duration window;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Duration purgeEvery;

    @Autowired
    StaffLoginThrottle(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions, StaffProperties staff) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = ConflictRetryingTransactions.template(transactions);
        // each statement sees what the attempt before it committed
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.accountFree = staff.accountFreeFailures();
        this.addressFree = staff.addressFreeFailures();
        this.window = Duration.ofMinutes(staff.failureWindowMinutes());
        this.firstWait = Duration.ofSeconds(staff.firstWaitSeconds());
        this.maxWait = Duration.ofSeconds(Math.max(staff.maxWaitSeconds(), staff.firstWaitSeconds()));
        this.purgeEvery = Duration.ofMillis(staff.failurePurgeMillis());
    }

    /** {@link #purge} every {@code kiosk.staff.failure-purge-millis}, the first a minute after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(
                DatabaseOutage.waitingOut(this::purge, log, "Old failed staff logins not purged"), purgeEvery, Duration.ofMinutes(1)));
    }

    /** What happened to an attempt before its password was looked at. */
    sealed interface Attempt {
        /** Counted as a failure until {@link #forgive}n. */
        record Counted(long failureId) implements Attempt {
        }

        /** Refused: too many failures for the username or from the address; nothing was counted. */
        record MustWait(long seconds, boolean byAddress) implements Attempt {
        }
    }

    /** Takes an attempt for {@code username} from {@code address}, in a transaction of its own. */
    Attempt take(String username, String address) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            // a fixed order, so two attempts never wait for each other's second lock
            for (String subject : new TreeSet<>(List.of("account:" + username, "address:" + address))) {
                jdbc.update("INSERT INTO staff_throttle_key (subject, touched_at) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE touched_at = VALUES(touched_at)", subject, utc(now));
            }
            LocalDateTime since = utc(now.minus(window));
            long byAccount = count("username", username, since).secondsToWait(accountFree, now);
            long byAddress = count("client_address", address, since).secondsToWait(addressFree, now);
            if (byAccount > 0 || byAddress > 0) {
                return new Attempt.MustWait(Math.max(byAccount, byAddress), byAddress > byAccount);
            }
            Long id = jdbc.queryForObject("INSERT INTO staff_login_failure (username, client_address, occurred_at) "
                    + "VALUES (?, ?, ?) RETURNING id", Long.class, username, address, utc(now));
            return new Attempt.Counted(id);
        });
    }

    /** The attempt counted as a failure had the right password: it no longer counts. */
    void forgive(long failureId) {
        jdbc.update("DELETE FROM staff_login_failure WHERE id = ?", failureId);
    }

    /** Failures older than the window count for nothing any more. */
    void purge() {
        LocalDateTime before = utc(clock.instant().minus(window));
        int failures = jdbc.update("DELETE FROM staff_login_failure WHERE occurred_at < ?", before);
        jdbc.update("DELETE FROM staff_throttle_key WHERE touched_at < ?", before);
        if (failures > 0) {
            log.debug("Purged {} failed staff logins older than the window", failures);
        }
    }

    private record Window(int failures, Instant last, Duration firstWait, Duration maxWait) {

        long secondsToWait(int free, Instant now) {
            if (failures < free || last == null) {
                return 0;
            }
            int doublings = Math.min(20, failures - free);
            long seconds = Math.min(maxWait.toSeconds(), firstWait.toSeconds() << doublings);
            long millis = Duration.between(now, last.plusSeconds(seconds)).toMillis();
            return millis <= 0 ? 0 : (millis + 999) / 1000;
        }
    }

    private Window count(String column, String value, LocalDateTime since) {
        return jdbc.queryForObject("SELECT COUNT(*), MAX(occurred_at) FROM staff_login_failure WHERE " + column
                + " = ? AND occurred_at > ?", (rs, i) -> {
            LocalDateTime last = rs.getObject(2, LocalDateTime.class);
            return new Window(rs.getInt(1), last == null ? null : last.toInstant(ZoneOffset.UTC), firstWait, maxWait);
        }, value, since);
    }
}
