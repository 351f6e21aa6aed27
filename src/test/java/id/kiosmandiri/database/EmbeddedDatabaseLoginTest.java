package id.kiosmandiri.database;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The application itself reaches its embedded database as the app user over loopback, not as root. */
@IntegrationTest
class EmbeddedDatabaseLoginTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment env;

    @Test
    void theApplicationLogsInAsTheAppUser() {
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("kiosk@127.0.0.1");
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:mariadb://127.0.0.1:");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo(EmbeddedMariaDb.APP_USER);
    }
}
