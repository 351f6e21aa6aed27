package id.kiosmandiri.session;

import com.zaxxer.hikari.HikariDataSource;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff dashboard's queries on a year of usage at 1,000 kiosks in 300 branches (WIB, WITA and
 * WIT), in an embedded MariaDB of its own (target/mariadb-usage-bench, wiped at start): raw events
 * bulk-loaded, rollups built by {@link UsageAnalytics#rebuild}, then the report for one kiosk, one
 * branch and all branches over the year and {@code today} for a branch's and for every kiosk, each
 * timed warm (median of several runs). Prints a table and writes it to
 * {@code target/benchmark/usage-analytics.txt}. Target: every query under 300 ms.
 *
 * <p>Run with {@code ./mvnw verify -Pbenchmark -Dtest=UsageAnalyticsBenchmark} (outside the normal
 * build); {@code -Dbenchmark.kiosks=N}, {@code -Dbenchmark.days=N} change the size. Volumes: 15-60
 * sessions per kiosk and working day (Monday to Friday, 08:00-16:00 local), 4-8 events each, a few
 * failed logins, lockouts and refused inputs besides. It never asserts a time (the machine is
 * shared); it checks that the figures add up to the raw rows.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "kiosk.embedded-db.dir=target/mariadb-usage-bench",
        "kiosk.embedded-db.wipe-on-start=true",
        "kiosk.demo.members=0",
        "kiosk.default-id=K0001"
})
@ActiveProfiles("test")
class UsageAnalyticsBenchmark {

    private static final int KIOSKS = Integer.getInteger("benchmark.kiosks", 1000);
    private static final int BRANCHES = Math.max(1, KIOSKS * 3 / 10);
    private static final int DAYS = Integer.getInteger("benchmark.days", 365);
    private static final long SEED = 20261130L;
    private static final Path WORK = Path.of("target", "usage-bench");
    private static final int TIMED_RUNS = 9;

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** Things a member does in a session besides logging in and out, roughly as often as members do them. */
    private static final String[][] ACTIONS = {
            {"feature", "balance"}, {"feature", "balance"}, {"feature", "balance"}, {"feature", "contributions"},
            {"feature", "contributions"}, {"feature", "bills"}, {"feature", "print-menu"}, {"receipt-printed", "BALANCE"},
            {"receipt-printed", "STATEMENT"}, {"receipt-failed", "BALANCE PAPER_OUT"}};
    private static final LoginMethod[] METHODS = {LoginMethod.CARD, LoginMethod.CARD, LoginMethod.CARD, LoginMethod.CARD,
            LoginMethod.CARD, LoginMethod.NIK, LoginMethod.NIK, LoginMethod.NIK, LoginMethod.KPJ, LoginMethod.KPJ};

    /** 300 branches (7 in 10 WIB, 2 WITA, 1 WIT) with 3 or 4 kiosks each, as kiosk-config files the registry reads at start-up. */
    @DynamicPropertySource
    static void kioskConfig(DynamicPropertyRegistry registry) throws IOException {
        Path dir = WORK.resolve("kiosk-config");
        Path kiosks = dir.resolve("kiosks");
        if (Files.exists(kiosks)) {
            try (var old = Files.list(kiosks)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(kiosks);
        StringBuilder branches = new StringBuilder("branches:\n");
        for (int b = 0; b < BRANCHES; b++) {
            ZoneId zone = b % 10 < 7 ? WIB : b % 10 < 9 ? WITA : WIT;
            branches.append("  - code: ").append(branchCode(b)).append("\n    name: Kantor Cabang ").append(b + 1)
                    .append("\n    city: Kota ").append(b + 1).append("\n    zone: ").append(zone.getId()).append('\n');
        }
        Files.writeString(dir.resolve("branches.yml"), branches);
        for (int k = 0; k < KIOSKS; k++) {
            Files.writeString(kiosks.resolve(kioskId(k) + ".yml"), "id: " + kioskId(k) + "\nbranch: " + branchCode(k % BRANCHES)
                    + "\nname: Kios " + (k + 1) + "\nlocation: Lobi\nprinter:\n  type: none\ndefault-language: id\n");
        }
        registry.add("kiosk.config-dir", dir::toString);
    }

    private static String branchCode(int b) {
        return String.format(Locale.ROOT, "BR%03d", b + 1);
    }

    private static String kioskId(int k) {
        return String.format(Locale.ROOT, "K%04d", k + 1);
    }

    @Autowired
    UsageAnalytics analytics;
    @Autowired
    KioskRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void aYearOfAThousandKiosks() throws Exception {
        assertThat(registry.kiosks()).hasSize(KIOSKS);
        LocalDate last = LocalDate.now(clock.withZone(WIB));
        LocalDate first = last.minusDays(DAYS - 1);

        // 1. the raw events, a month at a time: CSV files, LOAD DATA LOCAL INFILE
        long loadStart = System.nanoTime();
        Generated generated = load(first, last);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        // 2. the rollups, by the application's own rebuild
        Duration dbCpuBefore = databaseCpu();
        long rebuildStart = System.nanoTime();
        long read = analytics.rebuild(first.minusDays(1), last);
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        Duration rebuildDbCpu = databaseCpu().minus(dbCpuBefore);
        assertThat(read).as("every raw event read once").isEqualTo(generated.events());

        long daily = count("SELECT COUNT(*) FROM usage_daily");
        long hourly = count("SELECT COUNT(*) FROM usage_hourly");
        jdbc.execute("ANALYZE TABLE usage_daily, usage_hourly");

        // 3. the dashboard's queries, warm
        KioskConfig kiosk = registry.kiosks().stream().min(Comparator.comparing(KioskConfig::id)).orElseThrow();
        Branch branch = registry.branchOf(kiosk);
        List<String> branchKiosks = registry.kiosks().stream().filter(k -> k.branchCode().equals(branch.code()))
                .map(KioskConfig::id).sorted().toList();
        List<String> allKiosks = registry.kiosks().stream().map(KioskConfig::id).sorted().toList();
        LocalDate yearFrom = last.minusYears(1).plusDays(1);
        List<Timing> timings = List.of(
                time("report, one kiosk, one year", () -> analytics.report(UsageScope.kiosk(kiosk.id()), yearFrom, last)),
                time("report, one branch (" + branchKiosks.size() + " kiosks), one year",
                        () -> analytics.report(UsageScope.branch(branch.code()), yearFrom, last)),
                time("report, all branches, one year", () -> analytics.report(UsageScope.all(), yearFrom, last)),
                time("report, all branches, last 30 days", () -> analytics.report(UsageScope.all(), last.minusDays(29), last)),
                time("today, a branch's kiosks", () -> analytics.today(branchKiosks)),
                time("today, all " + allKiosks.size() + " kiosks", () -> analytics.today(allKiosks)));

        // the figures add up to the raw rows
        UsageReport all = analytics.report(UsageScope.all(), first, last);
        assertThat(all.sessions()).isEqualTo(generated.sessions()).isEqualTo(count("SELECT COUNT(*) FROM kiosk_session"));
        assertThat(all.sessionsByPart().stream().mapToLong(UsageReport.PartCount::sessions).sum()).isEqualTo(generated.sessions());
        assertThat(all.durations().measured()).isEqualTo(generated.sessions());
        assertThat(all.lockouts()).isEqualTo(generated.lockouts());
        assertThat(all.logins().stream().mapToLong(UsageReport.LoginCount::succeeded).sum()).isEqualTo(generated.sessions());
        assertThat(all.logins().stream().mapToLong(UsageReport.LoginCount::failed).sum()).isEqualTo(generated.failedLogins());
        UsageReport ofBranch = analytics.report(UsageScope.branch(branch.code()), first, last);
        assertThat(ofBranch.sessions()).isEqualTo(count("SELECT COUNT(*) FROM kiosk_session WHERE kiosk_id IN ("
                + String.join(", ", branchKiosks.stream().map(id -> "'" + id + "'").toList()) + ")"));
        assertThat(analytics.report(UsageScope.kiosk(kiosk.id()), first, last).sessions())
                .isEqualTo(count("SELECT COUNT(*) FROM kiosk_session WHERE kiosk_id = '" + kiosk.id() + "'"));

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "=== Usage analytics benchmark (%s) ===%n", LocalDateTime.now(clock).withNano(0)));
        out.append(String.format(Locale.ROOT, "kiosks / branches          %,d / %,d (WIB, WITA, WIT)%n", registry.kiosks().size(),
                registry.branches().size()));
        out.append(String.format(Locale.ROOT, "days                       %s to %s (%d)%n", first, last, DAYS));
        out.append(String.format(Locale.ROOT, "kiosk sessions             %,d%n", generated.sessions()));
        out.append(String.format(Locale.ROOT, "usage events               %,d%n", generated.events()));
        out.append(String.format(Locale.ROOT, "bulk load                  %.1f s, %,.0f rows/s (sessions and events, CSV + LOAD DATA)%n",
                loadSeconds, (generated.sessions() + generated.events()) / loadSeconds));
        out.append(String.format(Locale.ROOT, "rebuild (whole range)      %.1f s, %,.0f events/s (MariaDB CPU %.1f s)%n", rebuildSeconds,
                read / rebuildSeconds, rebuildDbCpu.toMillis() / 1000.0));
        out.append(String.format(Locale.ROOT, "usage_daily rows           %,d%n", daily));
        out.append(String.format(Locale.ROOT, "usage_hourly rows          %,d (sessions only; every metric per hour would be %,d rows)%n",
                hourly, generated.everyMetricHourly()));
        out.append(String.format(Locale.ROOT, "%-44s %9s %9s %9s %9s%n", "query (warm, " + TIMED_RUNS + " runs)", "median ms", "min ms",
                "max ms", "rows"));
        for (Timing t : timings) {
            out.append(String.format(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %9s%n", t.name(), t.median(), t.min(), t.max(), t.rows()));
        }
        out.append(String.format(Locale.ROOT, "(rows: rollup rows in the report's two ranges, daily and hourly)%n"));
        out.append(String.format(Locale.ROOT, "server settings            %s%n", serverSettings()));
        System.out.println();
        System.out.println(out);
        Path report = Path.of("target", "benchmark", "usage-analytics.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
    }

    private record Timing(String name, double median, double min, double max, String rows) {
    }

    private Timing time(String name, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        double[] ms = new double[TIMED_RUNS];
        Object result = null;
        for (int i = 0; i < TIMED_RUNS; i++) {
            long start = System.nanoTime();
            result = query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        String rows = result instanceof UsageReport r ? rowsRead(r) : "";
        return new Timing(name, ms[TIMED_RUNS / 2], ms[0], ms[TIMED_RUNS - 1], rows);
    }

    /** How many rollup rows the report's two reads cover. */
    private String rowsRead(UsageReport r) {
        long daily = count("SELECT COUNT(*) FROM usage_daily WHERE scope = '" + r.scope().key() + "' AND day BETWEEN '"
                + r.from() + "' AND '" + r.to() + "'");
        long hourly = count("SELECT COUNT(*) FROM usage_hourly WHERE scope = '" + r.scope().key() + "' AND hour >= '"
                + r.from() + "' AND hour < '" + r.to().plusDays(1) + "'");
        return String.format(Locale.ROOT, "%,d", daily + hourly);
    }

    private record Generated(long sessions, long events, long lockouts, long failedLogins, long everyMetricHourly) {
    }

    /**
     * Generates and loads the year a month at a time (files of a few hundred MB at most), sessions
     * before their events, foreign-key and unique checks off (the ids are made here, in order).
     */
    private Generated load(LocalDate first, LocalDate last) throws Exception {
        Files.createDirectories(WORK);
        HikariDataSource hikari = (HikariDataSource) dataSource;
        String url = hikari.getJdbcUrl() + (hikari.getJdbcUrl().contains("?") ? "&" : "?") + "allowLocalInfile=true";
        SplittableRandom random = new SplittableRandom(SEED);
        List<KioskConfig> kiosks = registry.kiosks().stream().sorted(Comparator.comparing(KioskConfig::id)).toList();
        long[] totals = new long[5]; // sessions, events, lockouts, failed logins, every-metric hourly rows
        long[] ids = {0, 0};          // last session id, last event id
        try (Connection c = DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword());
             Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
            LocalDate monthStart = first;
            while (!monthStart.isAfter(last)) {
                LocalDate monthEnd = monthStart.plusMonths(1).withDayOfMonth(1).minusDays(1);
                if (monthEnd.isAfter(last)) {
                    monthEnd = last;
                }
                Path sessionsFile = WORK.resolve("sessions.csv");
                Path eventsFile = WORK.resolve("events.csv");
                try (BufferedWriter sessions = Files.newBufferedWriter(sessionsFile, StandardCharsets.UTF_8);
                     BufferedWriter events = Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8)) {
                    for (LocalDate day = monthStart; !day.isAfter(monthEnd); day = day.plusDays(1)) {
                        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                            continue;
                        }
                        Set<String> branchHourMetrics = new HashSet<>();
                        Set<String> allHourMetrics = new HashSet<>();
                        for (KioskConfig kiosk : kiosks) {
                            Branch branch = registry.branchOf(kiosk);
                            generateDay(random, kiosk.id(), branch, day, sessions, events, totals, ids, branchHourMetrics,
                                    allHourMetrics);
                        }
                        totals[4] += branchHourMetrics.size() + allHourMetrics.size();
                    }
                }
                s.execute("LOAD DATA LOCAL INFILE '" + sessionsFile.toAbsolutePath() + "' INTO TABLE kiosk_session "
                        + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' "
                        + "(id, kiosk_id, member_id, login_method, started_at, ended_at, end_reason, duration_ms)");
                s.execute("LOAD DATA LOCAL INFILE '" + eventsFile.toAbsolutePath() + "' INTO TABLE usage_event "
                        + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' "
                        + "(id, kiosk_id, session_id, event_type, occurred_at, detail)");
                Files.delete(sessionsFile);
                Files.delete(eventsFile);
                System.out.printf("loaded up to %s: %,d sessions, %,d events%n", monthEnd, totals[0], totals[1]);
                monthStart = monthEnd.plusDays(1);
            }
        }
        return new Generated(totals[0], totals[1], totals[2], totals[3], totals[4]);
    }

    private record Event(long millis, Long sessionId, String type, String detail) {
    }

    private static void generateDay(SplittableRandom random, String kioskId, Branch branch, LocalDate day, BufferedWriter sessionsOut,
                                    BufferedWriter eventsOut, long[] totals, long[] ids, Set<String> branchHourMetrics,
                                    Set<String> allHourMetrics) throws IOException {
        ZoneOffset offset = branch.zone().getRules().getOffset(day.atStartOfDay().toInstant(ZoneOffset.UTC));
        long dayStartUtcMillis = day.atStartOfDay().toInstant(offset).toEpochMilli();
        long opens = Duration.ofHours(8).toMillis();
        long openFor = Duration.ofHours(8).toMillis();
        List<Event> events = new ArrayList<>();
        List<Event> durations = new ArrayList<>(); // not written: only for the size of an every-metric hourly table
        int count = 15 + random.nextInt(46);
        for (int i = 0; i < count; i++) {
            long start = dayStartUtcMillis + opens + random.nextLong(openFor);
            LoginMethod method = METHODS[random.nextInt(METHODS.length)];
            // most visits take one to five minutes; some members stay long, some walk away (idle)
            long length = 20_000 + (long) (-Math.log(1 - random.nextDouble()) * 140_000);
            SessionEndReason reason = random.nextInt(100) < 62 ? SessionEndReason.LOGOUT
                    : random.nextInt(100) < 75 ? SessionEndReason.IDLE : random.nextInt(10) < 8 ? SessionEndReason.PRINT
                    : SessionEndReason.ERROR;
            long end = start + length;
            long id = ++ids[0];
            sessionsOut.write(id + "," + kioskId + ",\\N," + method + "," + utc(start) + "," + utc(end) + "," + reason + "," + length + "\n");
            totals[0]++;
            if (random.nextInt(100) < 12) { // a wrong PIN first
                events.add(new Event(start - 40_000, null, LoginUsageRecorder.ATTEMPT, method.name()));
                totals[3]++;
            }
            events.add(new Event(start - 2_000, null, LoginUsageRecorder.ATTEMPT, method.name()));
            events.add(new Event(start - 1_000, null, LoginUsageRecorder.LOGIN, method.name()));
            events.add(new Event(start, id, UsageMetrics.SESSION_START_EVENT, method.name()));
            int actions = random.nextInt(4) + (random.nextInt(3) == 0 ? 1 : 0);
            for (int a = 0; a < Math.min(actions, 3); a++) {
                String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
                events.add(new Event(start + (a + 1) * length / 5, id, action[0], action[1]));
            }
            events.add(new Event(end, id, UsageMetrics.SESSION_END_EVENT, reason.name()));
            durations.add(new Event(end, id, UsageMetrics.duration(length), null));
        }
        // logins that went nowhere: unknown numbers, a member locked out, a card that was no card
        int failures = random.nextInt(4);
        for (int f = 0; f < failures; f++) {
            LoginMethod method = METHODS[random.nextInt(METHODS.length)];
            long at = dayStartUtcMillis + opens + random.nextLong(openFor);
            events.add(new Event(at, null, LoginUsageRecorder.ATTEMPT, method.name()));
            totals[3]++;
        }
        if (random.nextInt(100) < 3) {
            LoginMethod method = METHODS[random.nextInt(METHODS.length)];
            long at = dayStartUtcMillis + opens + random.nextLong(openFor);
            for (int t = 0; t < 3; t++) {
                events.add(new Event(at + t * 15_000, null, LoginUsageRecorder.ATTEMPT, method.name()));
                totals[3]++;
            }
            events.add(new Event(at + 30_000, null, LoginUsageRecorder.LOCKOUT, method.name()));
            totals[2]++;
        }
        if (random.nextInt(10) == 0) {
            events.add(new Event(dayStartUtcMillis + opens + random.nextLong(openFor), null, InvalidInputRecorder.EVENT_TYPE, "login"));
        }
        events.sort(Comparator.comparingLong(Event::millis));
        Set<String> kioskHourMetrics = new HashSet<>();
        for (Event e : events) {
            eventsOut.write(++ids[1] + "," + kioskId + "," + (e.sessionId() == null ? "\\N" : e.sessionId()) + "," + e.type() + ","
                    + utc(e.millis()) + "," + e.detail() + "\n");
            long localHour = (e.millis() + offset.getTotalSeconds() * 1000L) / 3_600_000;
            String metric = UsageMetrics.of(e.type(), e.detail());
            kioskHourMetrics.add(localHour + metric);
            branchHourMetrics.add(branch.code() + localHour + metric);
            allHourMetrics.add(localHour + metric);
        }
        for (Event d : durations) {
            long localHour = (d.millis() + offset.getTotalSeconds() * 1000L) / 3_600_000;
            kioskHourMetrics.add(localHour + d.type());
            branchHourMetrics.add(branch.code() + localHour + d.type());
            allHourMetrics.add(localHour + d.type());
        }
        totals[1] += events.size();
        totals[4] += kioskHourMetrics.size();
    }

    /** 'yyyy-MM-dd HH:mm:ss.SSS' in UTC, as the DATETIME(6) columns hold instants. */
    private static String utc(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), (int) Math.floorMod(epochMillis, 1000) * 1_000_000,
                ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(23);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond()).append('.');
        int ms = t.getNano() / 1_000_000;
        return b.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10)).toString();
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    /** CPU time of the embedded server, a child process of this JVM (zero where the OS does not tell). */
    private static Duration databaseCpu() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private String serverSettings() {
        return String.join(", ", jdbc.query("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version', "
                        + "'innodb_buffer_pool_size', 'innodb_flush_log_at_trx_commit')",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2)))
                + ", JVM " + ManagementFactory.getRuntimeMXBean().getVmVersion();
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
