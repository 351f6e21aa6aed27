package id.kiosmandiri.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** With an external database configured, nothing embedded starts and no demo data is flagged. */
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

    @Test
    void embeddedCanBeSwitchedOffWithoutAUrl() {
        MockEnvironment env = new MockEnvironment().withProperty("kiosk.embedded-db.enabled", "false");
        new EmbeddedDatabaseEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isNull();
        assertThat(env.getProperty("kiosk.embedded-db.running")).isNull();
    }
}
