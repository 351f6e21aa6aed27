package id.kiosmandiri.session;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records kiosk sessions and usage events for the dashboard, and counts each event in the usage
 * rollups in the same transaction ({@link UsageRollups}), so the figures never miss an event that
 * was stored nor count one that was not.
 */
@Service
@Transactional
class KioskSessionService {

    private final KioskSessionRepository sessions;
    private final UsageEventRepository events;
    private final UsageRollups rollups;
    private final Clock clock;
    private final ThisServerNode node;

    KioskSessionService(KioskSessionRepository sessions, UsageEventRepository events, UsageRollups rollups, Clock clock,
                        ThisServerNode node) {
        this.node = node;
        this.sessions = sessions;
        this.events = events;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** A member logged in: opens a session and returns its id. */
    public Long start(String kioskId, Long memberId, LoginMethod method) {
        return start(kioskId, memberId, method, now());
    }

    Long start(String kioskId, Long memberId, LoginMethod method, Instant at) {
        KioskSession session = sessions.save(new KioskSession(kioskId, memberId, method, at, node.id()));
        record(kioskId, session.getId(), UsageMetrics.SESSION_START_EVENT, method.name(), at);
        return session.getId();
    }

    /** Ends a session with its reason; ending it again changes nothing. */
    public void end(Long sessionId, SessionEndReason reason) {
        end(sessionId, reason, now());
    }

    /** The end, its event and its duration bucket share one instant: a rebuild places them in the same hour. */
    void end(Long sessionId, SessionEndReason reason, Instant at) {
        sessions.findById(sessionId).ifPresent(s -> {
            if (s.end(at, reason)) {
                events.save(new UsageEvent(s.getKioskId(), s.getId(), UsageMetrics.SESSION_END_EVENT, at, reason.name()));
                rollups.add(s.getKioskId(), at, List.of(UsageMetrics.of(UsageMetrics.SESSION_END_EVENT, reason.name()),
                        UsageMetrics.duration(s.getDurationMs())));
            }
        });
    }

    /** An event with no personal data in {@code detail}. */
    public void record(String kioskId, Long sessionId, String type, String detail) {
        record(kioskId, sessionId, type, detail, now());
    }

    void record(String kioskId, Long sessionId, String type, String detail, Instant at) {
        events.save(new UsageEvent(kioskId, sessionId, type, at, detail));
        rollups.add(kioskId, at, List.of(UsageMetrics.of(type, detail)));
    }

    /** To the microsecond, as DATETIME(6) stores it: the rollups place the stored instant, not a finer one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
