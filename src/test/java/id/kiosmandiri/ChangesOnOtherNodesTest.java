package id.kiosmandiri;

import id.kiosmandiri.help.AssistanceRequestChanged;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.kiosk.KioskPresenceChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: with two server nodes on one database, a staff page on this node learns within seconds what
 * a kiosk on the other node did. The other node is played by writing the rows as it would, straight to
 * the database, so nothing is published on this node; what this node then tells its open pages (the
 * fleet page's and the help queue's listeners, the queue screens') is caught by a listener of its own.
 * The pages' periodic refresh (15 s) plays no part: what arrives in seconds came through the readers.
 */
@IntegrationTest
class ChangesOnOtherNodesTest {

    /** The period (2 s) plus the time a read takes, with room for a busy test machine. */
    private static final Duration WITHIN = Duration.ofSeconds(8);

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final BlockingQueue<Object> told = new LinkedBlockingQueue<>();
    private final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && (payload.getPayload() instanceof AssistanceRequestChanged || payload.getPayload() instanceof KioskPresenceChanged)) {
            told.add(payload.getPayload());
        }
    };
    private final List<Long> requests = new ArrayList<>();
    private Map<String, Object> kioskBefore;

    @BeforeEach
    void listen() {
        context.addApplicationListener(listener);
        kioskBefore = jdbc.queryForMap("SELECT state, state_since FROM kiosk WHERE id = 'TEST-WITA'");
    }

    @AfterEach
    void cleanUp() {
        context.removeApplicationListener(listener);
        requests.forEach(id -> jdbc.update("DELETE FROM assistance_request WHERE id = ?", id));
        jdbc.update("UPDATE kiosk SET state = ?, state_since = ? WHERE id = 'TEST-WITA'", kioskBefore.get("state"),
                kioskBefore.get("state_since"));
    }

    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The first event of this kind matching {@code wanted} within {@link #WITHIN}, and how long it took. */
    private <T> T awaitTold(Class<T> kind, java.util.function.Predicate<T> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        long started = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Object event = told.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (kind.isInstance(event) && wanted.test(kind.cast(event))) {
                System.out.printf("%s: told after %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
                return kind.cast(event);
            }
        }
        throw new AssertionError(what + ": not told within " + WITHIN);
    }

    @Test
    void aHelpRequestMadeAndTakenOnAnotherNodeReachesThisNodesPagesWithinSeconds() throws InterruptedException {
        // a kiosk of Salemba on the other node calls for staff
        LocalDate day = clock.instant().atZone(TestClock.WIB).toLocalDate();
        int number = 9000 + ThreadLocalRandom.current().nextInt(900);
        jdbc.update("INSERT INTO assistance_request (kiosk_id, branch_code, day, queue_number, topic, status, created_at) "
                + "VALUES ('TEST-SCREEN', 'JKTSALEMBA', ?, ?, 'PIN', 'WAITING', ?)", day, number, utcNow());
        long id = jdbc.queryForObject("SELECT id FROM assistance_request WHERE branch_code = 'JKTSALEMBA' AND day = ? AND queue_number = ?",
                Long.class, day, number);
        requests.add(id);

        AssistanceRequestChanged made = awaitTold(AssistanceRequestChanged.class, e -> e.requestId() == id, "made on the other node");
        assertThat(made.kioskId()).isEqualTo("TEST-SCREEN");
        assertThat(made.branchCode()).as("the help queue shows it to the branch's staff").isEqualTo("JKTSALEMBA");
        assertThat(made.status()).isEqualTo(AssistanceStatus.WAITING);

        // staff on the other node take it
        jdbc.update("UPDATE assistance_request SET status = 'TAKEN', taken_by = 'salemba', taken_at = ? WHERE id = ?", utcNow(), id);
        AssistanceRequestChanged taken = awaitTold(AssistanceRequestChanged.class,
                e -> e.requestId() == id && e.status() != AssistanceStatus.WAITING, "taken on the other node");
        assertThat(taken.status()).as("the kiosk's queue screen shows it taken").isEqualTo(AssistanceStatus.TAKEN);

        // a change is told once: the next reads find it again and say nothing
        Thread.sleep(5_000);
        assertThat(told.stream().filter(e -> e instanceof AssistanceRequestChanged r && r.requestId() == id))
                .as("nothing more about the request after it was taken").isEmpty();
    }

    @Test
    void aKioskStateWrittenByAnotherNodeReachesThisNodesFleetPagesWithinSeconds() throws InterruptedException {
        jdbc.update("UPDATE kiosk SET state = 'MEMBER', state_since = ? WHERE id = 'TEST-WITA'", utcNow());
        awaitTold(KioskPresenceChanged.class, e -> e.kioskId().equals("TEST-WITA"), "kiosk state from the other node");
    }
}
