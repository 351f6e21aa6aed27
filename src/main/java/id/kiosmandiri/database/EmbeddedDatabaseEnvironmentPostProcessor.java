package id.kiosmandiri.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the embedded MariaDB before the DataSource exists, unless an external database is
 * configured ({@code KIOSK_DB_URL} / {@code spring.datasource.url}). Runs after the config files
 * are read, so profiles and application properties can set the folder.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return; // external database: nothing embedded starts, no demo data unless asked for
        }
        if (!env.getProperty("kiosk.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path folder = Path.of(env.getProperty("kiosk.embedded-db.dir", "data/mariadb"));
        boolean wipe = env.getProperty("kiosk.embedded-db.wipe-on-start", Boolean.class, false);
        EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(folder, wipe);

        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", db.password()); // from the folder's credentials file
        props.put("kiosk.embedded-db.running", true);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", props));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
