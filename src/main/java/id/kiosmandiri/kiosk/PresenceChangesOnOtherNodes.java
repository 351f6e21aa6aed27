package id.kiosmandiri.kiosk;

import id.kiosmandiri.database.StoredTimes;
import id.kiosmandiri.database.RecentChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Kiosk states and printer outcomes written by other server nodes, told to this node's open fleet pages
 * as {@link KioskPresenceChanged} within {@code kiosk.other-nodes-poll} (2 s): one query of the kiosk
 * table per node and period, whatever the number of kiosks and pages. A kiosk coming back online is
 * left to the pages' own periodic refresh, as offline is (the absence of news).
 */
@Component
class PresenceChangesOnOtherNodes {

    private static final Logger log = LoggerFactory.getLogger(PresenceChangesOnOtherNodes.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final RecentChanges<String> changes;
    private final KioskProperties properties;

    PresenceChangesOnOtherNodes(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, KioskProperties properties) {
        this.jdbc = jdbc;
        this.events = events;
        this.changes = new RecentChanges<>(clock);
        this.properties = properties;
    }

    private AutoCloseable reading;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        reading = RecentChanges.readEvery(properties.otherNodesPoll(), "kiosk-changes-on-other-nodes", this::look, log, "Kiosk changes on other nodes not read");
    }

    @PreDestroy
    void stop() throws Exception {
        if (reading != null) {
            reading.close();
        }
    }

    /** One read; the kiosks changed since the last one are told (changes made here are told twice, harmlessly). */
    void look() {
        changes.next(this::changedSince).forEach(kioskId -> events.publishEvent(new KioskPresenceChanged(kioskId)));
    }

    private Map<String, Instant> changedSince(Instant since) {
        Map<String, Instant> changed = new HashMap<>();
        LocalDateTime from = StoredTimes.utc(since);
        jdbc.query("SELECT id, GREATEST(COALESCE(state_since, ?), COALESCE(printer_status_at, ?)) FROM kiosk "
                + "WHERE state_since > ? OR printer_status_at > ?", rs -> {
            changed.put(rs.getString(1), StoredTimes.instant(rs.getObject(2, LocalDateTime.class)));
        }, from, from, from, from);
        return changed;
    }
}
