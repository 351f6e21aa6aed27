package id.kiosmandiri.session;

import java.time.Duration;
import java.time.Instant;

/**
 * When an idle kiosk warns and when it ends the session. Idle means no touch, key or card input.
 * The warning shows for the last {@code warning} of the {@code timeout}.
 */
public record IdleTimer(Duration timeout, Duration warning) {

    public enum Phase { ACTIVE, WARNING, EXPIRED }

    public IdleTimer {
        if (warning.compareTo(timeout) >= 0) {
            throw new IllegalArgumentException("warning must be shorter than the timeout");
        }
    }

    public static IdleTimer ofSeconds(int timeoutSeconds, int warningSeconds) {
        return new IdleTimer(Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(warningSeconds));
    }

    public Phase phase(Instant lastActivity, Instant now) {
        Duration idle = Duration.between(lastActivity, now);
        if (idle.compareTo(timeout) >= 0) {
            return Phase.EXPIRED;
        }
        return idle.compareTo(timeout.minus(warning)) >= 0 ? Phase.WARNING : Phase.ACTIVE;
    }

    /** Whole seconds until logout, rounded up, never below 0: what the countdown shows. */
    public long secondsLeft(Instant lastActivity, Instant now) {
        long millis = timeout.minus(Duration.between(lastActivity, now)).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** True once even the grace after the timeout has passed: the server ends the session itself. */
    public boolean pastGrace(Instant lastActivity, Instant now, Duration grace) {
        return Duration.between(lastActivity, now).compareTo(timeout.plus(grace)) >= 0;
    }
}
