package id.kiosmandiri.demo;

import id.kiosmandiri.contribution.ContributionRulesProvider;
import id.kiosmandiri.database.EmbeddedDatabaseProperties;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.staff.StaffAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads demo data at start-up into a database that has no members yet: by default only into the
 * embedded database, never into an external one unless {@code kiosk.demo.force-on-external}.
 * An embedded database that already has members keeps them ({@link DemoDataset} has refused it
 * before this runs if they were generated with older rules). The demo staff accounts
 * ({@link DemoStaffLogin}) come with the demo data: into a database that holds demo data (also one
 * made before staff accounts existed) and has no staff account yet.
 * <p>
 * It runs as an {@link ApplicationRunner} on purpose: the web server already answers, but Spring
 * Boot sets readiness to accepting traffic only after every runner has finished, so while a load
 * runs {@code /actuator/health/readiness} answers 503 and the kiosk screens (which read the same
 * readiness) say the kiosk is being prepared and take no card.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties demo;
    private final EmbeddedDatabaseProperties embeddedDb;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final KioskRegistry kiosks;
    private final ContributionRulesProvider rules;
    private final PasswordEncoder pinEncoder;
    private final Clock clock;
    private final DemoDataset dataset;
    private final StaffAccountService staffAccounts;

    DemoDataLoader(DemoProperties demo, EmbeddedDatabaseProperties embeddedDb, DataSource dataSource,
                   JdbcTemplate jdbc, KioskRegistry kiosks,
                   ContributionRulesProvider rules, PasswordEncoder pinEncoder, Clock clock, DemoDataset dataset,
                   StaffAccountService staffAccounts) {
        this.demo = demo;
        this.embeddedDb = embeddedDb;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.kiosks = kiosks;
        this.rules = rules;
        this.pinEncoder = pinEncoder;
        this.clock = clock;
        this.dataset = dataset;
        this.staffAccounts = staffAccounts;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!embeddedDb.running() && !demo.forceOnExternal()) {
            return;
        }
        int count = demo.members();
        if (count == 0) {
            return; // kiosk.demo.members: 0 turns demo data off (the benchmark loads its own)
        }
        Long members = jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class);
        if (members == null || members == 0) {
            load(count, demo.seed());
        }
        if (dataset.storedRulesVersion() != null) {
            staffAccounts.seedIfNone(DemoStaffLogin.seeds()); // only beside demo data, never beside an agency's records
        }
    }

    /** Generates and inserts {@code count} members; returns the time taken in milliseconds. */
    long load(int count, long seed) throws Exception {
        long started = System.nanoTime();
        List<String> branchCodes = kiosks.branches().stream().map(Branch::code).sorted().toList();
        List<String> namedHashes = Arrays.stream(DemoLogin.values()).map(l -> pinEncoder.encode(l.pin())).toList();
        // generated members share one PIN; hashing it once keeps 100,000 members fast to generate
        DemoDataGenerator.Settings settings = new DemoDataGenerator.Settings(count, seed, LocalDate.now(clock),
                branchCodes, pinEncoder.encode(DemoLogin.GENERATED_MEMBER_PIN), namedHashes, minimumWages());
        JdbcDemoRowSink sink = new JdbcDemoRowSink(dataSource);
        try (sink) {
            new DemoDataGenerator(settings, rules.rules(), sink).generate();
        }
        dataset.record(sink.memberRows()); // last: an interrupted load is refused at the next start
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Demo data: {} members, {} contribution months in {} ms", sink.memberRows(), sink.contributionRows(), millis);
        return millis;
    }

    /** Table provincial_minimum_wage, for the generator. */
    ProvincialMinimumWages minimumWages() {
        Map<String, Map<Integer, Long>> byProvince = new HashMap<>();
        jdbc.query("SELECT province_code, year, amount FROM provincial_minimum_wage", rs -> {
            byProvince.computeIfAbsent(rs.getString(1), p -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
        });
        return new ProvincialMinimumWages(byProvince);
    }
}
