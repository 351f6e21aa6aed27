package id.kiosmandiri.help;

import id.kiosmandiri.database.DatabaseOutage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * For Prometheus: help requests waiting for staff in every branch, and how long the oldest has waited
 * (the alert in docs/operations.md). Read from the database, so every server node reports the same;
 * one indexed query per scrape, kept for a second so both gauges show the same moment. While the
 * database is away they read NaN, at once, rather than holding the scrape for the pool's timeout.
 */
@Component
class WaitingHelpMetrics implements MeterBinder {

    private static final Duration KEEP = Duration.ofSeconds(1);

    private record Snapshot(Instant at, double waiting, double oldestSeconds) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DatabaseOutage outage;
    private volatile Snapshot last = new Snapshot(Instant.MIN, Double.NaN, Double.NaN);

    WaitingHelpMetrics(JdbcTemplate jdbc, Clock clock, DatabaseOutage outage) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outage = outage;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kiosk.help.waiting", this, m -> m.now().waiting())
                .description("Help requests waiting for branch staff, all branches").register(registry);
        Gauge.builder("kiosk.help.oldest.waiting", this, m -> m.now().oldestSeconds()).baseUnit("seconds")
                .description("How long the oldest waiting help request has waited (0 when none waits)").register(registry);
    }

    private Snapshot now() {
        Instant now = clock.instant();
        Snapshot kept = last;
        if (now.isBefore(kept.at().plus(KEEP))) {
            return kept;
        }
        Snapshot fresh;
        if (outage.assumedAway()) {
            fresh = new Snapshot(now, Double.NaN, Double.NaN);
        } else {
            try {
                fresh = jdbc.queryForObject("SELECT COUNT(*), MIN(created_at) FROM assistance_request WHERE status = 'WAITING'",
                        (rs, i) -> {
                            LocalDateTime oldest = rs.getObject(2, LocalDateTime.class); // stored in UTC
                            double seconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(ZoneOffset.UTC), now).toSeconds());
                            return new Snapshot(now, rs.getLong(1), seconds);
                        });
            } catch (DataAccessException e) {
                outage.noted(e);
                fresh = new Snapshot(now, Double.NaN, Double.NaN);
            }
        }
        last = fresh;
        return fresh;
    }
}
