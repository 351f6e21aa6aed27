package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.kiosk.ui.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff login throttle on the real database with its own settings and a clock moved by hand:
 * 3 free failures per username and 5 per address in a 15-minute window, then 30 s, 60 s, ... up
 * to 120 s between tries. Subjects are made up for this test and removed afterwards.
 */
@IntegrationTest
class StaffLoginThrottleTest {

    private static final String USER = "test-throttle-user";
    private static final String ADDRESS = "198.51.100.77";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    private StaffLoginThrottle throttle() {
        return new StaffLoginThrottle(jdbc, clock, transactions, new StaffProperties(3, 5, 15, 30, 120, 30, 600_000, 15));
    }

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM staff_login_failure WHERE username LIKE 'test-throttle-%' OR client_address = ?", ADDRESS);
        jdbc.update("DELETE FROM staff_throttle_key WHERE subject LIKE 'account:test-throttle-%' OR subject LIKE 'address:198.51.100.%'");
    }

    @Test
    void afterTheFreeFailuresForAUsernameEachTryWaitsTwiceAsLong() {
        StaffLoginThrottle throttle = throttle();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.take(USER, "198.51.100.1")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
            clock.advance(Duration.ofSeconds(1));
        }
        // the 4th try, 1 s after the 3rd failure: 29 s to go, even from another address
        assertThat(throttle.take(USER, "198.51.100.2")).isEqualTo(new StaffLoginThrottle.Attempt.MustWait(29, false));
        assertThat(count(USER)).as("a refused try is not counted").isEqualTo(3);
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.take(USER, "198.51.100.1")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
        // 4 failures: 60 s after the last
        assertThat(throttle.take(USER, "198.51.100.1")).isEqualTo(new StaffLoginThrottle.Attempt.MustWait(60, false));
        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.take(USER, "198.51.100.1")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
        // 5 failures: 120 s, the most
        assertThat(throttle.take(USER, "198.51.100.1")).isEqualTo(new StaffLoginThrottle.Attempt.MustWait(120, false));
        clock.advance(Duration.ofSeconds(120));
        assertThat(throttle.take(USER, "198.51.100.1")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
        assertThat(throttle.take(USER, "198.51.100.1")).isEqualTo(new StaffLoginThrottle.Attempt.MustWait(120, false));
        // another username from another address is not held back (198.51.100.1 has had its 5 by now)
        assertThat(throttle.take("test-throttle-other", "198.51.100.3")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
    }

    @Test
    void failuresLeaveTheWindowAndASuccessTakesBackOnlyItsOwnAttempt() {
        StaffLoginThrottle throttle = throttle();
        throttle.take(USER, "198.51.100.1");
        throttle.take(USER, "198.51.100.1");
        StaffLoginThrottle.Attempt right = throttle.take(USER, "198.51.100.1");
        throttle.forgive(((StaffLoginThrottle.Attempt.Counted) right).failureId());
        assertThat(count(USER)).isEqualTo(2);
        assertThat(throttle.take(USER, "198.51.100.1")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
        assertThat(throttle.take(USER, "198.51.100.1")).isInstanceOf(StaffLoginThrottle.Attempt.MustWait.class);
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.take(USER, "198.51.100.1")).as("the window forgot them").isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
        throttle.purge();
        assertThat(count(USER)).as("old ones purged").isEqualTo(1);
    }

    @Test
    void oneAddressTryingManyUsernamesIsHeldBackToo() {
        StaffLoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.take("test-throttle-name" + i, ADDRESS)).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
        }
        assertThat(throttle.take("test-throttle-name9", ADDRESS)).isEqualTo(new StaffLoginThrottle.Attempt.MustWait(30, true));
        assertThat(throttle.take("test-throttle-name9", "198.51.100.9")).isInstanceOf(StaffLoginThrottle.Attempt.Counted.class);
    }

    @Test
    void parallelTriesForOneUsernameGetNoMoreThanTheFreeOnes() throws Exception {
        StaffLoginThrottle throttle = throttle();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StaffLoginThrottle.Attempt>> tries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String address = "198.51.100." + (100 + i);
                tries.add(() -> throttle.take(USER, address));
            }
            long counted = 0;
            for (Future<StaffLoginThrottle.Attempt> attempt : pool.invokeAll(tries)) {
                if (attempt.get() instanceof StaffLoginThrottle.Attempt.Counted) {
                    counted++;
                }
            }
            assertThat(counted).isEqualTo(3);
            assertThat(count(USER)).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_login_failure WHERE username = ?", Integer.class, username);
    }
}
