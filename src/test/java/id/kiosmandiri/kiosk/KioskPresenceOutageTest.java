package id.kiosmandiri.kiosk;

import id.kiosmandiri.kiosk.ui.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The database away for a minute: kiosk heartbeats go on without an error, and are stored again once it is back. */
class KioskPresenceOutageTest {

    @Test
    void aHeartbeatWhileTheDatabaseIsAwayFailsNothingAndTheNextOneTriesAgain() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.update(anyString(), any(), any(), any())).thenThrow(new DataAccessResourceFailureException("gone"));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        KioskPresence presence = new KioskPresence(jdbc, clock, e -> { }, 60);

        assertThatCode(() -> presence.seen("DEMO-01")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(1));
        presence.seen("DEMO-01"); // not held back by the half interval: nothing was stored
        verify(jdbc, times(2)).update(anyString(), any(), any(), any());
    }
}
