package id.kiosmandiri.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates 100,000 demo members into an embedded MariaDB of its own (target/mariadb-bench,
 * wiped at start), then prints how long it took and checks what a person would check.
 * Run with {@code ./mvnw -B verify -Pbenchmark}; {@code -Dbenchmark.members=N} changes the size.
 * It never asserts a time: the machines are shared and the numbers are noisy.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "kiosk.embedded-db.dir=target/mariadb-bench",
        "kiosk.embedded-db.wipe-on-start=true",
        "kiosk.demo.members=0" // no demo data at start: the benchmark loads its own
})
@ActiveProfiles("test")
class DemoDataBenchmark {

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 100_000);
    private static final long SEED = 20261123L;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generatesOneHundredThousandMembers() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM member")).as("the benchmark starts on an empty database").isZero();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        Duration jvmCpuBefore = jvmCpu();
        Duration dbCpuBefore = databaseCpu();
        long millis = loader.load(MEMBERS, SEED);
        Duration jvmCpuUsed = jvmCpu().minus(jvmCpuBefore);
        Duration dbCpuUsed = databaseCpu().minus(dbCpuBefore);

        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // the pools peak at different moments, so their sum is an upper bound of the peak heap
        long heapPeak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long members = count("SELECT COUNT(*) FROM member");
        long contributions = count("SELECT COUNT(*) FROM contribution");
        long cards = count("SELECT COUNT(*) FROM membership_card");
        long employments = count("SELECT COUNT(*) FROM employment");
        double seconds = millis / 1000.0;
        long allRows = members + contributions + cards + employments + DemoDataGenerator.EMPLOYERS;
        System.out.printf("%n=== Demo data benchmark ===%n"
                        + "members            %,d%n"
                        + "contribution rows  %,d%n"
                        + "cards / employment %,d / %,d%n"
                        + "seconds            %.1f%n"
                        + "rows/s (all)       %,.0f%n"
                        + "contributions/s    %,.0f%n"
                        + "CPU seconds        JVM %.1f, MariaDB %.1f (less noisy than wall time on a shared machine)%n"
                        + "heap used after    %,d MB (peak at most %,d MB, max %,d MB)%n"
                        + "server settings    %s%n%n",
                members, contributions, cards, employments, seconds, allRows / seconds, contributions / seconds,
                jvmCpuUsed.toMillis() / 1000.0, dbCpuUsed.toMillis() / 1000.0,
                heapUsed >> 20, heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20, serverSettings());

        if (Boolean.getBoolean("benchmark.checksum")) {
            printChecksums();
        }

        // the generator makes max(count, named logins) members: the named ones are members 1..6 of the count
        assertThat(members).isEqualTo(Math.max(MEMBERS, DemoLogin.values().length));
        List<String> namedNiks = Arrays.stream(DemoLogin.values()).map(DemoLogin::nik).toList();
        assertThat(jdbc.queryForList("SELECT nik FROM member WHERE id <= ? ORDER BY id", String.class, namedNiks.size()))
                .containsExactlyElementsOf(namedNiks);
        assertThat(contributions).isPositive();
        assertThat(count("SELECT COUNT(*) FROM member m WHERE NOT EXISTS "
                + "(SELECT 1 FROM membership_card c WHERE c.member_id = m.id)")).as("members without a card").isZero();

        // the loader writes with foreign-key and unique checks off: check references and keys here
        assertThat(count("SELECT COUNT(*) FROM membership_card k LEFT JOIN member m ON m.id = k.member_id "
                + "WHERE m.id IS NULL")).as("cards without a member").isZero();
        assertThat(count("SELECT COUNT(*) FROM employment e LEFT JOIN membership_card k ON k.id = e.card_id "
                + "WHERE k.id IS NULL OR k.member_id <> e.member_id")).as("employments on a missing or another's card")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM contribution c LEFT JOIN membership_card k ON k.id = c.card_id "
                + "WHERE k.id IS NULL OR k.member_id <> c.member_id")).as("contributions on a missing or another's card")
                .isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT nik) FROM member")).as("repeated NIKs").isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT kpj) FROM membership_card")).as("repeated KPJs").isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT card_uid) FROM membership_card")).as("repeated card UIDs")
                .isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT npp, division) FROM employer")).as("repeated NPPs").isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT card_id, period) FROM contribution"))
                .as("two contributions for one card and month").isZero();
    }

    /**
     * Prints, per table, a checksum of all columns, one without the id, and the highest id, to
     * compare two versions of the generator: the same seed and day must give the same rows. The
     * PIN hash is left out: BCrypt salts every hash differently.
     */
    private void printChecksums() {
        System.out.println("checksum table            all columns      without id       max id");
        for (String table : List.of("employer", "member", "membership_card", "employment", "contribution")) {
            List<String> columns = jdbc.queryForList("SELECT CONCAT('IFNULL(', column_name, ', ''~'')') "
                    + "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? "
                    + "AND column_name <> 'pin_hash' ORDER BY ordinal_position", String.class, table);
            String all = "SUM(CRC32(CONCAT_WS('|', " + String.join(", ", columns) + ")))";
            String withoutId = "SUM(CRC32(CONCAT_WS('|', " + String.join(", ", columns.subList(1, columns.size())) + ")))";
            jdbc.query("SELECT " + all + ", " + withoutId + ", MAX(id) FROM " + table, rs -> {
                System.out.printf("checksum %-16s %-16s %-16s %s%n", table, rs.getString(1), rs.getString(2),
                        rs.getString(3));
            });
        }
    }

    private static Duration jvmCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Duration.ofNanos(os.getProcessCpuTime()) : Duration.ZERO;
    }

    /** CPU time of the embedded server, a child process of this JVM (zero where the OS does not tell). */
    static Duration databaseCpu() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private String serverSettings() {
        return String.join(", ", jdbc.query("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version', "
                        + "'innodb_buffer_pool_size', 'innodb_log_file_size', 'innodb_flush_log_at_trx_commit')",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2)));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
