package id.kiosmandiri.session;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Records kiosk sessions and usage events for the dashboard. */
@Service
@Transactional
class KioskSessionService {

    private final KioskSessionRepository sessions;
    private final UsageEventRepository events;
    private final Clock clock;

    KioskSessionService(KioskSessionRepository sessions, UsageEventRepository events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** A member logged in: opens a session and returns its id. */
    public Long start(String kioskId, Long memberId, LoginMethod method) {
        KioskSession session = sessions.save(new KioskSession(kioskId, memberId, method, clock.instant()));
        record(kioskId, session.getId(), "LOGIN", method.name());
        return session.getId();
    }

    /** Ends a session with its reason; ending it again changes nothing. */
    public void end(Long sessionId, SessionEndReason reason) {
        sessions.findById(sessionId).ifPresent(s -> {
            if (s.end(clock.instant(), reason)) {
                record(s.getKioskId(), s.getId(), "SESSION_END", reason.name());
            }
        });
    }

    /** An event with no personal data in {@code detail}. */
    public void record(String kioskId, Long sessionId, String type, String detail) {
        events.save(new UsageEvent(kioskId, sessionId, type, clock.instant(), detail));
    }
}
