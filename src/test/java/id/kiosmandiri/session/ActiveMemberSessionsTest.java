package id.kiosmandiri.session;

import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskState;
import id.kiosmandiri.kiosk.ui.MutableClock;
import id.kiosmandiri.session.ui.IdleGuard;

import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import id.kiosmandiri.session.IdleTimer;
import id.kiosmandiri.session.KioskSessionService;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The server's own idle check, with time moved by hand. */
class ActiveMemberSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private final KioskSessionService records = mock(KioskSessionService.class);
    private final VaadinSession browserSession = mock(VaadinSession.class);
    private final WrappedSession httpSession = mock(WrappedSession.class);
    private final KioskPresence presence = mock(KioskPresence.class);
    private ActiveMemberSessions active;

    @BeforeEach
    void setUp() {
        active = new ActiveMemberSessions(records, clock, 5, presence);
        when(browserSession.getSession()).thenReturn(httpSession);
        when(browserSession.getUIs()).thenReturn(List.of());
        doAnswer(inv -> {
            ((Command) inv.getArgument(0)).execute();
            return null;
        }).when(browserSession).access(any());
        active.register(42L, "DEMO-01", IdleTimer.ofSeconds(60, 15), browserSession);
    }

    @Test
    void aSilentBrowserIsEndedAfterTimeoutPlusGraceNotBefore() {
        clock.advance(Duration.ofSeconds(64));
        active.endIdleSessions();
        verify(records, never()).end(any(), any(), any());
        assertThat(active.count()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        active.endIdleSessions();
        verify(records).end(eq(42L), eq(SessionEndReason.IDLE), any());
        verify(presence).changed("DEMO-01", KioskState.ATTRACT); // the fleet page no longer shows it in use
        verify(browserSession).setAttribute(MemberSession.class, null);
        verify(httpSession).invalidate();
        assertThat(active.count()).isZero();
    }

    @Test
    void inputKeepsTheSessionAlive() {
        clock.advance(Duration.ofSeconds(50));
        active.touch(42L);
        clock.advance(Duration.ofSeconds(50));
        active.endIdleSessions();
        verify(records, never()).end(any(), any(), any());
        assertThat(active.lastActivity(42L)).contains(Instant.parse("2026-11-23T08:00:50Z"));
    }

    @Test
    void aSessionNoLongerTrackedReadsAsLongIdle() {
        IdleGuard.ActivityClock forgotten = active.activityClock(7L);
        assertThat(forgotten.lastActivity()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aBrowserSessionDestroyedWithoutLogoutEndsTheKioskSession() {
        active.sessionDestroyed(browserSession);
        verify(records).end(eq(42L), eq(SessionEndReason.IDLE), any());
        assertThat(active.count()).isZero();
    }

    @Test
    void anEndWhileTheDatabaseIsAwayLogsTheMemberOutAndIsRecordedWithItsOwnTimeOnceItIsBack() {
        active.register(43L, "DEMO-02", IdleTimer.ofSeconds(60, 15), browserSession);
        doThrow(new CannotGetJdbcConnectionException("gone", new SQLTransientConnectionException("timeout",
                new SQLNonTransientConnectionException("Socket fail to connect", new ConnectException("Connection refused")))))
                .when(records).end(any(), any(), any());
        Instant first = clock.instant();
        assertThat(active.end(42L, SessionEndReason.LOGOUT)).as("the member is out all the same").isTrue();
        clock.advance(Duration.ofSeconds(2));
        Instant second = clock.instant();
        assertThat(active.end(43L, SessionEndReason.ERROR)).isTrue();
        verify(records, times(1)).end(any(), any(), any()); // the second did not wait on the database again
        assertThat(active.unrecordedEnds()).isEqualTo(2);
        assertThat(active.count()).isZero();

        clock.advance(Duration.ofSeconds(3));
        active.endIdleSessions(); // found away a moment ago: not tried yet
        verify(records, times(1)).end(any(), any(), any());

        doNothing().when(records).end(any(), any(), any());
        clock.advance(Duration.ofSeconds(10));
        active.endIdleSessions();
        var order = inOrder(records);
        order.verify(records, times(2)).end(42L, SessionEndReason.LOGOUT, first); // failed once, then written
        order.verify(records).end(43L, SessionEndReason.ERROR, second);
        assertThat(active.unrecordedEnds()).isZero();
    }

    @Test
    void aFailureThatIsNoOutageIsNotSwallowed() {
        doThrow(new IllegalStateException("a bug")).when(records).end(any(), any(), any());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> active.end(42L, SessionEndReason.LOGOUT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(active.unrecordedEnds()).isZero();
    }
}
