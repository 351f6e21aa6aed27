package id.kiosmandiri.session;

import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskState;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.session.ui.IdleGuard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.session.IdleTimer;
import id.kiosmandiri.session.KioskSessionService;
import id.kiosmandiri.session.SessionEndReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every logged-in member session on this server, with its last input. The browser reports input
 * and shows the warning, but the server does not depend on it: a scheduled check ends any member
 * session idle past its timeout plus a short grace, even if the browser has gone silent (script
 * blocked, tab frozen, network cut). The servlet session timeout is not used for this: it is
 * minute-grained and heartbeats keep it alive.
 */
@Component
class ActiveMemberSessions implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ActiveMemberSessions.class);

    private static final class Tracked {
        final String kioskId;
        final IdleTimer timer;
        final VaadinSession vaadinSession;
        volatile Instant lastActivity;

        Tracked(String kioskId, IdleTimer timer, VaadinSession vaadinSession, Instant lastActivity) {
            this.kioskId = kioskId;
            this.timer = timer;
            this.vaadinSession = vaadinSession;
            this.lastActivity = lastActivity;
        }
    }

    private final Map<Long, Tracked> byKioskSession = new ConcurrentHashMap<>();
    private final KioskSessionService kioskSessions;
    private final Clock clock;
    private final Duration grace;
    private final Duration sweepEvery;

    private final KioskPresence presence;

    @Autowired
    ActiveMemberSessions(KioskSessionService kioskSessions, Clock clock, SessionProperties settings, KioskPresence presence) {
        this.kioskSessions = kioskSessions;
        this.presence = presence;
        this.clock = clock;
        this.grace = Duration.ofSeconds(settings.idleGraceSeconds());
        this.sweepEvery = Duration.ofMillis(settings.sweepMillis());
    }

    /** For tests, which call {@link #endIdleSessions} themselves. */
    ActiveMemberSessions(KioskSessionService kioskSessions, Clock clock, int graceSeconds, KioskPresence presence) {
        this(kioskSessions, clock, new SessionProperties(graceSeconds, 1000), presence);
    }

    /** {@link #endIdleSessions} every {@code kiosk.session.sweep-millis}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::endIdleSessions, sweepEvery);
    }

    void register(Long kioskSessionId, String kioskId, IdleTimer timer, VaadinSession vaadinSession) {
        byKioskSession.put(kioskSessionId, new Tracked(kioskId, timer, vaadinSession, clock.instant()));
    }

    /** Input from the member: the idle time starts again. */
    public void touch(Long kioskSessionId) {
        Tracked t = byKioskSession.get(kioskSessionId);
        if (t != null) {
            t.lastActivity = clock.instant();
        }
    }

    /** The member session's input clock for its screens; a session no longer tracked reads as long idle. */
    public IdleGuard.ActivityClock activityClock(Long kioskSessionId) {
        return new IdleGuard.ActivityClock() {
            @Override
            public Instant lastActivity() {
                return ActiveMemberSessions.this.lastActivity(kioskSessionId).orElse(Instant.EPOCH);
            }

            @Override
            public void touch() {
                ActiveMemberSessions.this.touch(kioskSessionId);
            }
        };
    }

    public Optional<Instant> lastActivity(Long kioskSessionId) {
        return Optional.ofNullable(byKioskSession.get(kioskSessionId)).map(t -> t.lastActivity);
    }

    /**
     * The one way a member's kiosk session ends, whoever ends it (Keluar, the idle guard, the
     * server's sweep, a browser session that expired): taken out of the registry and its end
     * recorded with the reason, once — a second end of the same session does nothing.
     *
     * @return whether this call ended it
     */
    boolean end(Long kioskSessionId, SessionEndReason reason) {
        Tracked ended = byKioskSession.remove(kioskSessionId);
        if (ended == null) {
            return false;
        }
        kioskSessions.end(kioskSessionId, reason);
        presence.changed(ended.kioskId, KioskState.ATTRACT);
        return true;
    }

    public int count() {
        return byKioskSession.size();
    }

    /** The server's own check, whatever the browser does. */
    public void endIdleSessions() {
        Instant now = clock.instant();
        byKioskSession.forEach((id, t) -> {
            if (t.timer.pastGrace(t.lastActivity, now, grace)) {
                endFromServer(id, t, SessionEndReason.IDLE);
            }
        });
    }

    /** The browser session ended without a logout (servlet timeout, server shutdown). */
    void sessionDestroyed(VaadinSession vaadinSession) {
        byKioskSession.forEach((id, t) -> {
            if (t.vaadinSession == vaadinSession) {
                end(id, SessionEndReason.IDLE);
            }
        });
    }

    private void endFromServer(Long id, Tracked t, SessionEndReason reason) {
        if (!end(id, reason)) {
            return;
        }
        log.info("Kiosk {} session {} ended by the server: {}", t.kioskId, id, reason);
        // removes the member from the browser session; the browser's next request starts afresh
        t.vaadinSession.access(() -> {
            t.vaadinSession.setAttribute(MemberSession.class, null);
            for (UI ui : t.vaadinSession.getUIs()) {
                KioskContext.startOver(ui, t.kioskId);
                ui.push(); // before the session is gone (it reaches a browser that still listens)
            }
            try {
                t.vaadinSession.getSession().invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // the browser session ended meanwhile: nothing left to clear
            }
        });
    }
}
