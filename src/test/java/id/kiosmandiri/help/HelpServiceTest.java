package id.kiosmandiri.help;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.receipt.ReceiptProperties;
import id.kiosmandiri.session.UsageScope;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Assistance requests on the real database: queue numbers per branch and day (also under many
 * simultaneous calls), the life cycle and its refused steps, the queue ticket on the PDF kiosk, the
 * usage event, and the waiting and handling times in SQL. Numbering tests use days far from the test
 * clock's, so requests of other tests never share their counters.
 */
@IntegrationTest
class HelpServiceTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired
    HelpService help;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ReceiptProperties receiptProperties;

    private final List<Long> made = new ArrayList<>();
    private final List<LocalDate> days = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(id -> jdbc.update("DELETE FROM assistance_request WHERE id = ?", id));
        days.forEach(day -> {
            jdbc.update("DELETE FROM assistance_request WHERE day = ?", day);
            jdbc.update("DELETE FROM assistance_counter WHERE day = ?", day);
        });
        jdbc.update("DELETE FROM usage_event WHERE event_type = 'help-request' AND kiosk_id IN ('TEST-PDF', 'TEST-SCREEN')");
    }

    /** 10:00 WIB on a day {@code daysAhead} after the test clock's, noted for the clean-up. */
    private Instant dayAhead(int daysAhead) {
        LocalDate day = LocalDate.now(clock.withZone(WIB)).plusDays(daysAhead);
        days.add(day);
        return day.atTime(10, 0).atZone(WIB).toInstant();
    }

    private HelpRequest create(String kiosk, HelpTopic topic, Instant at) {
        HelpRequest request = help.create(kiosk, topic, null, null, at);
        made.add(request.id());
        return request;
    }

    private HelpRequest now(String kiosk, HelpTopic topic) {
        return create(kiosk, topic, clock.instant());
    }

    @Test
    void queueNumbersCountPerBranchAndRestartTheNextDay() {
        Instant morning = dayAhead(400);
        // TEST-SCREEN and TEST-PDF are in JKTSALEMBA, TEST-WITA in MKSTAMALANREA
        assertThat(create("TEST-SCREEN", HelpTopic.PIN, morning).queueNumber()).isEqualTo(1);
        assertThat(create("TEST-WITA", HelpTopic.PIN, morning).queueNumber()).isEqualTo(1);
        assertThat(create("TEST-PDF", HelpTopic.OTHER, morning.plusSeconds(60)).queueNumber()).as("same branch, other kiosk").isEqualTo(2);
        assertThat(create("TEST-WITA", HelpTopic.JHT_CLAIM, morning.plusSeconds(90)).queueNumber()).isEqualTo(2);
        HelpRequest third = create("TEST-SCREEN", HelpTopic.CARD_MERGE, morning.plusSeconds(120));
        assertThat(third.queueNumber()).isEqualTo(3);
        assertThat(third.branchCode()).isEqualTo("JKTSALEMBA");
        assertThat(third.status()).isEqualTo(AssistanceStatus.WAITING);

        Instant nextMorning = dayAhead(401);
        assertThat(create("TEST-PDF", HelpTopic.PIN, nextMorning).queueNumber()).as("a new day starts at 1").isEqualTo(1);
        assertThat(create("TEST-WITA", HelpTopic.PIN, nextMorning).queueNumber()).isEqualTo(1);
        assertThat(create("TEST-SCREEN", HelpTopic.PIN, nextMorning).queueNumber()).isEqualTo(2);
    }

    @Test
    void theDayIsTheBranchesOwn() {
        // 23:30 WIB is 01:30 the next day in Jayapura (WIT)
        Instant lateInJakarta = dayAhead(410).plus(Duration.ofHours(13).plusMinutes(30));
        days.add(LocalDate.now(clock.withZone(WIB)).plusDays(411));
        HelpRequest jakarta = create("TEST-SCREEN", HelpTopic.PIN, lateInJakarta);
        HelpRequest jayapura = create("TEST-WIT", HelpTopic.PIN, lateInJakarta);
        assertThat(jayapura.day()).isEqualTo(jakarta.day().plusDays(1));
    }

    @Test
    void simultaneousCallsGetDistinctConsecutiveNumbers() throws Exception {
        Instant morning = dayAhead(420);
        int calls = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HelpRequest>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String kiosk = i % 2 == 0 ? "TEST-SCREEN" : "TEST-PDF";
                Callable<HelpRequest> call = () -> {
                    start.await();
                    return help.create(kiosk, HelpTopic.OTHER, null, null, morning);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<HelpRequest> f : futures) {
                numbers.add(f.get().queueNumber());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, calls).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestIsTakenThenClosedAndNoStepCanBeSkippedOrRepeated() {
        HelpRequest request = now("TEST-SCREEN", HelpTopic.PIN);
        assertThat(help.close(request.id())).as("not taken yet").isEmpty();
        assertThat(help.find(request.id()).orElseThrow().status()).isEqualTo(AssistanceStatus.WAITING);

        HelpRequest taken = help.take(request.id(), "test-help-one").orElseThrow();
        assertThat(taken.status()).isEqualTo(AssistanceStatus.TAKEN);
        assertThat(taken.takenBy()).isEqualTo("test-help-one");
        assertThat(taken.takenAt()).isNotNull();

        assertThat(help.take(request.id(), "test-help-two")).as("taken already").isEmpty();
        assertThat(help.cancel(request.id(), "TEST-SCREEN")).as("a staff member is on the way").isFalse();
        assertThat(help.find(request.id()).orElseThrow().takenBy()).as("nothing changed").isEqualTo("test-help-one");
        assertThat(help.open(List.of("JKTSALEMBA"))).extracting(HelpRequest::id).contains(request.id());

        HelpRequest closed = help.close(request.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(AssistanceStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(help.close(request.id())).isEmpty();
        assertThat(help.take(request.id(), "test-help-two")).isEmpty();
        assertThat(help.find(request.id()).orElseThrow()).isEqualTo(closed);
        assertThat(help.open(List.of("JKTSALEMBA"))).extracting(HelpRequest::id).doesNotContain(request.id());
    }

    @Test
    void theMemberCancelsAWaitingRequestFromItsOwnKioskOnly() {
        HelpRequest request = now("TEST-SCREEN", HelpTopic.OTHER);
        assertThat(help.cancel(request.id(), "TEST-PDF")).as("another kiosk").isFalse();
        assertThat(help.find(request.id()).orElseThrow().status()).isEqualTo(AssistanceStatus.WAITING);

        assertThat(help.cancel(request.id(), "TEST-SCREEN")).isTrue();
        HelpRequest cancelled = help.find(request.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(help.cancel(request.id(), "TEST-SCREEN")).isFalse();
        assertThat(help.take(request.id(), "test-help-one")).as("nobody is waiting any more").isEmpty();
        assertThat(help.find(request.id()).orElseThrow()).isEqualTo(cancelled);
        assertThat(help.open(List.of("JKTSALEMBA"))).extracting(HelpRequest::id).doesNotContain(request.id());
    }

    @Test
    void aCallAtThePdfKioskPrintsAQueueTicketAndIsCountedAsUsage() throws Exception {
        CalledStaff called = help.call("TEST-PDF", HelpTopic.JHT_CLAIM, null, null, ID);
        made.add(called.request().id());
        assertThat(called.ticket()).isEqualTo(CalledStaff.Ticket.PRINTED);
        HelpRequest r = called.request();
        Path pdf = receiptProperties.pdfDir().resolve("antrean-%s-%s-%03d.pdf".formatted(r.branchCode(), r.day(), r.queueNumber()));
        assertThat(pdf).exists();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("NOMOR ANTREAN").contains("Kantor Cabang Jakarta Salemba")
                    .contains(String.valueOf(r.queueNumber())).contains("Kapan JHT bisa diklaim")
                    .as("a ticket is no receipt: no verification line").doesNotContain("verif");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE kiosk_id = 'TEST-PDF' AND issued_at >= ?",
                Integer.class, Timestamp.from(r.createdAt()))).as("nothing stored as a receipt").isZero();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT detail FROM usage_event WHERE kiosk_id = 'TEST-PDF' AND event_type = 'help-request'", String.class))
                .contains("jht-claim"));
    }

    @Test
    void aKioskWithoutAServerPrinterShowsTheNumberOnly() {
        CalledStaff called = help.call("TEST-SCREEN", HelpTopic.PIN, null, null, ID);
        made.add(called.request().id());
        assertThat(called.ticket()).isEqualTo(CalledStaff.Ticket.SCREEN_ONLY);
        assertThat(called.request().status()).isEqualTo(AssistanceStatus.WAITING);
        CalledStaff atDemo = help.call("DEMO-01", HelpTopic.PIN, null, null, ID);
        made.add(atDemo.request().id());
        assertThat(atDemo.ticket()).as("DEMO-01's browser prints: the screen prints the ticket").isEqualTo(CalledStaff.Ticket.IN_BROWSER);
    }

    @Test
    void waitingAndHandlingTimesOfClosedRequestsAreComputedInTheDatabase() {
        Instant t = dayAhead(430);
        LocalDate day = LocalDate.ofInstant(t, WIB);
        closedAfter(create("TEST-SCREEN", HelpTopic.PIN, t), t, 60, 300);
        closedAfter(create("TEST-PDF", HelpTopic.PIN, t), t, 120, 600);
        closedAfter(create("TEST-SCREEN", HelpTopic.PIN, t), t, 300, 900);
        HelpRequest stillOpen = create("TEST-SCREEN", HelpTopic.PIN, t);
        help.take(stillOpen.id(), "test-help-one");
        help.cancel(create("TEST-SCREEN", HelpTopic.OTHER, t).id(), "TEST-SCREEN");
        closedAfter(create("TEST-WITA", HelpTopic.PIN, t), t, 3600, 3600); // another branch

        HelpStatistics branch = help.statistics(UsageScope.branch("JKTSALEMBA"), day, day);
        assertThat(branch.closed()).isEqualTo(3);
        assertThat(branch.medianWait()).isEqualTo(Duration.ofSeconds(120));
        assertThat(branch.averageWait()).isEqualTo(Duration.ofSeconds(160));
        assertThat(branch.medianHandle()).isEqualTo(Duration.ofSeconds(600));

        HelpStatistics kiosk = help.statistics(UsageScope.kiosk("TEST-SCREEN"), day, day);
        assertThat(kiosk.closed()).isEqualTo(2);
        assertThat(kiosk.medianWait()).as("the middle of 60 and 300").isEqualTo(Duration.ofSeconds(180));
        assertThat(kiosk.medianHandle()).isEqualTo(Duration.ofSeconds(600));

        assertThat(help.statistics(UsageScope.all(), day, day).closed()).isEqualTo(4);
        HelpStatistics none = help.statistics(UsageScope.branch("JKTSALEMBA"), day.plusDays(1), day.plusDays(2));
        assertThat(none.closed()).isZero();
        assertThat(none.medianWait()).isNull();
    }

    private void closedAfter(HelpRequest request, Instant created, int waitSeconds, int handleSeconds) {
        jdbc.update("UPDATE assistance_request SET status = 'CLOSED', taken_by = 'test-help-one', taken_at = ?, closed_at = ? WHERE id = ?",
                utc(created.plusSeconds(waitSeconds)), utc(created.plusSeconds(waitSeconds + handleSeconds)), request.id());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
