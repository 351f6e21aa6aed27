package id.kiosmandiri.database;

import com.zaxxer.hikari.HikariDataSource;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found while running two nodes on Galera (issue 13): Hibernate's start-up "Database info" printed the
 * JDBC URL as MariaDB's driver reports it, with the database password in clear text, at INFO. The
 * application's logging settings keep that line out; this starts Hibernate again on the application's
 * own database and searches the log for the password.
 */
@IntegrationTest
class DatabasePasswordNotLoggedTest {

    @Autowired
    DataSource dataSource;

    @Test
    void hibernatesStartUpDoesNotLogTheDatabasePassword() throws Exception {
        String password = dataSource.unwrap(HikariDataSource.class).getPassword();
        assertThat(password).as("the embedded database has a password").isNotBlank();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).as("the driver's URL holds it: what Hibernate would print").contains(password);
        }
        try (LogCapture log = LogCapture.capture()) {
            LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
            factory.setDataSource(dataSource);
            factory.setPersistenceUnitName("password-check");
            factory.setPackagesToScan("id.kiosmandiri.employer");
            factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
            factory.afterPropertiesSet();
            try {
                assertThat(factory.getObject()).as("Hibernate started on the database").isNotNull();
            } finally {
                factory.destroy();
            }
            assertThat(log.lines()).as("nothing logged holds the database password")
                    .noneMatch(line -> line.contains(password));
        }
    }
}
