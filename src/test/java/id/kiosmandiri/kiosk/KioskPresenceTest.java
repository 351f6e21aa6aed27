package id.kiosmandiri.kiosk;

import id.kiosmandiri.database.DatabaseOutage;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.kiosk.ui.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fleet page learns about a kiosk, stored so every server node agrees: its state on each
 * change, online while it is heard from, offline after two missed heartbeats, its last print; and
 * how seldom that is written. Time is moved by hand (a 60 s heartbeat, as in application.yml).
 */
@IntegrationTest
class KioskPresenceTest {

    private static final String KIOSK = "TEST-SCREEN";

    @Autowired
    JdbcTemplate jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private final List<Object> published = new ArrayList<>();
    private KioskPresence presence;

    @BeforeEach
    void freshKiosk() {
        clear();
        ApplicationEventPublisher events = published::add;
        presence = new KioskPresence(jdbc, clock, events, 60, new DatabaseOutage(clock));
    }

    @AfterEach
    void clear() {
        jdbc.update("UPDATE kiosk SET state = NULL, state_since = NULL, last_seen_at = NULL, printer_status = NULL, "
                + "printer_status_at = NULL WHERE id = ?", KIOSK);
    }

    private KioskStatus status() {
        return presence.statuses(List.of(KIOSK)).getFirst();
    }

    private Instant storedLastSeen() {
        LocalDateTime seen = jdbc.queryForObject("SELECT last_seen_at FROM kiosk WHERE id = ?", LocalDateTime.class, KIOSK);
        return seen == null ? null : seen.toInstant(ZoneOffset.UTC);
    }

    @Test
    void aKioskNeverHeardFromIsOfflineWithNothingKnown() {
        KioskStatus status = status();
        assertThat(status.online()).isFalse();
        assertThat(status.lastSeen()).isNull();
        assertThat(status.state()).isNull();
        assertThat(status.printerOk()).isNull();
    }

    @Test
    void eachChangeOfStateIsStoredWithItsTimeAndMarksTheKioskSeen() {
        Instant start = clock.instant();
        presence.changed(KIOSK, KioskState.ATTRACT);
        clock.advance(Duration.ofSeconds(20));
        presence.changed(KIOSK, KioskState.MEMBER);

        KioskStatus status = status();
        assertThat(status.state()).isEqualTo(KioskState.MEMBER);
        assertThat(status.stateSince()).isEqualTo(start.plusSeconds(20));
        assertThat(status.lastSeen()).isEqualTo(start.plusSeconds(20));
        assertThat(status.online()).isTrue();
        assertThat(published).containsExactly(new KioskPresenceChanged(KIOSK), new KioskPresenceChanged(KIOSK));

        // the same state again is no change: its time stays, nothing is announced
        clock.advance(Duration.ofSeconds(5));
        presence.changed(KIOSK, KioskState.MEMBER);
        assertThat(status().stateSince()).isEqualTo(start.plusSeconds(20));
        assertThat(published).hasSize(2);
    }

    @Test
    void sightingsAreWrittenAtMostOncePerHalfIntervalNotPerHeartbeat() {
        Instant start = clock.instant();
        presence.seen(KIOSK);
        assertThat(storedLastSeen()).isEqualTo(start);
        for (int i = 0; i < 29; i++) { // a heartbeat a second would still write nothing for 30 s
            clock.advance(Duration.ofSeconds(1));
            presence.seen(KIOSK);
        }
        assertThat(storedLastSeen()).isEqualTo(start);
        clock.advance(Duration.ofSeconds(1));
        presence.seen(KIOSK);
        assertThat(storedLastSeen()).isEqualTo(start.plusSeconds(30));
        // another node (its own memory empty) that saw the kiosk a moment later writes nothing either
        KioskPresence otherNode = new KioskPresence(jdbc, clock, e -> { }, 60, new DatabaseOutage(clock));
        clock.advance(Duration.ofSeconds(10));
        otherNode.seen(KIOSK);
        assertThat(storedLastSeen()).isEqualTo(start.plusSeconds(30));
    }

    @Test
    void aKioskNotHeardFromForTwoHeartbeatsAndAHalfIsOfflineAndComesBackWhenHeard() {
        presence.changed(KIOSK, KioskState.ATTRACT);
        clock.advance(Duration.ofSeconds(150));
        assertThat(status().online()).as("2.5 intervals: still online").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(status().online()).isFalse();
        assertThat(status().state()).as("its last state is kept for when it comes back").isEqualTo(KioskState.ATTRACT);

        published.clear();
        presence.seen(KIOSK);
        assertThat(status().online()).isTrue();
        assertThat(published).as("back online is news for open fleet pages").containsExactly(new KioskPresenceChanged(KIOSK));
    }

    @Test
    void offlineIsCountedInTheHeartbeatsTheBrowsersAreToldToSend(@Autowired KioskPresence configured,
                                                                @LocalServerPort int port) throws Exception {
        // what a kiosk browser is told when its screen starts: its heartbeat interval
        HttpResponse<String> init = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/?v-r=init&location=&kiosk=" + KIOSK)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher interval = Pattern.compile("\"heartbeatInterval\"\\s*:\\s*(\\d+)").matcher(init.body());
        assertThat(interval.find()).as(init.body()).isTrue();
        long heartbeatSeconds = Long.parseLong(interval.group(1));
        assertThat(heartbeatSeconds).isEqualTo(60);
        // two missed heartbeats and the half interval a sighting may wait, not Vaadin's default 300 s
        assertThat(configured.offlineAfter()).isEqualTo(Duration.ofSeconds(heartbeatSeconds * 5 / 2));
    }

    @Test
    void theLastPrintSaysWhetherThePrinterWorks() {
        presence.printed(KIOSK, false);
        assertThat(status().printerOk()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        presence.printed(KIOSK, true);
        assertThat(status().printerOk()).isTrue();
        assertThat(status().printerAt()).isEqualTo(clock.instant());
    }
}
