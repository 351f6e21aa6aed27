package id.kiosmandiri.member;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed logins from one kiosk: after {@code free} failures in a row, each
 * further attempt must wait twice as long as the last (2 s, 4 s, ... up to a minute). A success
 * resets the kiosk. Kept in memory: it guards against someone trying numbers at one kiosk, while
 * the per-member lock (in the database) holds across kiosks and restarts.
 */
@Component
public class LoginThrottle {

    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private record State(int failures, Instant notBefore) {
    }

    private final ConcurrentHashMap<String, State> byKiosk = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int free;

    LoginThrottle(Clock clock, @Value("${kiosk.security.kiosk-free-failures:5}") int free) {
        this.clock = clock;
        this.free = free;
    }

    /** Seconds this kiosk must still wait before the next attempt; 0 when it may try now. */
    public long secondsToWait(String kioskId) {
        State state = byKiosk.get(kioskId);
        if (state == null || state.notBefore() == null) {
            return 0;
        }
        long millis = Duration.between(clock.instant(), state.notBefore()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public void recordFailure(String kioskId) {
        byKiosk.compute(kioskId, (id, old) -> {
            int failures = (old == null ? 0 : old.failures()) + 1;
            Instant notBefore = null;
            if (failures > free) {
                long seconds = Math.min(MAX_WAIT.toSeconds(), 1L << Math.min(6, failures - free));
                notBefore = clock.instant().plusSeconds(seconds);
            }
            return new State(failures, notBefore);
        });
    }

    public void recordSuccess(String kioskId) {
        byKiosk.remove(kioskId);
    }
}
