package id.kiosmandiri.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load driver of issue 11: {@code --kiosks} kiosks, each a virtual thread with its own kiosk id,
 * client address, member and cookies, doing member journeys against a running server over Vaadin
 * Flow 25's own client protocol (no browser). One shared {@link HttpClient}. Prints a Markdown report:
 * latency per step and overall, requests per second, failed journeys, errors by kind.
 *
 * <p>A plain program, not a test, so {@code ./mvnw verify} never runs it; {@code scripts/load-test.sh}
 * starts a server and runs it (see the README, "Load test"). Run by hand against a server whose
 * kiosk-config has the kiosks {@code LOAD-0001...} and enough demo members:
 * {@code java -cp target/test-classes:<test classpath> id.kiosmandiri.load.LoadDriver --url http://localhost:18080 --kiosks 20}.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println((e.getMessage().isEmpty() ? "" : e.getMessage() + "\n\n") + LoadOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        // the wall clock only labels the report (when the run started); nothing is measured with it
        run(options, Clock.systemDefaultZone());
    }

    static void run(LoadOptions options, Clock clock) throws Exception {
        Measurements measurements = new Measurements();
        CountDownLatch held = new CountDownLatch(options.hold() ? options.kiosks() : 0);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        // Ctrl+C or SIGTERM: the kiosks leave their pages (unload beacon, push closed), the report is printed
        Thread stopOnSignal = new Thread(() -> {
            signalled.set(true);
            stop.countDown();
            try {
                reported.await(options.timeoutSeconds() + 20L, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        String started = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        System.out.println("Load driver: " + options.describe());

        long runUntilNanos = options.runSeconds() > 0 ? System.nanoTime() + options.runSeconds() * 1_000_000_000L : Long.MAX_VALUE;
        try (Trace trace = options.trace() == null ? Trace.OFF : Trace.to(options.trace());
             RequestLog requestLog = RequestLog.to(options.requestLog());
             Ledger ledger = Ledger.to(options.ledger());
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build()) {
            List<Thread> kiosks = new ArrayList<>();
            long baselineKb = options.hold() && options.serverPid() != null ? ServerHeap.usedAfterFullGcKb(options.serverPid()) : -1;
            for (int k = 1; k <= options.kiosks(); k++) {
                KioskBrowser browser = new KioskBrowser(http, options, k, measurements, k == 1 ? trace : Trace.OFF, requestLog);
                kiosks.add(Thread.ofVirtual().name("kiosk-" + k).start(new KioskRunner(browser, options, k, measurements,
                        options.hold() ? held : null, stop, ledger, runUntilNanos)));
            }
            if (options.hold()) {
                held.await();
                System.out.println(holdInstructions(options, measurements));
                if (baselineKb >= 0) {
                    long heldKb = ServerHeap.usedAfterFullGcKb(options.serverPid());
                    long sessions = measurements.journeysCompleted.sum();
                    System.out.printf("Server heap after a full GC: %,d KB before the kiosks, %,d KB with %,d kiosks held on the %s"
                                    + " screen: %.1f KB per kiosk%n", baselineKb, heldKb, sessions, options.holdScreen(),
                            sessions == 0 ? 0.0 : (heldKb - baselineKb) / (double) sessions);
                }
                if (options.holdSeconds() > 0) {
                    stop.await(options.holdSeconds(), TimeUnit.SECONDS);
                } else {
                    stop.await();
                }
                stop.countDown();
            } else {
                progressUntilDone(kiosks, measurements, options);
            }
            for (Thread kiosk : kiosks) {
                kiosk.join(Duration.ofSeconds(options.timeoutSeconds() + 10L));
            }
        }
        String report = measurements.markdown("Load test " + started + (options.hold() ? " (hold)" : ""), options.describe());
        System.out.println();
        System.out.println(report);
        if (options.report() != null) {
            Files.writeString(options.report(), report);
        }
        reported.countDown();
        if (!signalled.get()) {
            // exit status 1 when a journey failed, for scripts
            System.exit(measurements.journeysFailed.sum() == 0 && measurements.journeysCompleted.sum() > 0 ? 0 : 1);
        }
    }

    /** A line every 10 s while the kiosks run, so a long run shows it is alive. */
    private static void progressUntilDone(List<Thread> kiosks, Measurements m, LoadOptions options) throws InterruptedException {
        long total = (long) options.kiosks() * options.journeys();
        for (Thread kiosk : kiosks) {
            while (!kiosk.join(Duration.ofSeconds(10))) {
                System.out.printf("  ... %,d %s journeys done (%,d failed), %,d requests, %,d errors%n",
                        m.journeysCompleted.sum() + m.journeysFailed.sum(),
                        options.runSeconds() > 0 ? "(for " + options.runSeconds() + " s)" : String.format("of %,d", total),
                        m.journeysFailed.sum(), m.all().count(), m.errors().values().stream().mapToLong(Long::longValue).sum());
            }
        }
    }

    private static String holdInstructions(LoadOptions options, Measurements m) {
        String pid = options.serverPid() == null ? "<server pid>" : options.serverPid();
        return """

                %d of %d kiosks hold a member on the balance screen (%d failed), push connections open, a touch every %d s.
                Retained heap per member session, measured on the server:
                  $JAVA_HOME/bin/jcmd %s GC.run && $JAVA_HOME/bin/jcmd %s GC.heap_info
                  (heap used now, minus the same before any session (scripts/load-test.sh prints it) or
                  after this driver stopped and the idle logout ended the sessions (timeout + 5 s),
                  divided by the number held; what it is made of: jcmd %s GC.class_histogram)
                Stop with Ctrl+C or kill %d%s.
                """.formatted(m.journeysCompleted.sum(), options.kiosks(), m.journeysFailed.sum(), options.holdTouchSeconds(),
                pid, pid, pid, ProcessHandle.current().pid(),
                options.holdSeconds() > 0 ? " (or wait " + options.holdSeconds() + " s)" : "");
    }
}
