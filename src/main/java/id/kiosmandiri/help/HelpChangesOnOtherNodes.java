package id.kiosmandiri.help;

import id.kiosmandiri.database.StoredTimes;
import id.kiosmandiri.database.RecentChanges;
import id.kiosmandiri.kiosk.KioskProperties;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Help requests made, taken, closed or cancelled on other server nodes, told to this node's open staff
 * help pages and queue screens as {@link AssistanceRequestChanged} within {@code kiosk.other-nodes-poll}
 * (2 s): one indexed query (V13's {@code changed_at}) per node and period, whatever the number of kiosks
 * and pages. A change made on this node was told at once already; told again, it changes nothing.
 */
@Component
class HelpChangesOnOtherNodes {

    private static final Logger log = LoggerFactory.getLogger(HelpChangesOnOtherNodes.class);
    /** From a request's change to this node telling its pages (Prometheus): a few seconds at most. */
    static final String LAG_METRIC = "kiosk.help.change.seen";

    private record Row(String kioskId, String branchCode, AssistanceStatus status, Instant changedAt) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecentChanges<Long> changes;
    private final KioskProperties properties;
    private final Timer lag = Timer.builder(LAG_METRIC)
            .description("From a help request's change (on any node) to this node telling its open pages")
            .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), Duration.ofSeconds(30))
            .register(Metrics.globalRegistry);

    HelpChangesOnOtherNodes(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, KioskProperties properties) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.changes = new RecentChanges<>(clock);
        this.properties = properties;
    }

    private AutoCloseable reading;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        reading = RecentChanges.readEvery(properties.otherNodesPoll(), "help-changes-on-other-nodes", this::look, log, "Help requests changed on other nodes not read");
    }

    @PreDestroy
    void stop() throws Exception {
        if (reading != null) {
            reading.close();
        }
    }

    /** One read; each request changed since the last one is told with its status now. */
    void look() {
        Map<Long, Row> rows = new HashMap<>();
        for (long id : changes.next(since -> changedSince(since, rows))) {
            Row row = rows.get(id);
            events.publishEvent(new AssistanceRequestChanged(id, row.kioskId(), row.branchCode(), row.status()));
            lag.record(Duration.between(row.changedAt(), clock.instant()).abs());
        }
    }

    private Map<Long, Instant> changedSince(Instant since, Map<Long, Row> rows) {
        Map<Long, Instant> changed = new HashMap<>();
        jdbc.query("SELECT id, kiosk_id, branch_code, status, changed_at FROM assistance_request WHERE changed_at > ?", rs -> {
            Instant changedAt = StoredTimes.instant(rs.getObject(5, LocalDateTime.class));
            rows.put(rs.getLong(1), new Row(rs.getString(2), rs.getString(3), AssistanceStatus.valueOf(rs.getString(4)), changedAt));
            changed.put(rs.getLong(1), changedAt);
        }, StoredTimes.utc(since));
        return changed;
    }
}
