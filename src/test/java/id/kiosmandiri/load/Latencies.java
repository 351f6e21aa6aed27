package id.kiosmandiri.load;

import java.util.Arrays;

/** Latencies of one kind of request, in microseconds; percentiles by nearest rank. Thread-safe. */
final class Latencies {

    private long[] micros = new long[256];
    private int count;

    synchronized void add(long latencyMicros) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = latencyMicros;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int n;
        synchronized (other) {
            theirs = other.micros;
            n = other.count;
        }
        for (int i = 0; i < n; i++) {
            add(theirs[i]);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed; 0 when empty. */
    synchronized long percentile(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }

    synchronized long max() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, micros[i]);
        }
        return max;
    }
}
