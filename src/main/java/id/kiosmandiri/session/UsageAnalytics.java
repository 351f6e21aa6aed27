package id.kiosmandiri.session;

import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Usage figures for the staff dashboard, read from the rollup tables (per kiosk, per branch and for
 * all kiosks, by hour and by day of the branch's local time), which the usage records keep up to
 * date as events arrive. Never scans the raw events, except to rebuild the rollups.
 * Who may ask for which scope is the staff module's business.
 *
 * <p>A report is two range reads in one read-only snapshot: the scope's daily totals per metric
 * ({@code usage_daily}) and its sessions per local hour ({@code usage_hourly}); everything else is
 * computed from those after the connection went back to the pool.
 */
@Service
public class UsageAnalytics {

    /** The longest range one report covers. */
    public static final int MAX_DAYS = 366;

    /**
     * Session lengths are counted in buckets up to this; a longer session is "at least this long", so
     * a {@link UsageReport.DurationSummary} median or p90 equal to it means "this long or longer".
     */
    public static final Duration LONGEST_MEASURED = UsageMetrics.COARSE_UP_TO;

    /** Families that have figures of their own in the report; every other one is a feature. */
    private static final Set<String> NOT_FEATURES = Set.of(UsageMetrics.SESSION, UsageMetrics.LOGIN_ATTEMPT,
            UsageMetrics.LOGIN, UsageMetrics.LOCKOUT, UsageMetrics.END, UsageMetrics.DURATION, UsageMetrics.PART);

    /** Sessions and failed logins today at one kiosk, today being the kiosk's own local day. */
    public record KioskToday(long sessions, long failedLogins) {
    }

    private final JdbcClient jdbc;
    private final KioskRegistry kiosks;
    private final UsageRollups rollups;
    private final KioskTime kioskTime;
    private final TransactionTemplate snapshot;

    UsageAnalytics(JdbcTemplate jdbcTemplate, KioskRegistry kiosks, UsageRollups rollups, KioskTime kioskTime,
                   PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.kiosks = kiosks;
        this.rollups = rollups;
        this.kioskTime = kioskTime;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true); // repeatable read: the two reads of a report see the same events
    }

    private record MetricSum(String metric, long count) {
    }

    private record HourSum(LocalDateTime hour, long sessions) {
    }

    private record Rows(List<MetricSum> totals, List<HourSum> hours) {
    }

    private record TodayRow(String scope, String metric, long count) {
    }

    /**
     * @param from first day, included
     * @param to   last day, included; at most {@link #MAX_DAYS} days after {@code from}
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is too long
     */
    public UsageReport report(UsageScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("A usage report covers at most " + MAX_DAYS + " days after its first day: "
                    + from + " to " + to + " is " + ChronoUnit.DAYS.between(from, to) + " days after it");
        }
        String key = scope.key();
        // the hours up to the next day's start; LocalDate.MAX has no next day (nor any day after it, below)
        LocalDateTime end = to.equals(LocalDate.MAX) ? LocalDateTime.MAX : to.plusDays(1).atStartOfDay();
        Rows rows = snapshot.execute(status -> new Rows(
                jdbc.sql("SELECT metric, SUM(count) FROM usage_daily WHERE scope = ? AND day BETWEEN ? AND ? GROUP BY metric")
                        .params(key, from, to)
                        .query((rs, n) -> new MetricSum(rs.getString(1), rs.getLong(2))).list(),
                jdbc.sql("SELECT hour, SUM(count) FROM usage_hourly WHERE scope = ? AND hour >= ? AND hour < ? "
                                + "AND metric LIKE CONCAT(?, ':%') GROUP BY hour")
                        .params(key, from.atStartOfDay(), end, UsageMetrics.SESSION)
                        .query((rs, n) -> new HourSum(rs.getObject(1, LocalDateTime.class), rs.getLong(2))).list()));

        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (long day = from.toEpochDay(); day <= to.toEpochDay(); day++) {
            perDay.put(LocalDate.ofEpochDay(day), 0L);
        }
        long[] perHour = new long[24];
        long[][] byWeekday = new long[7][24];
        long sessions = 0;
        for (HourSum h : rows.hours()) {
            perDay.merge(h.hour().toLocalDate(), h.sessions(), Long::sum);
            perHour[h.hour().getHour()] += h.sessions();
            byWeekday[h.hour().getDayOfWeek().getValue() - 1][h.hour().getHour()] += h.sessions();
            sessions += h.sessions();
        }

        Map<String, Map<String, Long>> families = new HashMap<>();
        for (MetricSum m : rows.totals()) {
            String detail = UsageMetrics.detail(m.metric());
            families.computeIfAbsent(UsageMetrics.family(m.metric()), f -> new HashMap<>())
                    .merge(detail == null ? "" : detail, m.count(), Long::sum);
        }
        Map<String, Long> attempts = families.getOrDefault(UsageMetrics.LOGIN_ATTEMPT, Map.of());
        Map<String, Long> accepted = families.getOrDefault(UsageMetrics.LOGIN, Map.of());
        List<UsageReport.LoginCount> logins = new ArrayList<>();
        for (LoginMethod method : LoginMethod.values()) {
            logins.add(new UsageReport.LoginCount(method, accepted.getOrDefault(method.name(), 0L),
                    failed(attempts.getOrDefault(method.name(), 0L), accepted.getOrDefault(method.name(), 0L))));
        }
        long lockouts = families.getOrDefault(UsageMetrics.LOCKOUT, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> ends = families.getOrDefault(UsageMetrics.END, Map.of());
        List<UsageReport.ReasonCount> endReasons = new ArrayList<>();
        for (SessionEndReason reason : SessionEndReason.values()) {
            endReasons.add(new UsageReport.ReasonCount(reason, ends.getOrDefault(reason.name(), 0L)));
        }
        List<UsageReport.MetricCount> features = rows.totals().stream()
                .filter(m -> !NOT_FEATURES.contains(UsageMetrics.family(m.metric())))
                .map(m -> new UsageReport.MetricCount(m.metric(), m.count()))
                .sorted(Comparator.comparingLong(UsageReport.MetricCount::count).reversed()
                        .thenComparing(UsageReport.MetricCount::metric))
                .toList();

        return new UsageReport(scope, from, to, sessions,
                perDay.entrySet().stream().map(e -> new UsageReport.DayCount(e.getKey(), e.getValue())).toList(),
                Arrays.stream(perHour).boxed().toList(),
                Arrays.stream(byWeekday).map(day -> Arrays.stream(day).boxed().toList()).toList(),
                List.copyOf(logins), lockouts, features, List.copyOf(endReasons),
                durations(families.getOrDefault(UsageMetrics.DURATION, Map.of())),
                parts(scope, families.getOrDefault(UsageMetrics.PART, Map.of())));
    }

    /**
     * Failed logins of a method: its attempts (counted before the PIN was checked) minus its accepted
     * PINs. Never below zero: attempts recorded before V9 carry no method and are in no method's figure.
     */
    private static long failed(long attempts, long accepted) {
        return Math.max(0, attempts - accepted);
    }

    /** Median and 90th percentile by nearest rank: the upper edge of the bucket that holds that rank. */
    private static UsageReport.DurationSummary durations(Map<String, Long> buckets) {
        TreeMap<Duration, Long> byEdge = new TreeMap<>();
        buckets.forEach((detail, count) -> UsageMetrics.durationEdge(detail).ifPresent(edge -> byEdge.merge(edge, count, Long::sum)));
        long measured = byEdge.values().stream().mapToLong(Long::longValue).sum();
        if (measured == 0) {
            return new UsageReport.DurationSummary(0, null, null);
        }
        long medianRank = (measured + 1) / 2;     // ceil(n / 2)
        long p90Rank = (measured * 9 + 9) / 10;   // ceil(9n / 10)
        Duration median = null;
        Duration p90 = null;
        long seen = 0;
        for (Map.Entry<Duration, Long> bucket : byEdge.entrySet()) {
            seen += bucket.getValue();
            if (median == null && seen >= medianRank) {
                median = bucket.getKey();
            }
            if (seen >= p90Rank) {
                p90 = bucket.getKey();
                break;
            }
        }
        return new UsageReport.DurationSummary(measured, median, p90);
    }

    /** The kiosks of a branch or the branches of all, as configured, with zeros; and any part the rollups name besides. */
    private List<UsageReport.PartCount> parts(UsageScope scope, Map<String, Long> counted) {
        Map<String, UsageScope> parts = new LinkedHashMap<>();
        switch (scope.level()) {
            case KIOSK -> {
                return List.of();
            }
            case BRANCH -> kiosks.kiosks().stream()
                    .filter(k -> k.branchCode().equals(scope.code()))
                    .forEach(k -> parts.put(UsageScope.kiosk(k.id()).key(), UsageScope.kiosk(k.id())));
            case ALL -> kiosks.branches().forEach(b -> parts.put(UsageScope.branch(b.code()).key(), UsageScope.branch(b.code())));
        }
        counted.keySet().forEach(key -> {
            if (!parts.containsKey(key)) {
                int colon = key.indexOf(':');
                if (colon > 0 && colon < key.length() - 1) {
                    String code = key.substring(colon + 1);
                    switch (key.substring(0, colon)) {
                        case "kiosk" -> parts.put(key, UsageScope.kiosk(code));
                        case "branch" -> parts.put(key, UsageScope.branch(code));
                        default -> { } // no part of this scope
                    }
                }
            }
        });
        return parts.entrySet().stream()
                .map(e -> new UsageReport.PartCount(e.getValue(), counted.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(UsageReport.PartCount::sessions).reversed()
                        .thenComparing(p -> p.part().key()))
                .toList();
    }

    /** For each kiosk id given: its counts today (zeros for a kiosk with none). */
    public Map<String, KioskToday> today(Collection<String> kioskIds) {
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        for (String id : new LinkedHashSet<>(kioskIds)) {
            LocalDate today = kioskTime.today(id);
            byDay.computeIfAbsent(today, d -> new ArrayList<>()).add(UsageScope.kiosk(id).key());
        }
        List<TodayRow> rows = new ArrayList<>();
        byDay.forEach((day, scopes) -> rows.addAll(jdbc.sql("""
                        SELECT scope, metric, count FROM usage_daily
                        WHERE scope IN (:scopes) AND day = :day
                          AND (metric LIKE :session OR metric LIKE :attempt OR metric LIKE :login)""")
                .param("scopes", scopes).param("day", day)
                .param("session", UsageMetrics.SESSION + ":%")
                .param("attempt", UsageMetrics.LOGIN_ATTEMPT + ":%")
                .param("login", UsageMetrics.LOGIN + ":%")
                .query((rs, n) -> new TodayRow(rs.getString(1), rs.getString(2), rs.getLong(3))).list()));

        Map<String, Map<String, Long>> byScope = new HashMap<>();
        rows.forEach(r -> byScope.computeIfAbsent(r.scope(), s -> new HashMap<>()).merge(r.metric(), r.count(), Long::sum));
        Map<String, KioskToday> result = new LinkedHashMap<>();
        for (String id : kioskIds) {
            Map<String, Long> metrics = byScope.getOrDefault(UsageScope.kiosk(id).key(), Map.of());
            long sessions = 0;
            long failed = 0;
            for (Map.Entry<String, Long> m : metrics.entrySet()) {
                if (UsageMetrics.family(m.getKey()).equals(UsageMetrics.SESSION)) {
                    sessions += m.getValue();
                }
            }
            for (LoginMethod method : LoginMethod.values()) {
                failed += failed(metrics.getOrDefault(UsageMetrics.LOGIN_ATTEMPT + ":" + method.name(), 0L),
                        metrics.getOrDefault(UsageMetrics.LOGIN + ":" + method.name(), 0L));
            }
            result.put(id, new KioskToday(sessions, failed));
        }
        return result;
    }

    /**
     * Recomputes the rollups of the given days (every scope) from the raw usage events and kiosk
     * sessions, replacing what was there: after a bug fix, a restore, or a change of metric.
     * One transaction per local day; events arriving for a day while it is rebuilt wait for it and
     * are then counted once.
     *
     * @return the number of raw events read
     */
    public long rebuild(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return rollups.rebuild(from, to);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A range of days needs a first and a last day: " + from + " to " + to);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last day " + to + " is before the first day " + from);
        }
    }
}
