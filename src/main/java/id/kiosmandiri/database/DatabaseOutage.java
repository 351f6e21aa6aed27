package id.kiosmandiri.database;

import org.springframework.stereotype.Component;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, the network to it cut,
 * no pooled connection within the pool's timeout) from any other failure: the first is the service's
 * outage, shown to a member as "Layanan sedang gangguan" and ended by itself once the database is back;
 * the second is a bug.
 * <p>
 * It also remembers, on this node, that the database was just found away: writes that can wait (a
 * kiosk's state for the fleet page, a session's end) skip it for {@link #ASSUMED_AWAY} instead of each
 * waiting out the pool's connection timeout while a member waits for the screen.
 */
@Component
public class DatabaseOutage {

    static final Duration ASSUMED_AWAY = Duration.ofSeconds(10);

    private final Clock clock;
    private volatile Instant awayUntil = Instant.MIN;

    public DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /**
     * True when {@code failure} or one of its causes says the database could not be reached: the driver
     * could not connect or lost its connection. A pool that only ran out of connections in time (every
     * one busy, under load) is no outage: its timeout carries no such cause, and the member is offered
     * "Coba lagi" instead.
     */
    public static boolean causedBy(Throwable failure) {
        return anyCause(failure, t -> t instanceof SQLNonTransientConnectionException // MariaDB's driver: refused, closed, broken
                || t instanceof ConnectException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException"));
    }

    /** True when {@code failure} or one of its causes is {@code what}. */
    static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> what) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (what.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code failure} or one of its causes says the driver lost its database node in the middle of
     * a transaction and has already reconnected to another one (MariaDB Connector/J with a failover URL,
     * SQLSTATE 25S03, "Driver has reconnect connection after a communications link failure"): the
     * transaction was rolled back, or, when it happened during the commit, may have been stored; the
     * database is there again, so the member is offered to try again, not sent away (docs/deployment.md).
     */
    public static boolean failedOver(Throwable failure) {
        return anyCause(failure, t -> t instanceof java.sql.SQLException sql && "25S03".equals(sql.getSQLState()));
    }

    /**
     * A scheduled task that waits out an outage: with the database away it logs {@code what} in one line
     * (no stack trace) and leaves the work to its next round; any other failure goes on as before.
     */
    public static Runnable waitingOut(Runnable task, org.slf4j.Logger log, String what) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                if (!causedBy(e)) {
                    throw e;
                }
                log.warn("{}: the database is away; the next round does it", what);
            }
        };
    }

    /** Notes a failure: true, and the database assumed away for a while, when it was the database being away. */
    public boolean noted(Throwable failure) {
        if (!causedBy(failure)) {
            return false;
        }
        awayUntil = clock.instant().plus(ASSUMED_AWAY);
        return true;
    }

    /** Whether the database was found away a moment ago: a write that can wait skips it for now. */
    public boolean assumedAway() {
        return clock.instant().isBefore(awayUntil);
    }
}
