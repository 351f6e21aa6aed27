package id.kiosmandiri.kiosk;

import static id.kiosmandiri.database.StoredTimes.utc;
import id.kiosmandiri.database.StoredTimes;
import id.kiosmandiri.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which kiosks are online and what they show, in the {@code kiosk} table, so that every server node
 * tells staff the same. A kiosk is online while its browser talks to the server: its Vaadin heartbeat
 * ({@code vaadin.heartbeatInterval}) and its state changes mark it seen. A sighting is written at most
 * once per half interval per kiosk (a conditional update, skipped on this node when it wrote one
 * recently), so a fleet of a thousand idle kiosks writes about 17 rows a second at a 60 s interval,
 * never one per kiosk per second. Offline is not written by anyone: it is a sighting too old.
 */
@Service
public class KioskPresence {

    private static final Logger log = LoggerFactory.getLogger(KioskPresence.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration heartbeat;
    /** When this node last wrote a sighting of each kiosk. */
    private final ConcurrentHashMap<String, Instant> lastWritten = new ConcurrentHashMap<>();

    private final DatabaseOutage outage;

    KioskPresence(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events,
                  @Value("${vaadin.heartbeatInterval:300}") int heartbeatSeconds, DatabaseOutage outage) {
        this.outage = outage;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.heartbeat = Duration.ofSeconds(heartbeatSeconds);
    }

    /**
     * A kiosk not seen for this long is offline: two missed heartbeats, plus the half interval a
     * sighting may wait before it is written.
     */
    public Duration offlineAfter() {
        return heartbeat.multipliedBy(5).dividedBy(2);
    }

    /** The kiosk's browser talked to this server. */
    public void seen(String kioskId) {
        Instant now = clock.instant();
        Instant last = lastWritten.get(kioskId);
        Duration half = heartbeat.dividedBy(2);
        if (last != null && now.isBefore(last.plus(half))) {
            return;
        }
        if (outage.assumedAway()) {
            return; // written with a later heartbeat
        }
        lastWritten.put(kioskId, now);
        try {
            jdbc.update("UPDATE kiosk SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at <= ?)",
                    utc(now), kioskId, utc(now.minus(half)));
        } catch (DataAccessException e) {
            // a heartbeat must not fail the kiosk's screen while the database is away: the kiosk only
            // looks offline on the fleet page until a later heartbeat is written
            lastWritten.remove(kioskId, now);
            outage.noted(e);
            log.warn("Kiosk {} seen, not stored: {}", kioskId, e.getMessage());
            return;
        }
        if (last == null || now.isAfter(last.plus(offlineAfter()))) {
            events.publishEvent(new KioskPresenceChanged(kioskId)); // (back) online, as far as this node knows
        }
    }

    /** The kiosk now shows {@code state}; writes only when that is a change. */
    public void changed(String kioskId, KioskState state) {
        Instant now = clock.instant();
        int rows = updateUnlessAway("UPDATE kiosk SET state = ?, state_since = ?, last_seen_at = ? "
                + "WHERE id = ? AND (state IS NULL OR state <> ?)", state.name(), utc(now), utc(now), kioskId, state.name());
        if (rows < 0) {
            // the database is away: the kiosk's screen goes on; the fleet page shows the state the kiosk
            // reports next, and the kiosk as offline meanwhile
            log.warn("Kiosk {} now {}, not stored: the database is away", kioskId, state);
            return;
        }
        if (rows > 0) {
            lastWritten.put(kioskId, now);
            events.publishEvent(new KioskPresenceChanged(kioskId));
        } else {
            seen(kioskId);
        }
    }

    /** The outcome of the kiosk's last print. */
    public void printed(String kioskId, boolean ok) {
        if (updateUnlessAway("UPDATE kiosk SET printer_status = ?, printer_status_at = ? WHERE id = ?",
                ok ? "OK" : "FAILED", utc(clock.instant()), kioskId) < 0) {
            log.warn("Kiosk {} printer {}, not stored: the database is away", kioskId, ok ? "OK" : "FAILED");
            return;
        }
        events.publishEvent(new KioskPresenceChanged(kioskId));
    }

    /** The update's row count, or -1 when the database is away (found so now, or a moment ago). */
    private int updateUnlessAway(String sql, Object... args) {
        if (outage.assumedAway()) {
            return -1;
        }
        try {
            return jdbc.update(sql, args);
        } catch (DataAccessException e) {
            if (!outage.noted(e)) {
                throw e;
            }
            return -1;
        }
    }

    /** The stored state of the given kiosks (those in the table; in no particular order). */
    public List<KioskStatus> statuses(Collection<String> kioskIds) {
        if (kioskIds.isEmpty()) {
            return List.of();
        }
        Instant onlineSince = clock.instant().minus(offlineAfter());
        String marks = String.join(",", java.util.Collections.nCopies(kioskIds.size(), "?"));
        return jdbc.query("SELECT id, state, state_since, last_seen_at, printer_status, printer_status_at FROM kiosk WHERE id IN ("
                + marks + ")", (rs, i) -> status(rs, onlineSince), kioskIds.toArray());
    }

    private static KioskStatus status(ResultSet rs, Instant onlineSince) throws SQLException {
        Instant lastSeen = instant(rs, "last_seen_at");
        String state = rs.getString("state");
        String printer = rs.getString("printer_status");
        return new KioskStatus(rs.getString("id"), state == null ? null : KioskState.valueOf(state), instant(rs, "state_since"),
                lastSeen, lastSeen != null && !lastSeen.isBefore(onlineSince),
                printer == null ? null : "OK".equals(printer), instant(rs, "printer_status_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return StoredTimes.instant(rs.getObject(column, LocalDateTime.class));
    }

}
