package id.kiosmandiri.database;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a server node learns of the other nodes' changes: each change once, late stamps included, and
 * nothing from long before the node started reading.
 */
class RecentChangesTest {

    private static final Instant START = Instant.parse("2026-12-01T03:00:00Z");

    /** A clock moved by hand, and a "table" of rows with their change times. */
    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final Map<String, Instant> table = new HashMap<>();
    private final RecentChanges<String> changes = new RecentChanges<>(clock);
    private final List<Instant> asked = new java.util.ArrayList<>();

    private List<String> read() {
        return changes.next(since -> {
            asked.add(since);
            Map<String, Instant> found = new HashMap<>();
            table.forEach((key, changedAt) -> {
                if (changedAt.isAfter(since)) {
                    found.put(key, changedAt);
                }
            });
            return found;
        });
    }

    private void pass(Duration time) {
        now.set(now.get().plus(time));
    }

    @Test
    void eachChangeIsToldOnceFromTheStartOfReading() {
        table.put("KIOSK-OLD", START.minusSeconds(60)); // changed long before this node started
        pass(Duration.ofMillis(500));
        table.put("KIOSK-NEW", now.get()); // changed after it started, before its first read
        pass(Duration.ofMillis(1500));
        assertThat(read()).as("the first read").containsExactly("KIOSK-NEW");

        pass(Duration.ofSeconds(2));
        table.put("KIOSK-A", now.get().minusMillis(500));
        assertThat(read()).containsExactly("KIOSK-A");

        pass(Duration.ofSeconds(2));
        assertThat(read()).as("found again in the overlap, not told again").isEmpty();

        pass(Duration.ofSeconds(2));
        table.put("KIOSK-A", now.get().minusMillis(100)); // the same kiosk changed again
        assertThat(read()).containsExactly("KIOSK-A");
    }

    @Test
    void aChangeStampedSecondsBeforeTheLastReadIsStillFound() {
        pass(Duration.ofSeconds(2));
        read();
        pass(Duration.ofSeconds(2));
        read();
        pass(Duration.ofSeconds(2));
        // committed now by a node whose clock is 6 s behind: stamped before the previous read
        table.put("REQUEST-7", now.get().minusSeconds(6));
        assertThat(read()).containsExactly("REQUEST-7");
        assertThat(asked.getLast()).as("each read reaches the overlap back before the previous one")
                .isEqualTo(now.get().minusSeconds(2).minus(RecentChanges.OVERLAP));
    }

    @Test
    void whatTheNextReadCannotFindIsForgotten() {
        pass(Duration.ofSeconds(2));
        read();
        for (int i = 0; i < 100; i++) {
            pass(Duration.ofSeconds(2));
            table.put("K" + i, now.get());
            assertThat(read()).containsExactly("K" + i);
            table.remove("K" + (i - 10)); // rows leave the window as time passes
        }
        // the node's memory holds the window's changes, not every change since it started
        assertThat(changes).extracting("reported").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .hasSizeLessThanOrEqualTo(6);
    }
}
