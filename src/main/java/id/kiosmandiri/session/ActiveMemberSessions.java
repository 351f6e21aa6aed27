package id.kiosmandiri.session;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import id.kiosmandiri.database.DatabaseOutage;
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
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every logged-in member session on this server, with its last input. The browser reports input
 * and shows the warning, but the server does not depend on it: a scheduled check ends any member
 * session idle past its timeout plus a short grace, even if the browser has gone silent (script
 * blocked, tab frozen, network cut). The servlet session timeout is not used for this: it is
 * minute-grained and heartbeats keep it alive.
 */
@Component
class ActiveMemberSessions implements SchedulingConfigurer, MeterBinder {

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

    /** A session's end, with its time, waiting for the database to come back. */
    private record UnrecordedEnd(Long kioskSessionId, SessionEndReason reason, Instant at) {
    }

    private final Map<Long, Tracked> byKioskSession = new ConcurrentHashMap<>();
    /** In the order they ended: the records are written in that order. */
    private final Queue<UnrecordedEnd> unrecordedEnds = new ConcurrentLinkedQueue<>();
    private final KioskSessionService kioskSessions;
    private final Clock clock;
    private final Duration grace;
    private final Duration sweepEvery;

    private final KioskPresence presence;
    private final DatabaseOutage outage;

    @Autowired
    ActiveMemberSessions(KioskSessionService kioskSessions, Clock clock, SessionProperties settings, KioskPresence presence,
                         DatabaseOutage outage) {
        this.kioskSessions = kioskSessions;
        this.outage = outage;
        this.presence = presence;
        this.clock = clock;
        this.grace = Duration.ofSeconds(settings.idleGraceSeconds());
        this.sweepEvery = Duration.ofMillis(settings.sweepMillis());
    }

    /** For tests, which call {@link #endIdleSessions} themselves. */
    ActiveMemberSessions(KioskSessionService kioskSessions, Clock clock, int graceSeconds, KioskPresence presence) {
        this(kioskSessions, clock, new SessionProperties(graceSeconds, 1000), presence, new DatabaseOutage(clock));
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
        presence.changed(ended.kioskId, KioskState.ATTRACT);
        recordEnd(new UnrecordedEnd(kioskSessionId, reason, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return true;
    }

    /**
     * The member is out whether or not the database takes the record: with the database away, the end
     * waits here, with its own time, and the sweep writes it once the database is back. While ends are
     * waiting, further ones join them without trying, so a logout during an outage is not held up by
     * the pool's connection timeout, and the sweep tries one write per round.
     */
    private void recordEnd(UnrecordedEnd end) {
        if (unrecordedEnds.isEmpty() && !outage.assumedAway()) {
            try {
                kioskSessions.end(end.kioskSessionId(), end.reason(), end.at());
                return;
            } catch (RuntimeException e) {
                if (!outage.noted(e)) {
                    throw e;
                }
                log.warn("Session {} ended ({}); its end is recorded once the database is back: {}",
                        end.kioskSessionId(), end.reason(), e.toString());
            }
        }
        unrecordedEnds.add(end);
    }

    /** Writes the ends that waited for the database, oldest first, until one fails. */
    void recordWaitingEnds() {
        UnrecordedEnd waiting;
        while ((waiting = unrecordedEnds.peek()) != null && !outage.assumedAway()) {
            try {
                kioskSessions.end(waiting.kioskSessionId(), waiting.reason(), waiting.at());
                log.info("Session {}'s end recorded after the database came back", waiting.kioskSessionId());
            } catch (RuntimeException e) {
                if (outage.noted(e)) {
                    return; // still away: a later round tries again
                }
                log.error("Session {}'s end could not be recorded; dropped", waiting.kioskSessionId(), e);
            }
            unrecordedEnds.remove(waiting);
        }
    }

    /** For Prometheus: the member sessions open on this node now, and the ends waiting for the database. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kiosk.member.sessions.active", this, ActiveMemberSessions::count)
                .description("Member sessions open on this server node").register(registry);
        Gauge.builder("kiosk.member.sessions.unrecorded.ends", this, ActiveMemberSessions::unrecordedEnds)
                .description("Ended member sessions whose end waits for the database").register(registry);
    }

    /** Ends not yet written because the database was away. */
    int unrecordedEnds() {
        return unrecordedEnds.size();
    }

    public int count() {
        return byKioskSession.size();
    }

    /** The server's own check, whatever the browser does. */
    public void endIdleSessions() {
        recordWaitingEnds();
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
