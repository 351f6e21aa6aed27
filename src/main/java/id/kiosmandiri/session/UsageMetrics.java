package id.kiosmandiri.session;

import java.time.Duration;
import java.util.Optional;

/**
 * How usage events are named in the rollups: {@code <family>:<detail>}. The kiosk session's own
 * events get families of their own ({@code LOGIN} → {@code session:<METHOD>}, {@code SESSION_END} →
 * {@code end:<REASON>}); every other event keeps its type as family and its detail
 * ({@code login-attempt:NIK}, {@code feature:balance}, {@code receipt-printed:BALANCE}), so a new
 * kind of event is counted without a change here. {@link UsageRollups#rebuild} says the same in SQL:
 * the two must agree, or a rebuild would differ from what was counted as events arrived.
 */
final class UsageMetrics {

    /** Longest metric kept (the column is 80 characters); longer ones are cut, by code points as MariaDB counts. */
    static final int MAX_LENGTH = 80;

    /** The event types of a kiosk session's start and end, as {@link KioskSessionService} records them. */
    static final String SESSION_START_EVENT = "LOGIN";
    static final String SESSION_END_EVENT = "SESSION_END";

    /** A member session started (detail: the login method). */
    static final String SESSION = "session";
    /** A login attempt was counted before its PIN was checked (detail: the method; none before V9). */
    static final String LOGIN_ATTEMPT = LoginUsageRecorder.ATTEMPT;
    /** A PIN was accepted (detail: the method). Failed logins of a method are its attempts minus these. */
    static final String LOGIN = LoginUsageRecorder.LOGIN;
    /** A wrong PIN locked a member (detail: the method). */
    static final String LOCKOUT = LoginUsageRecorder.LOCKOUT;
    /** A session ended (detail: the {@link SessionEndReason}). */
    static final String END = "end";
    /** An ended session's length: the upper edge of its bucket in seconds, or {@value #LONGER}. */
    static final String DURATION = "duration";
    /** Sessions of one part of a scope: {@code part:kiosk:<ID>} in a branch, {@code part:branch:<CODE>} in all. */
    static final String PART = "part";
    static final String LONGER = "longer";

    /** Bucket widths: 15 s up to 5 minutes, then 1 minute up to 30 minutes, then one open bucket. */
    static final Duration FINE_STEP = Duration.ofSeconds(15);
    static final Duration FINE_UP_TO = Duration.ofMinutes(5);
    static final Duration COARSE_STEP = Duration.ofMinutes(1);
    static final Duration COARSE_UP_TO = Duration.ofMinutes(30);

    private UsageMetrics() {
    }

    /** The metric an event counts under. */
    static String of(String eventType, String detail) {
        String family = switch (eventType) {
            case SESSION_START_EVENT -> SESSION;
            case SESSION_END_EVENT -> END;
            default -> eventType;
        };
        return cap(detail == null ? family : family + ":" + detail);
    }

    /**
     * The duration metric of a session that lasted {@code millis}: {@code duration:<s>} where s is the
     * bucket's upper edge in seconds (a session of exactly 15 s is in {@code duration:15}, one of 15.001 s
     * in {@code duration:30}), {@code duration:longer} beyond 30 minutes. Whole-number arithmetic, as in SQL.
     */
    static String duration(long millis) {
        long fine = FINE_STEP.toMillis();
        long coarse = COARSE_STEP.toMillis();
        if (millis <= FINE_UP_TO.toMillis()) {
            return DURATION + ":" + Math.max(1, (millis + fine - 1) / fine) * FINE_STEP.toSeconds();
        }
        if (millis <= COARSE_UP_TO.toMillis()) {
            return DURATION + ":" + (millis + coarse - 1) / coarse * COARSE_STEP.toSeconds();
        }
        return DURATION + ":" + LONGER;
    }

    /** A duration bucket's upper edge; for the open bucket its lower edge, 30 minutes. */
    static Optional<Duration> durationEdge(String detail) {
        if (LONGER.equals(detail)) {
            return Optional.of(COARSE_UP_TO);
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(detail)));
        } catch (NumberFormatException notABucket) {
            return Optional.empty();
        }
    }

    static String family(String metric) {
        int colon = metric.indexOf(':');
        return colon < 0 ? metric : metric.substring(0, colon);
    }

    /** What follows the family, or null when there is nothing. */
    static String detail(String metric) {
        int colon = metric.indexOf(':');
        return colon < 0 ? null : metric.substring(colon + 1);
    }

    static String part(UsageScope scope) {
        return PART + ":" + scope.key();
    }

    private static String cap(String metric) {
        if (metric.codePointCount(0, metric.length()) <= MAX_LENGTH) {
            return metric;
        }
        return metric.substring(0, metric.offsetByCodePoints(0, MAX_LENGTH));
    }
}
