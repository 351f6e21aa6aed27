package id.kiosmandiri.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What other server nodes changed, found by reading the rows changed lately, again and again (one
 * reader per node and kind of row, never one per page or kiosk): each read reaches {@link #OVERLAP}
 * back before the previous one, so a change stamped by a node whose clock runs a little behind, or
 * committed a moment after its stamp, is still found; what was already reported is not reported again.
 *
 * @param <K> what a changed row is known by (a request id, a kiosk id)
 */
public final class RecentChanges<K> {

    /** Clocks of the nodes a few seconds apart, a commit late by a few seconds: still found. */
    public static final Duration OVERLAP = Duration.ofSeconds(10);

    private final Clock clock;
    private final Map<K, Instant> reported = new HashMap<>();
    private Instant readUntil;

    /** Changes from now on are reported (and those of the overlap before, which only costs a page a refresh). */
    public RecentChanges(Clock clock) {
        this.clock = clock;
        this.readUntil = clock.instant();
    }

    /**
     * Runs {@code read} every {@code period} on a thread of its own, not the shared scheduler's two: a
     * sweep or a page refresh waiting out a busy pool must not hold up what staff see of the other nodes.
     * A failed read is logged in one line ({@code what}) and the next one tries again. Close to stop.
     */
    public static AutoCloseable readEvery(Duration period, String threadName, Runnable read, org.slf4j.Logger log, String what) {
        ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
        Runnable waitingOut = DatabaseOutage.waitingOut(read, log, what);
        reader.scheduleWithFixedDelay(() -> {
            try {
                waitingOut.run();
            } catch (RuntimeException e) {
                log.warn("{}: {}", what, e.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return reader::shutdownNow;
    }

    /**
     * The rows changed since the last call, by {@code changedSince}: given a moment, the rows changed
     * after it, each with its change time.
     */
    public synchronized List<K> next(Function<Instant, Map<K, Instant>> changedSince) {
        Instant now = clock.instant();
        Map<K, Instant> found = changedSince.apply(readUntil.minus(OVERLAP));
        List<K> fresh = found.entrySet().stream().filter(e -> !e.getValue().equals(reported.get(e.getKey()))).map(Map.Entry::getKey).toList();
        reported.putAll(found);
        readUntil = now;
        // what the next read cannot find again need not be remembered
        Instant forgetBefore = now.minus(OVERLAP);
        reported.values().removeIf(changedAt -> changedAt.isBefore(forgetBefore));
        return fresh;
    }
}
