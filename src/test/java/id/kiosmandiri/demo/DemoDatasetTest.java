package id.kiosmandiri.demo;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.database.EmbeddedDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up check of the demo data's rules version, against the shared test database: the
 * demo_dataset row is changed for a moment and always put back, so the other tests are unaffected.
 */
@IntegrationTest
class DemoDatasetTest {

    @Autowired
    DemoDataset dataset;
    @Autowired
    JdbcTemplate jdbc;
    /** The test database's folder: target/mariadb-test, one per test JVM when tests run in several (pom.xml). */
    @Value("${kiosk.embedded-db.dir}")
    String databaseDir;

    @Test
    void theLoadedDemoDataIsOfTheCurrentRulesVersionAndAccepted() {
        assertThat(dataset.storedRulesVersion()).isEqualTo(DemoDataGenerator.RULES_VERSION);
        assertThat(jdbc.queryForObject("SELECT members FROM demo_dataset", Integer.class)).isEqualTo(300);
        dataset.refuseIfOutdated(); // does not throw
    }

    @Test
    void membersFromAnOlderRulesVersionAreRefusedWithHowToRegenerate() {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM demo_dataset WHERE id = 1");
        try {
            jdbc.update("UPDATE demo_dataset SET rules_version = ? WHERE id = 1", DemoDataGenerator.RULES_VERSION - 1);
            assertThatThrownBy(dataset::refuseIfOutdated).isInstanceOf(OutdatedDemoDataException.class)
                    .hasMessage("The demo data in %s was generated with older contribution rules "
                            + "(version %d; this release generates version %d). Delete the folder %s, "
                            + "or start once with --kiosk.embedded-db.wipe-on-start=true, to generate it again.",
                            databaseDir, DemoDataGenerator.RULES_VERSION - 1, DemoDataGenerator.RULES_VERSION, databaseDir);

            jdbc.update("DELETE FROM demo_dataset");
            assertThatThrownBy(dataset::refuseIfOutdated).isInstanceOf(OutdatedDemoDataException.class)
                    .hasMessageStartingWith("The demo data in " + databaseDir + " was generated with older contribution "
                            + "rules (reference data before V3)");
        } finally {
            jdbc.update("DELETE FROM demo_dataset");
            jdbc.update("INSERT INTO demo_dataset (id, rules_version, generated_at, members) VALUES (?, ?, ?, ?)",
                    row.get("id"), row.get("rules_version"), row.get("generated_at"), row.get("members"));
        }
        dataset.refuseIfOutdated();
    }

    @Test
    void theStartUpReportSaysWhatIsWrongAndHowToRegenerate() {
        OutdatedDemoDataException outdated = new OutdatedDemoDataException("The demo data in data/mariadb is old.",
                "Delete the folder data/mariadb.");
        FailureAnalysis analysis = new OutdatedDemoDataFailureAnalyzer()
                .analyze(new BeanCreationException("demoDataset", "Invocation of init method failed", outdated));

        assertThat(analysis.getDescription()).isEqualTo("The demo data in data/mariadb is old.");
        assertThat(analysis.getAction()).isEqualTo("Delete the folder data/mariadb.");
    }

    /** An external database is the agency's records: not even read at start-up. */
    @Test
    void anExternalDatabaseIsNeverChecked() {
        JdbcTemplate noDatabase = new JdbcTemplate(); // any query would fail: it has no DataSource
        EmbeddedDatabaseProperties notStarted = new EmbeddedDatabaseProperties(true, "data/mariadb", false, false);
        new DemoDataset(noDatabase, notStarted, Clock.systemUTC()).afterPropertiesSet();
    }
}
