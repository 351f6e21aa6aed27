package id.kiosmandiri.database;

import id.kiosmandiri.StartUpReport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * With an external database configured, nothing embedded starts and no demo data is flagged; with
 * none, and the embedded one switched off, the start-up stops; wrong settings stop it before anything starts.
 */
class EmbeddedDatabaseEnvironmentPostProcessorTest {

    @Test
    void anExternalJdbcUrlMeansNoEmbeddedDatabase() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/kiosk")
                // a folder that must stay untouched: were anything started, it would be created
                .withProperty("kiosk.embedded-db.dir", "target/must-not-exist-" + System.nanoTime());
        new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db.example:3306/kiosk");
        assertThat(env.getProperty("kiosk.embedded-db.running")).isNull();
        assertThat(env.getPropertySources().contains("embeddedMariaDb")).isFalse();
        assertThat(new java.io.File(env.getProperty("kiosk.embedded-db.dir"))).doesNotExist();
    }

    /**
     * Switched off and no URL (the prod profile without KIOSK_DB_URL): no database at all, which
     * stops the start-up here, plainly, instead of at the DataSource (ProductionProfileTest).
     */
    @Test
    void embeddedSwitchedOffWithoutAUrlStopsTheStartUp() {
        MockEnvironment env = new MockEnvironment().withProperty("kiosk.embedded-db.enabled", "false");
        assertThatThrownBy(() -> new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(NoDatabaseException.class)
                .hasMessageContaining("KIOSK_DB_URL");
        assertThat(env.getProperty("spring.datasource.url")).isNull();
        assertThat(env.getProperty("kiosk.embedded-db.running")).isNull();
    }

    /** Its settings are needed before the context exists: checked here, as the context checks the others. */
    @Test
    void aWrongSettingStopsTheStartUpBeforeAnythingStarts() {
        String folder = "target/must-not-exist-" + System.nanoTime();
        MockEnvironment env = new MockEnvironment()
                .withProperty("kiosk.embedded-db.dir", " ")
                .withProperty("kiosk.embedded-db.wipe-on-start", "true");
        Throwable thrown = catchThrowable(() -> new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication()));
        assertThat(thrown).isInstanceOf(BindException.class);
        assertThat(StartUpReport.of(thrown).getDescription()).isEqualTo("""
                Invalid kiosk setting:

                    kiosk.embedded-db.dir = " " (from "kiosk.embedded-db.dir" from property source "mockProperties")
                    must not be blank""");
        assertThat(env.getPropertySources().contains("embeddedMariaDb")).isFalse();

        MockEnvironment notABoolean = new MockEnvironment().withProperty("kiosk.embedded-db.dir", folder)
                .withProperty("kiosk.embedded-db.wipe-on-start", "yes please");
        thrown = catchThrowable(() -> new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(notABoolean, new SpringApplication()));
        assertThat(StartUpReport.of(thrown).getDescription()).contains("kiosk.embedded-db.wipe-on-start").contains("yes please");
        assertThat(new java.io.File(folder)).doesNotExist();
    }
}
