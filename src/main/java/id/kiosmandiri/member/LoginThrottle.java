package id.kiosmandiri.member;

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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * Slows down failed logins from one kiosk and from one client address, whichever member they
 * were for: guessing one common PIN across many members costs time just as guessing many PINs
 * for one member does. Failures are counted over a sliding window in the database
 * ({@code login_failure}), so several server nodes agree, a restart forgets nothing, and a
 * browser that claims another kiosk id is still counted by its address.
 *
 * <p>Beyond {@code free} failures in the window, each attempt must wait twice as long after the
 * last failure as the one before (2 s, 4 s, ... up to a minute). A success does not reset the
 * count (that would let anyone with a PIN of their own wipe it); only the window does. Crossing
 * the threshold records a {@code security_event}.
 *
 * <p>Runs inside the caller's transaction: {@link #lockAndCheck} locks the subjects' rows so
 * parallel attempts from one kiosk or address are counted one after another.
 */
@Component
class LoginThrottle implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    static final String THROTTLED_EVENT = "LOGIN_THROTTLED";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int kioskFree;
    private final int addressFree;
    private final Duration window;
    private final Duration purgeEvery;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc, Clock clock, SecurityProperties security) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kioskFree = security.kioskFreeFailures();
        this.addressFree = security.addressFreeFailures();
        this.window = Duration.ofMinutes(security.failureWindowMinutes());
        this.purgeEvery = Duration.ofMillis(security.failurePurgeMillis());
    }

    /** For tests: what the throttle counts; the PIN settings do not matter to it. */
    LoginThrottle(JdbcTemplate jdbc, Clock clock, int kioskFree, int addressFree, int windowMinutes) {
        this(jdbc, clock, new SecurityProperties(3, 30, kioskFree, addressFree, windowMinutes, 600_000, "", false, Path.of("unused"), 5));
    }

    /** {@link #purge} every {@code kiosk.security.failure-purge-millis}, the first a minute after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(
                DatabaseOutage.waitingOut(this::purge, log, "Old failed logins not purged"), purgeEvery, Duration.ofMinutes(1)));
    }

    /** What the window holds for one kiosk and one address at the moment of an attempt. */
    public record Check(String kioskId, String address, int kioskFailures, int addressFailures, long secondsToWait) {
    }

    /**
     * Locks the kiosk's and the address's rows until the transaction ends, then counts their
     * failures in the window. Must run in a transaction (READ COMMITTED, so the counts include
     * what the attempt before committed).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Check lockAndCheck(String kioskId, String address) {
        Instant now = clock.instant();
        // a fixed order, so two attempts never wait for each other's second lock
        for (String subject : new TreeSet<>(List.of(kioskSubject(kioskId), addressSubject(address)))) {
            jdbc.update("INSERT INTO login_throttle_key (subject, touched_at) VALUES (?, ?) "
                    + "ON DUPLICATE KEY UPDATE touched_at = VALUES(touched_at)", subject, utc(now));
        }
        LocalDateTime since = utc(now.minus(window));
        Window byKiosk = count("kiosk_id", kioskId, since);
        Window byAddress = count("client_address", address, since);
        long wait = Math.max(byKiosk.secondsToWait(kioskFree, now), byAddress.secondsToWait(addressFree, now));
        return new Check(kioskId, address, byKiosk.failures(), byAddress.failures(), wait);
    }

    /**
     * Counts a failed attempt (written before the PIN is checked, so a crash or a parallel
     * attempt cannot skip it; {@link #forgive} takes it back when the PIN was right).
     *
     * @return the failure's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordFailure(Check check) {
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("INSERT INTO login_failure (kiosk_id, client_address, occurred_at) "
                + "VALUES (?, ?, ?) RETURNING id", Long.class, check.kioskId(), check.address(), utc(now));
        if (check.kioskFailures() + 1 == kioskFree + 1) {
            securityEvent(now, check, "kiosk " + (kioskFree + 1) + " failed logins in " + window.toMinutes() + " min");
        }
        if (check.addressFailures() + 1 == addressFree + 1) {
            securityEvent(now, check, "address " + (addressFree + 1) + " failed logins in " + window.toMinutes() + " min");
        }
        return id;
    }

    /** The attempt written as a failure turned out right: it no longer counts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgive(long failureId) {
        jdbc.update("DELETE FROM login_failure WHERE id = ?", failureId);
    }

    /** Failures older than the window count for nothing any more. */
    public void purge() {
        LocalDateTime before = utc(clock.instant().minus(window));
        int failures = jdbc.update("DELETE FROM login_failure WHERE occurred_at < ?", before);
        jdbc.update("DELETE FROM login_throttle_key WHERE touched_at < ?", before);
        if (failures > 0) {
            log.debug("Purged {} failed logins older than the window", failures);
        }
    }

    private void securityEvent(Instant now, Check check, String detail) {
        jdbc.update("INSERT INTO security_event (occurred_at, event_type, kiosk_id, client_address, detail) "
                + "VALUES (?, ?, ?, ?, ?)", utc(now), THROTTLED_EVENT, check.kioskId(), check.address(), detail);
        log.warn("Failed logins slowed down at kiosk {} from {}: {}", check.kioskId(), check.address(), detail);
    }

    private record Window(int failures, Instant last) {

        long secondsToWait(int free, Instant now) {
            if (failures <= free || last == null) {
                return 0;
            }
            long seconds = Math.min(MAX_WAIT.toSeconds(), 1L << Math.min(6, failures - free));
            long millis = Duration.between(now, last.plusSeconds(seconds)).toMillis();
            return millis <= 0 ? 0 : (millis + 999) / 1000;
        }
    }

    private Window count(String column, String value, LocalDateTime since) {
        return jdbc.queryForObject("SELECT COUNT(*), MAX(occurred_at) FROM login_failure WHERE " + column
                + " = ? AND occurred_at > ?", (rs, i) -> {
            LocalDateTime last = rs.getObject(2, LocalDateTime.class);
            return new Window(rs.getInt(1), last == null ? null : last.toInstant(ZoneOffset.UTC));
        }, value, since);
    }

    private static String kioskSubject(String kioskId) {
        return "kiosk:" + kioskId;
    }

    private static String addressSubject(String address) {
        return "address:" + address;
    }
}
