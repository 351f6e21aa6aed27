package id.kiosmandiri.member;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-kiosk slow-down, on a clock the test moves by hand. */
class LoginThrottleTest {

    private static final String KIOSK = "K-1";

    /** A fixed clock that the test moves forward. */
    private static final class TestClock extends Clock {
        private Clock fixed = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

        void advance(Duration d) {
            fixed = Clock.offset(fixed, d);
        }

        @Override
        public ZoneId getZone() {
            return fixed.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return fixed.withZone(zone);
        }

        @Override
        public Instant instant() {
            return fixed.instant();
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 3);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(KIOSK);
        }
    }

    @Test
    void freeFailuresCostNoWait() {
        assertEquals(0, throttle.secondsToWait(KIOSK));
        fail(3);
        assertEquals(0, throttle.secondsToWait(KIOSK));
    }

    @Test
    void firstFailureAfterTheFreeOnesWaitsTwoSeconds() {
        fail(4);
        assertEquals(2, throttle.secondsToWait(KIOSK));
        clock.advance(Duration.ofMillis(500));
        assertEquals(2, throttle.secondsToWait(KIOSK), "1.5 s left is shown as 2 s, never as less than it is");
        clock.advance(Duration.ofMillis(600));
        assertEquals(1, throttle.secondsToWait(KIOSK));
        clock.advance(Duration.ofMillis(900));
        assertEquals(0, throttle.secondsToWait(KIOSK), "exactly 2 s later the kiosk may try again");
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToOneMinute() {
        fail(3);
        long[] expected = {2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            fail(1);
            assertEquals(seconds, throttle.secondsToWait(KIOSK));
            clock.advance(Duration.ofSeconds(seconds));
            assertEquals(0, throttle.secondsToWait(KIOSK), "after waiting " + seconds + " s");
        }
    }

    @Test
    void aSuccessResetsTheKiosk() {
        fail(6);
        assertEquals(8, throttle.secondsToWait(KIOSK));
        throttle.recordSuccess(KIOSK);
        assertEquals(0, throttle.secondsToWait(KIOSK));
        fail(3);
        assertEquals(0, throttle.secondsToWait(KIOSK), "free failures again after a success");
        fail(1);
        assertEquals(2, throttle.secondsToWait(KIOSK), "and the wait starts again at 2 s");
    }

    @Test
    void kiosksAreThrottledSeparately() {
        fail(5);
        assertEquals(4, throttle.secondsToWait(KIOSK));
        assertEquals(0, throttle.secondsToWait("K-2"));
        throttle.recordFailure("K-2");
        assertEquals(0, throttle.secondsToWait("K-2"));
        assertEquals(4, throttle.secondsToWait(KIOSK));
    }

    @Test
    void noFreeFailuresMeansTheFirstFailureWaits() {
        LoginThrottle strict = new LoginThrottle(clock, 0);
        strict.recordFailure(KIOSK);
        assertEquals(2, strict.secondsToWait(KIOSK));
    }
}
