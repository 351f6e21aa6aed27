package id.kiosmandiri.session;

import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import id.kiosmandiri.database.ConflictRetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rollup tables {@code usage_daily} and {@code usage_hourly} (Flyway V9): counted up in the
 * transaction of each usage event, and recomputed from the raw events by {@link #rebuild}. Both
 * ways name metrics as {@link UsageMetrics} does and place an event in the local day and hour of
 * its kiosk's branch, so a rebuild gives exactly what was counted as the events arrived.
 */
@Component
class UsageRollups {

    /** The one family kept per hour as well as per day: sessions, for hours of the day and the heat map. */
    static final String HOURLY_FAMILY = UsageMetrics.SESSION;

    private static final String UPSERT = " ON DUPLICATE KEY UPDATE count = count + VALUES(count)";

    private final JdbcClient jdbc;
    private final KioskRegistry kiosks;
    private final TransactionTemplate rebuildTransaction;

    UsageRollups(JdbcTemplate jdbcTemplate, KioskRegistry kiosks, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.kiosks = kiosks;
        this.rebuildTransaction = ConflictRetryingTransactions.template(transactions);
        // the raw events are read without locks (consistent read); the guard row keeps writers out
        this.rebuildTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** A rollup row's key within one day or hour; sorted, so every transaction locks rows in one order. */
    private record Key(String scope, String metric) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = scope.compareTo(o.scope);
            return c != 0 ? c : metric.compareTo(o.metric);
        }
    }

    /**
     * Counts one event's metrics (usually one; a session's end also its duration) for the kiosk, its
     * branch and all, in the caller's transaction. Must run in a transaction: the guard's shared lock
     * and the row locks are held until it commits.
     */
    void add(String kioskId, Instant at, List<String> metrics) {
        Branch branch = kiosks.branchOf(kiosks.findOrDefault(kioskId));
        LocalDateTime local = at.atZone(branch.zone()).toLocalDateTime();
        UsageScope kiosk = UsageScope.kiosk(kioskId);
        UsageScope ofBranch = UsageScope.branch(branch.code());
        List<UsageScope> scopes = List.of(UsageScope.all(), ofBranch, kiosk);

        TreeMap<Key, Long> daily = new TreeMap<>();
        TreeMap<Key, Long> hourly = new TreeMap<>();
        for (String metric : metrics) {
            String family = UsageMetrics.family(metric);
            for (UsageScope scope : scopes) {
                daily.merge(new Key(scope.key(), metric), 1L, Long::sum);
                if (family.equals(HOURLY_FAMILY)) {
                    hourly.merge(new Key(scope.key(), metric), 1L, Long::sum);
                }
            }
            if (family.equals(UsageMetrics.SESSION)) {
                daily.merge(new Key(UsageScope.all().key(), UsageMetrics.part(ofBranch)), 1L, Long::sum);
                daily.merge(new Key(ofBranch.key(), UsageMetrics.part(kiosk)), 1L, Long::sum);
            }
        }
        // shared: many events at once, but none while a rebuild holds it
        jdbc.sql("SELECT id FROM usage_rollup_guard WHERE id = 1 LOCK IN SHARE MODE").query(Integer.class).optional();
        upsert("usage_daily", "day", local.toLocalDate(), daily);
        upsert("usage_hourly", "hour", local.truncatedTo(ChronoUnit.HOURS), hourly);
    }

    /** One statement per table, rows in key order: two events never wait for each other in a circle. */
    private void upsert(String table, String timeColumn, Object time, TreeMap<Key, Long> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(rows.size() * 4);
        rows.forEach((key, count) -> {
            params.add(key.scope());
            params.add(time);
            params.add(key.metric());
            params.add(count);
        });
        String values = String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?)"));
        jdbc.sql("INSERT INTO " + table + " (scope, " + timeColumn + ", metric, count) VALUES " + values + UPSERT)
                .params(params).update();
    }

    /** Where a kiosk's events are counted: its branch and that branch's offset from UTC. */
    private record Placement(String kioskId, String branchCode, int offsetMinutes) {
    }

    /**
     * Deletes the rollups of the local days {@code from}..{@code to} in every scope and counts them
     * again from {@code usage_event} (every metric but durations) and {@code kiosk_session} (the
     * durations of sessions that ended), one day per transaction, in set-based SQL over all kiosks at
     * once: a temporary table places each kiosk in its branch and zone offset (Indonesian zones have
     * had fixed offsets since 1964, so {@code DATE_ADD(occurred_at, INTERVAL offset MINUTE)} needs no
     * time-zone tables in MariaDB; a zone that changes its offset within the days is refused).
     * Events of a kiosk the configuration does not know count for the default kiosk's branch, as
     * {@link KioskRegistry#findOrDefault} places them when they arrive.
     *
     * @return the number of raw usage events read
     */
    long rebuild(LocalDate from, LocalDate to) {
        KioskConfig fallback = kiosks.defaultKiosk();
        Branch fallbackBranch = kiosks.branchOf(fallback);
        Instant earliest = from.atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant();
        Instant latest = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<ZoneId, Integer> offsets = new LinkedHashMap<>();
        for (Branch b : kiosks.branches()) {
            offsets.computeIfAbsent(b.zone(), zone -> fixedOffsetMinutes(zone, earliest, latest));
        }
        offsets.computeIfAbsent(fallbackBranch.zone(), zone -> fixedOffsetMinutes(zone, earliest, latest));
        List<Placement> placements = kiosks.kiosks().stream()
                .map(k -> {
                    Branch b = kiosks.branchOf(k);
                    return new Placement(k.id(), b.code(), offsets.get(b.zone()));
                })
                .toList();
        int fallbackOffset = offsets.get(fallbackBranch.zone());
        int minOffset = offsets.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int maxOffset = offsets.values().stream().mapToInt(Integer::intValue).max().orElseThrow();

        long read = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate thisDay = day;
            read += rebuildTransaction.execute(status -> rebuildDay(thisDay, placements, fallbackBranch.code(), fallbackOffset,
                    minOffset, maxOffset));
        }
        return read;
    }

    private static int fixedOffsetMinutes(ZoneId zone, Instant from, Instant to) {
        var rules = zone.getRules();
        var transition = rules.nextTransition(from);
        if (transition != null && transition.getInstant().isBefore(to)) {
            throw new IllegalStateException("time zone " + zone + " changes its offset at " + transition.getInstant()
                    + ": the rollups cannot be rebuilt across it with a fixed offset");
        }
        return rules.getOffset(from).getTotalSeconds() / 60;
    }

    private long rebuildDay(LocalDate day, List<Placement> placements, String fallbackBranch, int fallbackOffset,
                            int minOffset, int maxOffset) {
        LocalDateTime localFrom = day.atStartOfDay();
        LocalDateTime localTo = day.plusDays(1).atStartOfDay();
        // the UTC instants that can fall on this local day in some zone
        LocalDateTime utcFrom = localFrom.minusMinutes(maxOffset);
        LocalDateTime utcTo = localTo.minusMinutes(minOffset);

        jdbc.sql("SELECT id FROM usage_rollup_guard WHERE id = 1 FOR UPDATE").query(Integer.class).optional();
        jdbc.sql("DELETE FROM usage_daily WHERE day = ?").param(day).update();
        jdbc.sql("DELETE FROM usage_hourly WHERE hour >= ? AND hour < ?").params(localFrom, localTo).update();

        jdbc.sql("DROP TEMPORARY TABLE IF EXISTS usage_rebuild_kiosk").update();
        jdbc.sql("DROP TEMPORARY TABLE IF EXISTS usage_rebuild_count").update();
        jdbc.sql("""
                CREATE TEMPORARY TABLE usage_rebuild_kiosk (
                    kiosk_id        VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL PRIMARY KEY,
                    branch_code     VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
                    offset_minutes  INT NOT NULL
                )""").update();
        for (int i = 0; i < placements.size(); i += 1000) {
            List<Placement> chunk = placements.subList(i, Math.min(placements.size(), i + 1000));
            List<Object> params = new ArrayList<>();
            chunk.forEach(p -> {
                params.add(p.kioskId());
                params.add(p.branchCode());
                params.add(p.offsetMinutes());
            });
            jdbc.sql("INSERT INTO usage_rebuild_kiosk (kiosk_id, branch_code, offset_minutes) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)"))).params(params).update();
        }
        // counts per kiosk, local hour and metric: every rollup row of the day is a sum of these
        jdbc.sql("""
                CREATE TEMPORARY TABLE usage_rebuild_count (
                    kiosk_id  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
                    hour      DATETIME    NOT NULL,
                    metric    VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
                    n         BIGINT      NOT NULL
                )""").update();
        // UsageMetrics.of in SQL: LOGIN -> session, SESSION_END -> end, any other type stays; ':' detail; 80 characters
        jdbc.sql("""
                INSERT INTO usage_rebuild_count (kiosk_id, hour, metric, n)
                SELECT x.kiosk_id, CAST(DATE_FORMAT(x.local_time, '%Y-%m-%d %H:00:00') AS DATETIME), x.metric, COUNT(*)
                FROM (
                    SELECT CONVERT(e.kiosk_id USING utf8mb4) COLLATE utf8mb4_nopad_bin AS kiosk_id,
                           DATE_ADD(e.occurred_at, INTERVAL COALESCE(k.offset_minutes, :fallbackOffset) MINUTE) AS local_time,
                           CONVERT(LEFT(CONCAT(
                               CASE CONVERT(e.event_type USING utf8mb4) COLLATE utf8mb4_nopad_bin
                                   WHEN :startEvent THEN :sessionFamily
                                   WHEN :endEvent THEN :endFamily
                                   ELSE e.event_type END,
                               IF(e.detail IS NULL, '', CONCAT(':', e.detail))), :maxLength) USING utf8mb4)
                               COLLATE utf8mb4_nopad_bin AS metric
                    FROM usage_event e
                    LEFT JOIN usage_rebuild_kiosk k ON k.kiosk_id = CONVERT(e.kiosk_id USING utf8mb4) COLLATE utf8mb4_nopad_bin
                    WHERE e.occurred_at >= :utcFrom AND e.occurred_at < :utcTo
                ) x
                WHERE x.local_time >= :localFrom AND x.local_time < :localTo
                GROUP BY x.kiosk_id, 2, x.metric""")
                .param("fallbackOffset", fallbackOffset)
                .param("startEvent", UsageMetrics.SESSION_START_EVENT)
                .param("sessionFamily", UsageMetrics.SESSION)
                .param("endEvent", UsageMetrics.SESSION_END_EVENT)
                .param("endFamily", UsageMetrics.END)
                .param("maxLength", UsageMetrics.MAX_LENGTH)
                .param("utcFrom", utcFrom).param("utcTo", utcTo)
                .param("localFrom", localFrom).param("localTo", localTo)
                .update();
        Long events = jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM usage_rebuild_count").query(Long.class).single();
        // UsageMetrics.duration in SQL, at the session's end (the instant of its SESSION_END event)
        jdbc.sql("""
                INSERT INTO usage_rebuild_count (kiosk_id, hour, metric, n)
                SELECT x.kiosk_id, CAST(DATE_FORMAT(x.local_time, '%Y-%m-%d %H:00:00') AS DATETIME), x.metric, COUNT(*)
                FROM (
                    SELECT CONVERT(s.kiosk_id USING utf8mb4) COLLATE utf8mb4_nopad_bin AS kiosk_id,
                           DATE_ADD(s.ended_at, INTERVAL COALESCE(k.offset_minutes, :fallbackOffset) MINUTE) AS local_time,
                           CONVERT(CONCAT(:durationFamily, ':', CASE
                               WHEN s.duration_ms <= :fineUpTo THEN GREATEST(1, (s.duration_ms + :fine - 1) DIV :fine) * :fineSeconds
                               WHEN s.duration_ms <= :coarseUpTo THEN (s.duration_ms + :coarse - 1) DIV :coarse * :coarseSeconds
                               ELSE :longer END) USING utf8mb4) COLLATE utf8mb4_nopad_bin AS metric
                    FROM kiosk_session s
                    LEFT JOIN usage_rebuild_kiosk k ON k.kiosk_id = CONVERT(s.kiosk_id USING utf8mb4) COLLATE utf8mb4_nopad_bin
                    WHERE s.ended_at >= :utcFrom AND s.ended_at < :utcTo AND s.duration_ms IS NOT NULL
                ) x
                WHERE x.local_time >= :localFrom AND x.local_time < :localTo
                GROUP BY x.kiosk_id, 2, x.metric""")
                .param("fallbackOffset", fallbackOffset)
                .param("durationFamily", UsageMetrics.DURATION)
                .param("fineUpTo", UsageMetrics.FINE_UP_TO.toMillis())
                .param("fine", UsageMetrics.FINE_STEP.toMillis())
                .param("fineSeconds", UsageMetrics.FINE_STEP.toSeconds())
                .param("coarseUpTo", UsageMetrics.COARSE_UP_TO.toMillis())
                .param("coarse", UsageMetrics.COARSE_STEP.toMillis())
                .param("coarseSeconds", UsageMetrics.COARSE_STEP.toSeconds())
                .param("longer", UsageMetrics.LONGER)
                .param("utcFrom", utcFrom).param("utcTo", utcTo)
                .param("localFrom", localFrom).param("localTo", localTo)
                .update();

        String branch = "CONCAT('branch:', COALESCE(k.branch_code, :fallbackBranch))";
        String join = " FROM usage_rebuild_count c LEFT JOIN usage_rebuild_kiosk k ON k.kiosk_id = c.kiosk_id";
        String hourly = " WHERE c.metric LIKE CONCAT(:hourly, ':%')";
        String sessions = " WHERE c.metric LIKE CONCAT(:session, ':%')";
        List<String> statements = List.of(
                "INSERT INTO usage_hourly (scope, hour, metric, count) SELECT CONCAT('kiosk:', c.kiosk_id), c.hour, c.metric, SUM(c.n)"
                        + join + hourly + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_hourly (scope, hour, metric, count) SELECT " + branch + ", c.hour, c.metric, SUM(c.n)"
                        + join + hourly + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_hourly (scope, hour, metric, count) SELECT 'all', c.hour, c.metric, SUM(c.n)"
                        + join + hourly + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_daily (scope, day, metric, count) SELECT CONCAT('kiosk:', c.kiosk_id), DATE(c.hour), c.metric, SUM(c.n)"
                        + join + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_daily (scope, day, metric, count) SELECT " + branch + ", DATE(c.hour), c.metric, SUM(c.n)"
                        + join + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_daily (scope, day, metric, count) SELECT 'all', DATE(c.hour), c.metric, SUM(c.n)"
                        + join + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_daily (scope, day, metric, count) SELECT " + branch
                        + ", DATE(c.hour), CONCAT(:part, ':kiosk:', c.kiosk_id), SUM(c.n)" + join + sessions + " GROUP BY 1, 2, 3",
                "INSERT INTO usage_daily (scope, day, metric, count) SELECT 'all', DATE(c.hour), CONCAT(:part, ':', " + branch
                        + "), SUM(c.n)" + join + sessions + " GROUP BY 1, 2, 3");
        for (String sql : statements) {
            var statement = jdbc.sql(sql);
            if (sql.contains(":fallbackBranch")) {
                statement = statement.param("fallbackBranch", fallbackBranch);
            }
            if (sql.contains(":hourly")) {
                statement = statement.param("hourly", HOURLY_FAMILY);
            }
            if (sql.contains(":session")) {
                statement = statement.param("session", UsageMetrics.SESSION);
            }
            if (sql.contains(":part")) {
                statement = statement.param("part", UsageMetrics.PART);
            }
            statement.update();
        }
        jdbc.sql("DROP TEMPORARY TABLE usage_rebuild_count").update();
        jdbc.sql("DROP TEMPORARY TABLE usage_rebuild_kiosk").update();
        return events == null ? 0 : events;
    }
}
