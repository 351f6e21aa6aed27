package id.kiosmandiri.database;

import id.kiosmandiri.kiosk.ui.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are the database being away (the outage screen) and which are not: a pool that is only
 * busy gets "Coba lagi", a bug the error screen. The chains are those the pool and MariaDB's driver
 * throw (seen in DatabaseOutageTest's log with the database stopped).
 */
class DatabaseOutageCausesTest {

    private static final Exception STOPPED = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms",
                            new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:36349. Connection refused",
                                    new ConnectException("Connection refused")))));
    private static final Exception BROKEN = new CannotGetJdbcConnectionException("x",
            new SQLNonTransientConnectionException("(conn=4) Connection is closed"));
    private static final Exception BUSY = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));

    @Test
    void aStoppedDatabaseAndABrokenConnectionAreAnOutageWrappedOrNot() {
        assertThat(DatabaseOutage.causedBy(STOPPED)).isTrue();
        assertThat(DatabaseOutage.causedBy(BROKEN)).isTrue();
        assertThat(DatabaseOutage.causedBy(new CompletionException(STOPPED))).as("from a printing thread").isTrue();
    }

    @Test
    void aBusyPoolAndABugAreNot() {
        assertThat(DatabaseOutage.causedBy(BUSY)).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    /**
     * Seen in the cluster test (issue 13) when a Galera node was killed under the kiosks: MariaDB's driver,
     * given a failover URL, reconnects to the next node and tells that the transaction was lost, at a
     * statement or at the commit. The member may try again at once: no outage, and a busy pool is no failover.
     */
    @Test
    void aFailoverToAnotherDatabaseNodeIsToldApart() {
        Exception atCommit = new org.springframework.dao.TransientDataAccessResourceException(
                "Hibernate transaction: Unable to commit against JDBC Connection",
                new SQLTransientConnectionException("Driver has reconnect connection after a communications failure with "
                        + "127.0.0.1:33061 during a COMMIT statement", "25S03"));
        Exception atStatement = new org.springframework.dao.DataAccessResourceFailureException("JDBC exception executing SQL",
                new SQLNonTransientConnectionException("Driver has reconnect connection after a communications link failure with "
                        + "127.0.0.1:33061", "25S03"));
        assertThat(DatabaseOutage.failedOver(atCommit)).isTrue();
        assertThat(DatabaseOutage.failedOver(atStatement)).isTrue();
        assertThat(DatabaseOutage.failedOver(new CompletionException(atCommit))).isTrue();
        assertThat(DatabaseOutage.failedOver(BUSY)).isFalse();
        assertThat(DatabaseOutage.failedOver(STOPPED)).as("nothing to fail over to: an outage").isFalse();
        assertThat(DatabaseOutage.failedOver(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void anOutageIsAssumedForTenSecondsThenTriedAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        DatabaseOutage outage = new DatabaseOutage(clock);
        assertThat(outage.assumedAway()).isFalse();
        assertThat(outage.noted(BUSY)).isFalse();
        assertThat(outage.assumedAway()).as("a busy pool is no outage").isFalse();
        assertThat(outage.noted(STOPPED)).isTrue();
        clock.advance(Duration.ofSeconds(9));
        assertThat(outage.assumedAway()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(outage.assumedAway()).isFalse();
    }
}
