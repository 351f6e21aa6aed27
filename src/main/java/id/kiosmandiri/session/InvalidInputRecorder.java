package id.kiosmandiri.session;

import id.kiosmandiri.kiosk.InvalidInput;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records refused input as an {@code invalid-input} usage event (no value), at most one a minute
 * per kiosk, so a reader that sends garbage (or someone who does) cannot fill the table. The
 * minute is kept per server node: with several nodes a kiosk may record one a minute on each.
 */
@Component
class InvalidInputRecorder {

    static final String EVENT_TYPE = "invalid-input";
    private static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);

    private final KioskSessionService sessions;
    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    InvalidInputRecorder(KioskSessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @EventListener
    void on(InvalidInput input) {
        Instant now = clock.instant();
        boolean[] due = {false};
        lastRecorded.compute(input.kioskId(), (kiosk, last) -> {
            if (last == null || !now.isBefore(last.plus(AT_MOST_EVERY))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        if (due[0]) {
            sessions.record(input.kioskId(), null, EVENT_TYPE, input.where());
        }
    }
}
