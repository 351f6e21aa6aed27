package id.kiosmandiri.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public RecentChanges(Clock clock) {
        this.clock = clock;
    }

    /**
     * The rows changed since the last call, by {@code changedSince}: given a moment, the rows changed
     * after it, each with its change time. The first call only takes note of what it finds.
     */
    public synchronized List<K> next(Function<Instant, Map<K, Instant>> changedSince) {
        Instant now = clock.instant();
        boolean first = readUntil == null;
        Map<K, Instant> found = changedSince.apply((first ? now : readUntil).minus(OVERLAP));
        List<K> fresh = first ? List.of()
                : found.entrySet().stream().filter(e -> !e.getValue().equals(reported.get(e.getKey()))).map(Map.Entry::getKey).toList();
        reported.putAll(found);
        readUntil = now;
        // what the next read cannot find again need not be remembered
        Instant forgetBefore = now.minus(OVERLAP);
        reported.values().removeIf(changedAt -> changedAt.isBefore(forgetBefore));
        return fresh;
    }
}
