package id.kiosmandiri.demo;

import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.balance.JhtCalculator;
import id.kiosmandiri.balance.JhtYear;
import id.kiosmandiri.contribution.BillService;
import id.kiosmandiri.contribution.ContributionHistory;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.DueDates;
import id.kiosmandiri.contribution.OpenBills;
import id.kiosmandiri.contribution.PostedAmounts;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member screens' database work at national scale: for each size ({@code -Dbenchmark.sizes},
 * default 10,000, 100,000 and 1,000,000 generated members) the demo data is generated afresh into
 * an embedded MariaDB of its own ({@code target/mariadb-scale-bench}, wiped at start), then
 * <ol>
 *   <li>the statements one load of each screen issues are counted (Hibernate's, through a statement
 *       inspector, and every command the server received, transaction control included);</li>
 *   <li>the screens' service calls are checked against the raw rows for a few members;</li>
 *   <li>each screen's service call ({@link BalanceService#overview}, {@link ContributionHistoryService#history}
 *       as the payment details page loads it, {@link BillService#openBills}) is timed for
 *       {@code -Dbenchmark.calls} random members of the whole range after a warm-up, the three in turn;
 *       then as one member's session (balance, then payment details and bills of the same member: the
 *       later screens find the member's pages in memory); then every SQL statement of the screens on
 *       its own through plain JDBC, all in turn;</li>
 *   <li>{@code EXPLAIN} and {@code ANALYZE} of every statement are printed, with the pages it touches
 *       and reads ({@code ANALYZE FORMAT=JSON}), and the size of each of the contribution table's indexes.</li>
 * </ol>
 * Every call is for a member picked at random from all of them, so it mostly finds that member's
 * pages outside the buffer pool once the data outgrows it: the figures include the disk reads a
 * member's first screen would pay (pages read from disk per call are printed beside them).
 * Prints the tables and writes them to {@code target/benchmark/member-queries-at-scale-<sizes>.txt}.
 *
 * <p>Run: {@code ./mvnw verify -Pbenchmark -Dtest=MemberQueriesAtScaleBenchmark}; quick:
 * {@code -Dbenchmark.sizes=2000,20000 -Dbenchmark.calls=300}. {@code -Dbenchmark.buffer-pool=4G}
 * resizes the server's InnoDB buffer pool (the application's default is 512 MB); {@code -Dbenchmark.wipe=false}
 * keeps the last run's database (see {@link #REUSE}). Besides wall time it prints CPU time (the calling
 * thread's per call, the server's per round of calls in turn) and the load average: the machine is
 * shared, and wall-time percentiles under load mostly measure the wait for a core. It never asserts a time.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        // placeholders, not @DynamicPropertySource: the embedded database starts before those are added
        "kiosk.embedded-db.dir=${benchmark.db-dir:" + MemberQueriesAtScaleBenchmark.DEFAULT_DB_DIR + "}",
        "kiosk.embedded-db.wipe-on-start=${benchmark.wipe:true}",
        "kiosk.demo.members=0" // the benchmark loads its own, one size after another
})
@ActiveProfiles("test")
class MemberQueriesAtScaleBenchmark {

    static final String DEFAULT_DB_DIR = "target/mariadb-scale-bench";
    /** The server's folder; another one ({@code -Dbenchmark.db-dir}) keeps a large kept database out of a quick run's way. */
    static final String DB_DIR = System.getProperty("benchmark.db-dir", DEFAULT_DB_DIR);
    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000,1000000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final int CALLS = Integer.getInteger("benchmark.calls", 2000);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 300);
    private static final int CHECKED_MEMBERS = 50;
    private static final int COUNTED_LOADS = 50;
    private static final long SEED = 20261123L;
    /** The payment details page's first page: ContributionsView.PAGE_SIZE (package-private in contribution.ui). */
    private static final int PAGE_SIZE = 12;

    /**
     * {@code -Dbenchmark.wipe=false}: keep the database of the last run, and its members when it holds
     * exactly the size measured first (a re-run after a change, with new migrations applied to the kept
     * data, instead of generating a million members again: list the kept size first).
     */
    private static final boolean REUSE = "false".equals(System.getProperty("benchmark.wipe"));
    /** Extra calls of every screen and statement before the first measurement, so the first size is not measured on a colder JIT. */
    private static final int JVM_WARM_UP = Integer.getInteger("benchmark.jvm-warm-up", 3000);

    /** Every SQL string Hibernate prepares while recording is on. */
    static final RecordedStatements RECORDED = new RecordedStatements();

    @TestConfiguration
    static class StatementRecording {
        @Bean
        HibernatePropertiesCustomizer recordStatements() {
            return properties -> properties.put("hibernate.session_factory.statement_inspector", RECORDED);
        }
    }

    static final class RecordedStatements implements StatementInspector {
        final List<String> sql = new CopyOnWriteArrayList<>();
        /** The thread whose statements are recorded (the benchmark's; not the application's background work), or null. */
        volatile Thread on;

        @Override
        public String inspect(String statement) {
            if (on == Thread.currentThread()) {
                sql.add(statement);
            }
            return statement;
        }
    }

    @Autowired
    DemoDataLoader loader;
    @Autowired
    BalanceService balances;
    @Autowired
    ContributionHistoryService contributions;
    @Autowired
    BillService bills;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Path serverIo;
    /** Rounds of calls in which the pages read from disk per call are counted (untimed). */
    private static final int READ_ROUNDS = Math.min(CALLS, 500);
    private static final int PAGE_SAMPLE = 50;

    private LocalDate today;
    private boolean jvmWarm;
    private int[] newestYear;
    private long[] employerOf;

    /** A member and the values their screens' statements are run with. */
    record Member(long id, LocalDate yearFrom, LocalDate yearTo, long employerId) {
    }

    /** One SQL statement of a screen, as the repositories write it (see the Hibernate SQL printed beside). */
    record Probe(String screen, String name, String sql, Binder binder) {
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps, Member m) throws SQLException;
    }

    private static final String LINE_COLUMNS = """
            SELECT c.id, c.card_id, k.kpj, c.period, c.segment, e.name, c.reported_wage, c.back_pay, c.jht_employer,
                   c.jht_worker, c.jp_employer, c.jp_worker, c.jkk, c.jkm, c.due_date, c.deposit_date, c.posting_date,
                   c.late_penalty, c.paid_by
            FROM contribution c JOIN membership_card k ON k.id = c.card_id LEFT JOIN employer e ON e.id = c.employer_id
            """;

    static final List<Probe> PROBES = List.of(
            new Probe("balance", "return rates", "SELECT year, assumed, rate_percent, source_note FROM jht_return_rate",
                    (ps, m) -> { }),
            new Probe("balance", "cards", "SELECT id, card_uid, employer_id, issued_at, jht_start, jp_start, kpj, member_id, "
                    + "merged, segment FROM membership_card WHERE member_id = ? ORDER BY jht_start",
                    (ps, m) -> ps.setLong(1, m.id())),
            new Probe("balance", "employer names", "SELECT id, branch_code, division, labour_intensive, name, npp, risk_class "
                    + "FROM employer WHERE id IN (?)", (ps, m) -> ps.setLong(1, m.employerId())),
            new Probe("balance", "posted amounts", "SELECT card_id, period, posting_date, jht_employer, jht_worker, "
                    + "jp_employer, jp_worker FROM contribution WHERE member_id = ? AND posting_date IS NOT NULL "
                    + "ORDER BY posting_date, period", (ps, m) -> ps.setLong(1, m.id())),
            new Probe("balance", "member status", "SELECT * FROM member WHERE id = ?", (ps, m) -> ps.setLong(1, m.id())),
            new Probe("payment details", "month dates", "SELECT period, due_date, deposit_date FROM contribution "
                    + "WHERE member_id = ?", (ps, m) -> ps.setLong(1, m.id())),
            new Probe("payment details", "year totals", "SELECT YEAR(period), COUNT(id), SUM(jht_employer + jht_worker), "
                    + "SUM(jp_employer + jp_worker), SUM(jkk), SUM(jkm), SUM(late_penalty) FROM contribution "
                    + "WHERE member_id = ? GROUP BY YEAR(period) ORDER BY YEAR(period) DESC",
                    (ps, m) -> ps.setLong(1, m.id())),
            new Probe("payment details", "page of a year", LINE_COLUMNS + "WHERE c.member_id = ? AND c.period >= ? "
                    + "AND c.period < ? ORDER BY c.period DESC, c.id DESC LIMIT " + PAGE_SIZE, (ps, m) -> {
                ps.setLong(1, m.id());
                ps.setObject(2, m.yearFrom());
                ps.setObject(3, m.yearTo());
            }),
            new Probe("payment details", "count of a year", "SELECT COUNT(id) FROM contribution WHERE member_id = ? "
                    + "AND period >= ? AND period < ?", (ps, m) -> {
                ps.setLong(1, m.id());
                ps.setObject(2, m.yearFrom());
                ps.setObject(3, m.yearTo());
            }),
            new Probe("bills", "open months", LINE_COLUMNS + "WHERE c.member_id = ? AND c.deposit_date IS NULL "
                    + "ORDER BY c.period, c.id", (ps, m) -> ps.setLong(1, m.id())));

    private static final List<String> SCREENS = List.of("balance", "payment details", "bills");

    /**
     * Wall time p50/p95/p99 in milliseconds; CPU time in milliseconds: the calling thread's median per
     * call, and the server's (all its threads) per round of the calls timed in turn with this one; pages
     * InnoDB read from disk per call; the 1-minute load average when the measurement ended.
     */
    record Timing(double p50, double p95, double p99, double max, double threadCpuP50, double serverCpuPerRound,
                  double diskReadsPerCall, double loadAverage) {
    }

    /** What one size gave. */
    record SizeResult(int members, long contributionRows, double dataGb, double loadSeconds,
                      Map<String, Timing> screens, Map<String, Timing> statements,
                      Map<String, Double> hibernateStatements, Map<String, Double> serverCommands,
                      Map<String, List<String>> explain) {
    }

    @Test
    void memberScreensAtTenThousandToAMillionMembers() throws Exception {
        today = LocalDate.now(clock);
        String bufferPool = System.getProperty("benchmark.buffer-pool");
        if (bufferPool != null) {
            asRoot("SET GLOBAL innodb_buffer_pool_size = " + bytes(bufferPool));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "=== Member queries at scale (%s) ===%n", LocalDateTime.now(clock).withNano(0)));
        out.append("server: ").append(serverSettings()).append('\n');
        out.append(String.format(Locale.ROOT, "calls per screen and statement: %,d timed after %,d warm-up, each for a "
                + "random member of all; today %s%n", CALLS, WARM_UP, today));
        List<SizeResult> results = new ArrayList<>();
        for (int size : SIZES) {
            SizeResult r = measure(size, out, results.isEmpty());
            results.add(r);
            System.out.println(out);
            write(out); // after every size: a long run leaves what it has measured so far
        }
        out.append(summary(results));
        System.out.println();
        System.out.println(out);
        write(out);
    }

    private SizeResult measure(int size, StringBuilder out, boolean printSql) throws Exception {
        // 1. the size's data, generated afresh (the generator writes members 1..N; it cannot append)
        long loadMillis = 0;
        boolean kept = REUSE && count("SELECT COUNT(*) FROM member") == Math.max(size, DemoLogin.values().length)
                && count("SELECT COUNT(*) FROM demo_dataset") == 1;
        if (!kept) {
            emptyMemberTables();
            loadMillis = loader.load(size, SEED);
        }
        jdbc.execute("ANALYZE TABLE member, membership_card, employer, contribution, employment");
        long members = count("SELECT COUNT(*) FROM member");
        // the generator numbers the months 1..N (COUNT(*) would read a 90-million-row index)
        long rows = count("SELECT COALESCE(MAX(id), 0) FROM contribution");
        double dataGb = count("SELECT SUM(data_length + index_length) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE()") / 1e9;
        out.append(String.format(Locale.ROOT, "%n--- %,d members: %,d contribution months, %.2f GB of tables and indexes, "
                + "%s ---%n", members, rows, dataGb, kept ? "kept from the last run" : String.format(Locale.ROOT,
                "generated and loaded in %.0f s", loadMillis / 1000.0)));
        // per index, from the statistics ANALYZE TABLE just wrote (readable by root only)
        out.append("contribution's indexes, MB (all pages / leaf pages):").append(asRoot("SELECT GROUP_CONCAT(CONCAT(' ', "
                + "s.index_name, ' ', ROUND(s.stat_value * 16 / 1024), ' / ', ROUND(l.stat_value * 16 / 1024)) SEPARATOR ',') "
                + "FROM mysql.innodb_index_stats s JOIN mysql.innodb_index_stats l ON l.database_name = s.database_name "
                + "AND l.table_name = s.table_name AND l.index_name = s.index_name AND l.stat_name = 'n_leaf_pages' "
                + "WHERE s.database_name = 'kiosk' AND s.table_name = 'contribution' AND s.stat_name = 'size'")
                .lines().skip(1).collect(Collectors.joining())).append('\n');

        // 2. statements per screen load
        Map<String, Double> hibernate = new LinkedHashMap<>();
        Map<String, Double> commands = new LinkedHashMap<>();
        SplittableRandom countRandom = new SplittableRandom(SEED + size);
        for (String screen : SCREENS) {
            long[] ids = countRandom.longs(COUNTED_LOADS, 1, members + 1).toArray();
            RECORDED.sql.clear();
            RECORDED.on = Thread.currentThread();
            Map<String, Long> before = commandCounts();
            for (long id : ids) {
                load(screen, id);
            }
            Map<String, Long> after = commandCounts();
            RECORDED.on = null;
            hibernate.put(screen, RECORDED.sql.size() / (double) COUNTED_LOADS);
            // the status query itself is one more question and one more Com_show_status
            commands.put(screen, (after.get("Questions") - before.get("Questions") - 1) / (double) COUNTED_LOADS);
            out.append(String.format(Locale.ROOT, "server commands per %s load: %s%n", screen, after.keySet().stream()
                    .filter(k -> !k.equals("Questions") && !k.equals("Com_show_status"))
                    .filter(k -> after.get(k) > before.getOrDefault(k, 0L))
                    .map(k -> String.format(Locale.ROOT, "%s %.1f", k, (after.get(k) - before.getOrDefault(k, 0L))
                            / (double) COUNTED_LOADS))
                    .collect(Collectors.joining(", "))));
            if (printSql) {
                RECORDED.sql.clear();
                RECORDED.on = Thread.currentThread();
                load(screen, ids[0]);
                RECORDED.on = null;
                out.append(String.format(Locale.ROOT, "Hibernate's statements for one %s screen (member %d):%n", screen, ids[0]));
                RECORDED.sql.forEach(s -> out.append("  ").append(s.replaceAll("\\s+", " ")).append('\n'));
            }
        }
        out.append("statements per screen load (Hibernate's / every command the server received, transaction control "
                + "included): ").append(SCREENS.stream().map(s -> String.format(Locale.ROOT, "%s %.1f / %.1f", s,
                hibernate.get(s), commands.get(s))).collect(Collectors.joining(", "))).append('\n');

        // 3. the screens' figures agree with the raw rows
        SplittableRandom checkRandom = new SplittableRandom(SEED * 7 + size);
        for (int i = 0; i < CHECKED_MEMBERS; i++) {
            long id = checkRandom.nextLong(1, members + 1);
            checkBalance(id);
            checkPaymentDetails(id);
            checkBills(id);
        }
        out.append(String.format(Locale.ROOT, "checked against the raw rows: balance, payment details and bills of %d "
                + "random members%n", CHECKED_MEMBERS));

        // 4. the screens through the services, then each statement alone through JDBC
        readMemberFacts(members);
        if (!jvmWarm) {
            warmUpJvm(members);
            jvmWarm = true;
        }
        // In turn, not one after the other: every screen and statement then meets the same machine and the
        // same buffer pool, filled by all of them (one at a time, a statement's index would be cold at first
        // and another's pages would be evicted while it is not measured).
        SplittableRandom random = new SplittableRandom(SEED * 13 + size);
        Map<String, Timing> screens = new LinkedHashMap<>();
        List<Timing> alone = timeInTurn(random, members, false, SCREENS.stream()
                .<LongConsumer>map(screen -> id -> load(screen, id)).toList());
        // a member's session: the first screen reads the member's pages, the next ones find them in memory
        List<Timing> session = timeInTurn(random, members, true, SCREENS.stream()
                .<LongConsumer>map(screen -> id -> load(screen, id)).toList());
        for (int i = 0; i < SCREENS.size(); i++) {
            screens.put(SCREENS.get(i), alone.get(i));
        }
        for (int i = 0; i < SCREENS.size(); i++) {
            screens.put("session, " + List.of("1st", "2nd", "3rd").get(i) + " screen: " + SCREENS.get(i), session.get(i));
        }
        List<Probe> probes = PROBES;
        Map<String, Timing> statements = new LinkedHashMap<>();
        Map<String, List<String>> explain = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<PreparedStatement> prepared = new ArrayList<>();
            try {
                for (Probe probe : probes) {
                    prepared.add(connection.prepareStatement(probe.sql()));
                }
                List<LongConsumer> calls = new ArrayList<>();
                for (int i = 0; i < probes.size(); i++) {
                    PreparedStatement ps = prepared.get(i);
                    Probe probe = probes.get(i);
                    calls.add(id -> run(ps, probe, member(id)));
                }
                List<Timing> timed = timeInTurn(random, members, false, calls);
                for (int i = 0; i < probes.size(); i++) {
                    statements.put(key(probes.get(i)), timed.get(i));
                }
            } finally {
                for (PreparedStatement ps : prepared) {
                    ps.close();
                }
            }
            for (Probe probe : probes) {
                List<String> lines = explain(connection, probe, member(random.nextLong(1, members + 1)));
                lines.add(pagesTouched(connection, probe, random, members));
                explain.put(key(probe), lines);
            }
        }
        out.append(String.format(Locale.ROOT, "%-52s %7s %7s %7s %7s %9s %9s %7s %6s%n", "warm JVM, random members",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "cpu p50", "db/round", "reads", "load"));
        screens.forEach((s, t) -> out.append(row("screen: " + s, t)));
        statements.forEach((s, t) -> out.append(row("  sql: " + s, t)));
        out.append("EXPLAIN (table type key rows filtered extra) and ANALYZE (r_rows r_filtered), a random member:\n");
        explain.forEach((s, lines) -> {
            out.append("  ").append(s).append('\n');
            lines.forEach(l -> out.append("    ").append(l).append('\n'));
        });
        return new SizeResult((int) members, rows, dataGb, loadMillis / 1000.0, screens, statements, hibernate, commands,
                explain);
    }

    /** Every screen and statement {@link #JVM_WARM_UP} times: what the JIT compiles is then the same for every size. */
    private void warmUpJvm(long members) throws SQLException {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < JVM_WARM_UP; i++) {
            for (String screen : SCREENS) {
                load(screen, random.nextLong(1, members + 1));
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            for (Probe probe : PROBES) {
                try (PreparedStatement ps = connection.prepareStatement(probe.sql())) {
                    for (int i = 0; i < JVM_WARM_UP; i++) {
                        run(ps, probe, member(random.nextLong(1, members + 1)));
                    }
                }
            }
        }
    }

    /** What one screen asks its service for when it opens (BalanceView, ContributionsView, BillsView). */
    private void load(String screen, long memberId) {
        switch (screen) {
            case "balance" -> balances.overview(memberId, today);
            case "payment details" -> contributions.history(memberId, null, PageRequest.of(0, PAGE_SIZE), today);
            case "bills" -> bills.openBills(memberId, today);
            default -> throw new IllegalArgumentException(screen);
        }
    }

    /**
     * Several calls in turn, each timed on its own (wall, thread CPU; pages read from disk apart): for the same
     * random member each round (a session's screens), or each for a member of its own. The server's CPU
     * cannot be told apart per call: each gets the server's CPU per round, all calls of the round together.
     */
    private List<Timing> timeInTurn(SplittableRandom random, long members, boolean sameMember, List<LongConsumer> calls) {
        for (int i = 0; i < WARM_UP; i++) {
            long id = random.nextLong(1, members + 1);
            for (LongConsumer call : calls) {
                call.accept(sameMember ? id : random.nextLong(1, members + 1));
            }
        }
        Duration serverCpuBefore = DemoDataBenchmark.databaseCpu();
        long[][] nanos = new long[calls.size()][CALLS];
        long[][] cpu = new long[calls.size()][CALLS];
        long[] reads = new long[calls.size()];
        for (int i = 0; i < CALLS; i++) {
            long id = random.nextLong(1, members + 1);
            for (int c = 0; c < calls.size(); c++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                calls.get(c).accept(sameMember ? id : random.nextLong(1, members + 1));
                nanos[c][i] = System.nanoTime() - start;
                cpu[c][i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        double serverCpuPerRound = DemoDataBenchmark.databaseCpu().minus(serverCpuBefore).toNanos() / 1e6 / CALLS;
        // pages read from disk per call: counted in rounds of their own (untimed), for other random members,
        // because reading the server's counters between two timed calls slowed the calls down
        for (int i = 0; i < READ_ROUNDS; i++) {
            long id = random.nextLong(1, members + 1);
            for (int c = 0; c < calls.size(); c++) {
                long before = pagesRead();
                calls.get(c).accept(sameMember ? id : random.nextLong(1, members + 1));
                reads[c] += pagesRead() - before;
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int c = 0; c < calls.size(); c++) {
            Arrays.sort(nanos[c]);
            Arrays.sort(cpu[c]);
            timings.add(new Timing(percentile(nanos[c], 50), percentile(nanos[c], 95), percentile(nanos[c], 99),
                    nanos[c][CALLS - 1] / 1e6, percentile(cpu[c], 50), serverCpuPerRound, reads[c] / (double) READ_ROUNDS, loadAverage()));
        }
        return timings;
    }

    /**
     * 16 KB pages the server has read from disk so far, from /proc/PID/io of the embedded server (its
     * reads bypass the OS cache: O_DIRECT). Not the server's status counter: SHOW STATUS between two
     * timed calls costs the server more than most of the statements measured.
     */
    private static long pagesRead() {
        if (serverIo == null) {
            serverIo = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                    .map(p -> Path.of("/proc", String.valueOf(p.pid()), "io")).findFirst().orElseThrow();
        }
        try {
            return Files.readAllLines(serverIo).stream().filter(l -> l.startsWith("read_bytes:"))
                    .mapToLong(l -> Long.parseLong(l.substring("read_bytes:".length()).trim())).sum() / 16_384;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Runs a statement and reads every column of every row, as a mapper would. */
    private static void run(PreparedStatement ps, Probe probe, Member m) {
        try {
            probe.binder().bind(ps, m);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(probe.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The values the statements need, for every member, in two passes over the indexes: the year the
     * payment details page opens on (the newest with months) and an employer of theirs. Read ahead,
     * not per timed call: a look-up just before a call would bring that member's pages into memory.
     */
    private void readMemberFacts(long members) {
        newestYear = new int[(int) members + 1];
        employerOf = new long[(int) members + 1];
        Arrays.fill(newestYear, today.getYear()); // no months: the page opens on this year
        Arrays.fill(employerOf, 1);
        jdbc.query("SELECT member_id, YEAR(MAX(period)) FROM contribution GROUP BY member_id", rs -> {
            newestYear[(int) rs.getLong(1)] = rs.getInt(2);
        });
        jdbc.query("SELECT member_id, MIN(employer_id) FROM membership_card WHERE employer_id IS NOT NULL "
                + "GROUP BY member_id", rs -> {
            employerOf[(int) rs.getLong(1)] = rs.getLong(2);
        });
    }

    private Member member(long id) {
        LocalDate from = LocalDate.of(newestYear[(int) id], 1, 1);
        return new Member(id, from, from.plusYears(1), employerOf[(int) id]);
    }

    private static String key(Probe probe) {
        return probe.screen() + " / " + probe.name();
    }

    private List<String> explain(Connection connection, Probe probe, Member m) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add("member " + m.id() + ": " + probe.sql().replaceAll("\\s+", " "));
        try (PreparedStatement ps = connection.prepareStatement("ANALYZE " + probe.sql())) {
            probe.binder().bind(ps, m);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    names.add(meta.getColumnLabel(c));
                }
                while (rs.next()) {
                    lines.add(String.format(Locale.ROOT, "%-6s %-7s %-32s rows %-6s filtered %-6s extra %-40s r_rows %s r_filtered %s",
                            value(rs, names, "table"), value(rs, names, "type"), value(rs, names, "key"),
                            value(rs, names, "rows"), value(rs, names, "filtered"), value(rs, names, "Extra"),
                            value(rs, names, "r_rows"), value(rs, names, "r_filtered")));
                }
            }
        }
        return lines;
    }

    private static final java.util.regex.Pattern PAGES_ACCESSED = java.util.regex.Pattern.compile("\"pages_accessed\":\\s*(\\d+)");
    private static final java.util.regex.Pattern PAGES_READ = java.util.regex.Pattern.compile("\"pages_read_count\":\\s*(\\d+)");

    /**
     * Index and table pages the statement touches, and reads from disk, for a random member: the sums of
     * ANALYZE FORMAT=JSON's r_engine_stats over {@value #PAGE_SAMPLE} members. Touched pages say what the
     * plan costs whatever is in memory.
     */
    private String pagesTouched(Connection connection, Probe probe, SplittableRandom random, long members) throws SQLException {
        long accessed = 0;
        long read = 0;
        try (PreparedStatement ps = connection.prepareStatement("ANALYZE FORMAT=JSON " + probe.sql())) {
            for (int i = 0; i < PAGE_SAMPLE; i++) {
                probe.binder().bind(ps, member(random.nextLong(1, members + 1)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String json = rs.getString(1);
                    accessed += sum(PAGES_ACCESSED.matcher(json));
                    read += sum(PAGES_READ.matcher(json));
                }
            }
        }
        return String.format(Locale.ROOT, "pages touched per call %.1f, read from disk %.1f (ANALYZE FORMAT=JSON, %d random members)",
                accessed / (double) PAGE_SAMPLE, read / (double) PAGE_SAMPLE, PAGE_SAMPLE);
    }

    private static long sum(java.util.regex.Matcher m) {
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    private static String value(ResultSet rs, List<String> names, String column) throws SQLException {
        return names.contains(column) ? String.valueOf(rs.getString(column)) : "-";
    }

    // --- checks: each screen's figures against the raw rows ---

    /** The balance from the service equals the JHT statement of the member's raw posted rows, card by card. */
    private void checkBalance(long memberId) {
        BalanceOverview overview = balances.overview(memberId, today);
        Map<Integer, JhtCalculator.Rate> rates = new LinkedHashMap<>();
        jdbc.query("SELECT year, rate_percent, assumed FROM jht_return_rate", rs -> {
            rates.put(rs.getInt(1), new JhtCalculator.Rate(rs.getBigDecimal(2), rs.getBoolean(3)));
        });
        JhtCalculator calculator = new JhtCalculator(rates);
        List<PostedAmounts> raw = jdbc.query("SELECT card_id, period, posting_date, jht_employer, jht_worker, jp_employer, "
                        + "jp_worker FROM contribution WHERE member_id = ? AND posting_date IS NOT NULL",
                (rs, i) -> new PostedAmounts(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), memberId);
        long balance = raw.stream().collect(Collectors.groupingBy(PostedAmounts::cardId)).values().stream()
                .mapToLong(posted -> {
                    List<JhtYear> years = calculator.years(posted, today);
                    return years.isEmpty() ? 0 : years.getLast().closingBalance();
                }).sum();
        assertThat(overview.jhtBalance()).as("JHT balance of member %d", memberId).isEqualTo(balance);
        long jp = raw.stream().filter(p -> !p.postingDate().isAfter(today)).mapToLong(PostedAmounts::jp).sum();
        assertThat(overview.jpAccumulated()).as("JP of member %d", memberId).isEqualTo(jp);
        assertThat(overview.cards()).as("cards of member %d", memberId)
                .hasSize((int) count("SELECT COUNT(*) FROM membership_card WHERE member_id = " + memberId));
    }

    /** The years, their month counts and the first page of the newest year, as the raw rows have them. */
    private void checkPaymentDetails(long memberId) {
        ContributionHistory history = contributions.history(memberId, null, PageRequest.of(0, PAGE_SIZE), today);
        Map<Integer, Long> monthsByYear = new LinkedHashMap<>();
        jdbc.query("SELECT YEAR(period), COUNT(*) FROM contribution WHERE member_id = ? GROUP BY YEAR(period) "
                + "ORDER BY YEAR(period) DESC", rs -> {
            monthsByYear.put(rs.getInt(1), rs.getLong(2));
        }, memberId);
        Map<Integer, Long> shown = new LinkedHashMap<>();
        history.years().forEach(y -> shown.put(y.year(), y.months()));
        assertThat(shown).as("years of member %d", memberId).containsExactlyEntriesOf(monthsByYear);
        if (monthsByYear.isEmpty()) {
            assertThat(history.page().getContent()).isEmpty();
            return;
        }
        int newest = monthsByYear.keySet().iterator().next();
        assertThat(history.year()).isEqualTo(newest);
        List<Long> firstPage = jdbc.queryForList("SELECT id FROM contribution WHERE member_id = ? AND YEAR(period) = ? "
                + "ORDER BY period DESC, id DESC LIMIT " + PAGE_SIZE, Long.class, memberId, newest);
        assertThat(history.page().getContent().stream().map(ContributionLine::id).toList())
                .as("first page of member %d", memberId).containsExactlyElementsOf(firstPage);
        assertThat(history.page().getTotalElements()).isEqualTo(monthsByYear.get(newest));
    }

    /** The member's own open months, and the employer's months past due, as the raw rows have them. */
    private void checkBills(long memberId) {
        OpenBills open = bills.openBills(memberId, today);
        assertThat(open.ownMonths().stream().map(ContributionLine::id).toList()).as("own open months of member %d", memberId)
                .containsExactlyElementsOf(jdbc.queryForList("SELECT id FROM contribution WHERE member_id = ? "
                        + "AND deposit_date IS NULL AND paid_by = 'SELF' ORDER BY period, id", Long.class, memberId));
        List<Long> employerOwes = new ArrayList<>();
        jdbc.query("SELECT id, due_date FROM contribution WHERE member_id = ? AND deposit_date IS NULL "
                + "AND paid_by = 'EMPLOYER' ORDER BY period, id", rs -> {
            if (DueDates.passed(rs.getDate(2).toLocalDate(), today)) {
                employerOwes.add(rs.getLong(1));
            }
        }, memberId);
        assertThat(open.employerUnpaidMonths().stream().map(ContributionLine::id).toList())
                .as("employer's unpaid months of member %d", memberId).containsExactlyElementsOf(employerOwes);
    }

    // --- the report ---

    private static String row(String name, Timing t) {
        return String.format(Locale.ROOT, "%-52s %7.2f %7.2f %7.2f %7.1f %9.2f %9s %7.2f %6.1f%n", name, t.p50(), t.p95(),
                t.p99(), t.max(), t.threadCpuP50(), Double.isNaN(t.serverCpuPerRound()) ? "-"
                        : String.format(Locale.ROOT, "%.2f", t.serverCpuPerRound()), t.diskReadsPerCall(), t.loadAverage());
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Query x size: p50/p95/p99, and how p95 grew from the smallest size to the largest. */
    private static String summary(List<SizeResult> measured) {
        List<SizeResult> results = measured.stream().sorted(java.util.Comparator.comparingInt(SizeResult::members)).toList();
        StringBuilder s = new StringBuilder("\n=== Summary: wall p50 / p95 / p99 ms (pages read from disk per call; "
                + "CPU ms: JVM thread p50 per call, server per round of calls in turn) ===\n");
        s.append(String.format(Locale.ROOT, "%-52s", "members"));
        results.forEach(r -> s.append(String.format(Locale.ROOT, " | %-40s", String.format(Locale.ROOT, "%,d", r.members()))));
        s.append(" | p95 growth\n");
        Map<String, List<Timing>> byQuery = new LinkedHashMap<>();
        for (SizeResult r : results) {
            r.screens().forEach((q, t) -> byQuery.computeIfAbsent("screen: " + q, k -> new ArrayList<>()).add(t));
        }
        for (SizeResult r : results) {
            r.statements().forEach((q, t) -> byQuery.computeIfAbsent("  sql: " + q, k -> new ArrayList<>()).add(t));
        }
        byQuery.forEach((q, timings) -> {
            s.append(String.format(Locale.ROOT, "%-52s", q));
            timings.forEach(t -> s.append(String.format(Locale.ROOT, " | %-40s",
                    String.format(Locale.ROOT, "%.2f / %.2f / %.2f (%.1f; %.2f+%s)", t.p50(), t.p95(), t.p99(),
                            t.diskReadsPerCall(), t.threadCpuP50(), Double.isNaN(t.serverCpuPerRound()) ? "-"
                                    : String.format(Locale.ROOT, "%.2f", t.serverCpuPerRound())))));
            s.append(String.format(Locale.ROOT, " | %.2fx%n", timings.getLast().p95() / timings.getFirst().p95()));
        });
        SizeResult largest = results.getLast();
        for (String screen : SCREENS) {
            largest.statements().entrySet().stream().filter(e -> e.getKey().startsWith(screen + " / "))
                    .max(java.util.Comparator.comparingDouble(e -> e.getValue().p95()))
                    .ifPresent(e -> s.append(String.format(Locale.ROOT, "slowest statement of the %s screen at %,d members "
                            + "(p95): %s%n", screen, largest.members(), e.getKey())));
        }
        for (SizeResult r : results) {
            s.append(String.format(Locale.ROOT, "%,d members: %,d contribution months, %.2f GB, %s; statements "
                            + "per load (Hibernate / server) %s%n", r.members(), r.contributionRows(), r.dataGb(),
                    r.loadSeconds() == 0 ? "kept from the last run" : String.format(Locale.ROOT, "loaded in %.0f s", r.loadSeconds()),
                    r.hibernateStatements().keySet().stream().map(k -> String.format(Locale.ROOT, "%s %.1f / %.1f", k,
                            r.hibernateStatements().get(k), r.serverCommands().get(k))).collect(Collectors.joining(", "))));
        }
        return s.toString();
    }

    private static void write(StringBuilder out) throws IOException {
        Path report = Path.of("target", "benchmark", "member-queries-at-scale-"
                + SIZES.stream().map(String::valueOf).collect(Collectors.joining("-")) + (REUSE ? "-reused" : "") + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
    }

    // --- the database ---

    /** Empties the generated tables (the loader refuses nothing: it writes members 1..N with their ids). */
    private void emptyMemberTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0");
            try {
                for (String table : List.of("contribution", "employment", "membership_card", "member", "employer",
                        "demo_dataset")) {
                    st.execute("TRUNCATE TABLE " + table);
                }
            } finally {
                st.execute("SET SESSION foreign_key_checks = DEFAULT");
            }
        }
    }

    /** The server's counters of statements by kind (Com_*) and of all statements (Questions). */
    private Map<String, Long> commandCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name = 'Questions' OR Variable_name LIKE 'Com\\_%'", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private String serverSettings() {
        return String.join(", ", jdbc.query("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version', "
                        + "'innodb_buffer_pool_size', 'innodb_flush_method', 'innodb_flush_log_at_trx_commit')",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2)))
                + String.format(Locale.ROOT, "; %d cores, JVM max heap %,d MB", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private long count(String sql) {
        Number n = jdbc.queryForObject(sql, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = s.endsWith("G") ? 1L << 30 : s.endsWith("M") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    /** A statement the application's user may not run, as root over the server's socket (the OS user's own account). */
    private static String asRoot(String sql) throws IOException, InterruptedException {
        Path dir = Path.of(DB_DIR).toAbsolutePath();
        Process p = new ProcessBuilder(dir.resolve("base/bin/mariadb").toString(), "--socket=" + dir.resolve("mariadb.sock"),
                "-uroot", "-e", sql).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("as root: " + sql + ": " + output);
        }
        return output;
    }
}
