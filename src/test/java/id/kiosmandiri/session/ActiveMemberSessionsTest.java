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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
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
        verify(records, never()).end(any(), any());
        assertThat(active.count()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        active.endIdleSessions();
        verify(records).end(42L, SessionEndReason.IDLE);
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
        verify(records, never()).end(any(), any());
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
        verify(records).end(42L, SessionEndReason.IDLE);
        assertThat(active.count()).isZero();
    }
}
