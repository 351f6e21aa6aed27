package id.kiosmandiri.kiosk;

import id.kiosmandiri.kiosk.ui.MutableClock;
import id.kiosmandiri.database.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The database away for a minute: kiosk heartbeats and state changes go on without an error; for a few
 * seconds after a failure they skip the database (no member waits out the pool's timeout on each), then
 * try again, and are stored again once it is back.
 */
class KioskPresenceOutageTest {

    @Test
    void whileTheDatabaseIsAwayHeartbeatsAndStatesFailNothingAndAreTriedAgainAfterAWhile() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.update(anyString(), any(), any(), any())).thenThrow(gone());
        when(jdbc.update(anyString(), any(), any(), any(), any(), any())).thenThrow(gone());
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        KioskPresence presence = new KioskPresence(jdbc, clock, e -> { }, 60, new DatabaseOutage(clock));

        assertThatCode(() -> presence.seen("DEMO-01")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> presence.seen("DEMO-01")).doesNotThrowAnyException();
        assertThatCode(() -> presence.changed("DEMO-01", KioskState.MEMBER)).doesNotThrowAnyException();
        verify(jdbc, times(1)).update(anyString(), any(), any(), any()); // the database was just found away
        verify(jdbc, never()).update(anyString(), any(), any(), any(), any(), any());

        clock.advance(Duration.ofSeconds(10));
        presence.changed("DEMO-01", KioskState.MEMBER); // tried again, found away again
        verify(jdbc, times(1)).update(anyString(), any(), any(), any(), any(), any());
        clock.advance(Duration.ofSeconds(10));
        presence.seen("DEMO-01"); // not held back by the half interval: nothing was stored
        verify(jdbc, times(2)).update(anyString(), any(), any(), any());
    }

    @Test
    void aFailureThatIsNoOutageIsNotHidden() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.update(anyString(), any(), any(), any(), any(), any())).thenThrow(new BadSqlGrammarException("state", "UPDATE", new SQLException("bug")));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        KioskPresence presence = new KioskPresence(jdbc, clock, e -> { }, 60, new DatabaseOutage(clock));

        assertThatThrownBy(() -> presence.changed("DEMO-01", KioskState.MEMBER)).isInstanceOf(BadSqlGrammarException.class);
    }

    /** What the pool and MariaDB's driver throw with the database stopped. */
    private static DataAccessResourceFailureException gone() {
        return new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                new SQLNonTransientConnectionException("Socket fail to connect", new ConnectException("Connection refused")));
    }
}
