package id.kiosmandiri.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Everything the kiosks measured: latencies per step, errors by kind, counters. Thread-safe. */
final class Measurements {

    /** Report order; steps not listed here follow in the order they first occurred. */
    static final List<String> STEP_ORDER = List.of("page", "init", "navigate", "start", "login-by-kpj", "key",
            "key-ok(number)", "key-ok(pin)", "menu-balance", "print-balance", "print-confirm", "print-done", "nav-home",
            "menu-help", "help-call-staff", "help-topic", "help-exit", "menu-update", "update-phone", "key-ok(phone)",
            "update-confirm", "login-cancel", "logout", "start-over", "poll", "heartbeat", "activity",
            "resynchronize", "unload", "push-close");

    /** The member's touches on the screen (UIDL posts with a click): what the member waits for. */
    static final List<String> TOUCH_STEPS = List.of("start", "login-by-kpj", "key", "key-ok(number)", "key-ok(pin)",
            "menu-balance", "logout");
    /** The cluster scenario's further touches, counted as touches when they occurred. */
    static final List<String> CLUSTER_TOUCH_STEPS = List.of("print-balance", "print-confirm", "print-done", "nav-home",
            "menu-help", "help-call-staff", "help-topic", "help-exit", "menu-update", "update-phone", "key-ok(phone)",
            "update-confirm", "login-cancel");

    private final Map<String, Latencies> steps = new ConcurrentHashMap<>();
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
    private final Map<String, String> errorExamples = new ConcurrentHashMap<>();
    final LongAdder journeysCompleted = new LongAdder();
    final LongAdder journeysFailed = new LongAdder();
    final LongAdder pushedMessages = new LongAdder();
    final LongAdder pushConnections = new LongAdder();
    final LongAdder pushClosedUnexpectedly = new LongAdder();
    private final AtomicLong firstRequestNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastResponseNanos = new AtomicLong(Long.MIN_VALUE);

    void request(String step, long startNanos, long endNanos) {
        steps.computeIfAbsent(step, s -> {
            firstSeen.putIfAbsent(s, sequence.incrementAndGet());
            return new Latencies();
        }).add((endNanos - startNanos) / 1_000);
        firstRequestNanos.accumulateAndGet(startNanos, Math::min);
        lastResponseNanos.accumulateAndGet(endNanos, Math::max);
    }

    void error(String kind, String example) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (example != null) {
            errorExamples.putIfAbsent(kind, example);
        }
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new ConcurrentSkipListMap<>();
        errors.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    List<String> stepsInOrder() {
        List<String> names = new ArrayList<>(steps.keySet());
        names.sort(Comparator.comparingInt((String s) -> STEP_ORDER.indexOf(s) < 0 ? Integer.MAX_VALUE : STEP_ORDER.indexOf(s))
                .thenComparingLong(s -> firstSeen.getOrDefault(s, 0L)));
        return names;
    }

    Latencies step(String name) {
        return steps.getOrDefault(name, new Latencies());
    }

    Latencies all() {
        Latencies all = new Latencies();
        steps.values().forEach(all::addAll);
        return all;
    }

    /** Seconds from the first request sent to the last answer received. */
    double seconds() {
        long first = firstRequestNanos.get();
        long last = lastResponseNanos.get();
        return first == Long.MAX_VALUE || last <= first ? 0 : (last - first) / 1e9;
    }

    /** The report as Markdown: a latency table per step and overall, then counters and errors. */
    String markdown(String title, String parameters) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append("\n\n").append(parameters).append("\n\n");
        out.append("| step | requests | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (String step : stepsInOrder()) {
            row(out, step, steps.get(step));
        }
        List<String> touchSteps = new ArrayList<>(TOUCH_STEPS);
        CLUSTER_TOUCH_STEPS.stream().filter(steps::containsKey).forEach(touchSteps::add);
        Latencies touches = new Latencies();
        touchSteps.forEach(step -> touches.addAll(step(step)));
        row(out, "**all touches**", touches);
        Latencies all = all();
        row(out, "**all requests**", all);
        double seconds = seconds();
        out.append("\nTouches: the member's clicks (" + String.join(", ", touchSteps) + "). ");
        out.append(String.format(Locale.ROOT,
                "%,d requests in %.1f s: %.1f requests/s; journeys: %,d completed, %,d failed; "
                        + "push: %,d connections, %,d messages received, %,d closed by the server unexpectedly%n",
                all.count(), seconds, seconds == 0 ? 0 : all.count() / seconds, journeysCompleted.sum(),
                journeysFailed.sum(), pushConnections.sum(), pushedMessages.sum(), pushClosedUnexpectedly.sum()));
        Map<String, Long> errorCounts = errors();
        if (errorCounts.isEmpty()) {
            out.append("\nErrors: none\n");
        } else {
            out.append("\n| error | count | first example |\n|---|---:|---|\n");
            errorCounts.forEach((kind, n) -> out.append(String.format(Locale.ROOT, "| %s | %,d | %s |%n", kind, n,
                    errorExamples.getOrDefault(kind, "").replace('|', '/').replace('\n', ' '))));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String step, Latencies l) {
        out.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", step, l.count(),
                millis(l.percentile(50)), millis(l.percentile(95)), millis(l.percentile(99)), millis(l.max())));
    }

    /** Milliseconds with a precision that suits the size: 0.42 ms, 15.5 ms, 1,900 ms. */
    static String millis(long micros) {
        double ms = micros / 1000.0;
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.2f ms", ms);
        }
        if (ms < 100) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%,.0f ms", ms);
    }
}
