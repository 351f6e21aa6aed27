package id.kiosmandiri.demo;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.contribution.ContributionRulesProvider;
import id.kiosmandiri.database.EmbeddedDatabaseProperties;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.staff.StaffAccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo staff accounts come with the demo data and only with it: into a database that holds
 * the demo's members (recorded in demo_dataset), never into an external one unless forced, and
 * never beside staff accounts that exist already. The accounts are moved aside for a moment and
 * always put back, so the other tests are unaffected.
 */
@IntegrationTest
class DemoStaffAccountsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    KioskRegistry kiosks;
    @Autowired
    ContributionRulesProvider rules;
    @Autowired
    PasswordEncoder pinEncoder;
    @Autowired
    Clock clock;
    @Autowired
    DemoDataset dataset;
    @Autowired
    StaffAccountService staffAccounts;

    @ParameterizedTest
    @EnumSource(DemoStaffLogin.class)
    void theDemoStaffAccountsAreThereWithTheirPasswords(DemoStaffLogin login) {
        Map<String, Object> row = jdbc.queryForMap("SELECT password_hash, display_name, role, branch_code, enabled "
                + "FROM staff_account WHERE username = ?", login.username());
        assertThat(new BCryptPasswordEncoder().matches(login.password(), (String) row.get("password_hash"))).isTrue();
        assertThat(row.get("display_name")).isEqualTo(login.displayName());
        assertThat(row.get("role")).isEqualTo(login.role().name());
        assertThat(row.get("branch_code")).isEqualTo(login.branchCode());
        assertThat(row.get("enabled")).isEqualTo(true);
    }

    @Test
    void theyAreMadeOnlyBesideTheDemoData() throws Exception {
        List<Map<String, Object>> accounts = jdbc.queryForList("SELECT * FROM staff_account");
        Map<String, Object> demoRow = jdbc.queryForMap("SELECT * FROM demo_dataset WHERE id = 1");
        try {
            jdbc.update("DELETE FROM staff_account");

            loader(false, false).run(new DefaultApplicationArguments());
            assertThat(usernames()).as("an external database, not forced").isEmpty();

            jdbc.update("DELETE FROM demo_dataset");
            loader(true, false).run(new DefaultApplicationArguments());
            assertThat(usernames()).as("members that are not the demo's").isEmpty();
            jdbc.update("INSERT INTO demo_dataset (id, rules_version, generated_at, members) VALUES (?, ?, ?, ?)",
                    demoRow.get("id"), demoRow.get("rules_version"), demoRow.get("generated_at"), demoRow.get("members"));

            loader(false, true).run(new DefaultApplicationArguments());
            assertThat(usernames()).as("an external database with demo data, forced").containsExactly("admin", "bandung", "salemba");

            jdbc.update("DELETE FROM staff_account WHERE username <> 'bandung'");
            loader(true, false).run(new DefaultApplicationArguments());
            assertThat(usernames()).as("never beside an account that exists").containsExactly("bandung");
        } finally {
            jdbc.update("DELETE FROM staff_account");
            for (Map<String, Object> account : accounts) {
                jdbc.update("INSERT INTO staff_account (id, username, password_hash, display_name, role, branch_code, enabled, "
                                + "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        account.get("id"), account.get("username"), account.get("password_hash"), account.get("display_name"),
                        account.get("role"), account.get("branch_code"), account.get("enabled"), account.get("created_at"),
                        account.get("password_changed_at"));
            }
            if (dataset.storedRulesVersion() == null) {
                jdbc.update("INSERT INTO demo_dataset (id, rules_version, generated_at, members) VALUES (?, ?, ?, ?)",
                        demoRow.get("id"), demoRow.get("rules_version"), demoRow.get("generated_at"), demoRow.get("members"));
            }
        }
    }

    /** The loader as it starts with an embedded (or external) database, forced or not; the members are there. */
    private DemoDataLoader loader(boolean embedded, boolean forced) {
        return new DemoDataLoader(new DemoProperties(300, 20261123, forced),
                new EmbeddedDatabaseProperties(true, "target/mariadb-test", false, embedded), dataSource, jdbc, kiosks, rules,
                pinEncoder, clock, dataset, staffAccounts);
    }

    private List<String> usernames() {
        return jdbc.queryForList("SELECT username FROM staff_account ORDER BY username", String.class);
    }
}
