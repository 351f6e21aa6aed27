package id.kiosmandiri.demo;

import id.kiosmandiri.database.EmbeddedDatabaseProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The row of table demo_dataset: which contribution rules ({@link DemoDataGenerator#RULES_VERSION})
 * the demo data in the database was generated with. Checked while the application starts, before
 * it serves anyone: an embedded database whose members were generated with other rules is refused.
 * An external database (KIOSK_DB_URL) holds the agency's records: it is never refused, and only
 * gets a row when demo data is forced into an empty one.
 */
@Component
class DemoDataset implements InitializingBean {

    private static final int ROW_ID = 1;

    private final JdbcTemplate jdbc;
    private final EmbeddedDatabaseProperties embeddedDb;
    private final Clock clock;

    DemoDataset(JdbcTemplate jdbc, EmbeddedDatabaseProperties embeddedDb, Clock clock) {
        this.jdbc = jdbc;
        this.embeddedDb = embeddedDb;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (embeddedDb.running()) {
            refuseIfOutdated();
        }
    }

    /** Throws {@link OutdatedDemoDataException} when members exist but were not generated with the current rules. */
    void refuseIfOutdated() {
        Long members = jdbc.queryForObject("SELECT COUNT(*) FROM member", Long.class);
        if (members == null || members == 0) {
            return; // a new database: the demo loader fills it
        }
        Integer found = storedRulesVersion();
        if (found != null && found == DemoDataGenerator.RULES_VERSION) {
            return;
        }
        String folder = embeddedDb.dir();
        String problem = found == null
                // no row: made before demo_dataset existed, or a load that did not finish
                ? "The demo data in %s was generated with older contribution rules (reference data before V3) or not loaded completely."
                        .formatted(folder)
                : "The demo data in %s was generated with %s contribution rules (version %d; this release generates version %d)."
                        .formatted(folder, found < DemoDataGenerator.RULES_VERSION ? "older" : "other", found,
                                DemoDataGenerator.RULES_VERSION);
        String remedy = ("Delete the folder %s, or start once with --kiosk.embedded-db.wipe-on-start=true, "
                + "to generate it again.").formatted(folder);
        throw new OutdatedDemoDataException(problem, remedy);
    }

    /** The rules version of the demo data in the database, or {@code null} if no demo data was recorded. */
    Integer storedRulesVersion() {
        List<Integer> versions = jdbc.queryForList("SELECT rules_version FROM demo_dataset WHERE id = ?", Integer.class, ROW_ID);
        return versions.isEmpty() ? null : versions.getFirst();
    }

    /** Records that the demo data now in the database was generated with the current rules. */
    void record(long members) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.update("DELETE FROM demo_dataset WHERE id = ?", ROW_ID);
        jdbc.update("INSERT INTO demo_dataset (id, rules_version, generated_at, members) VALUES (?, ?, ?, ?)",
                ROW_ID, DemoDataGenerator.RULES_VERSION, now, members);
    }
}
