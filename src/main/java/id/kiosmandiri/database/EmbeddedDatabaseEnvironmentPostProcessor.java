package id.kiosmandiri.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the embedded MariaDB before the DataSource exists, unless an external database is
 * configured ({@code KIOSK_DB_URL} / {@code spring.datasource.url}). Runs after the config files
 * are read, so profiles and application properties can set the folder. With the embedded database
 * switched off ({@code kiosk.embedded-db.enabled=false}, as in the prod profile) and no URL, the
 * start-up stops here with {@link NoDatabaseException}.
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PREFIX = "kiosk.embedded-db";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        EmbeddedDatabaseProperties settings = bind(env);
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return; // external database: nothing embedded starts, no demo data unless asked for
        }
        if (!settings.enabled()) {
            throw new NoDatabaseException();
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.startOrGet(Path.of(settings.dir()), settings.wipeOnStart());

        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.username());
        props.put("spring.datasource.password", db.password()); // from the folder's credentials file
        props.put(PREFIX + ".running", true); // a fact for EmbeddedDatabaseProperties.running(), not a setting
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", props));
    }

    /**
     * The {@code kiosk.embedded-db.*} settings, checked as the application context checks its
     * {@code @Validated} properties: a wrong value stops the start-up with a report naming the key.
     */
    static EmbeddedDatabaseProperties bind(ConfigurableEnvironment env) {
        try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
            validator.afterPropertiesSet();
            return Binder.get(env).bindOrCreate(PREFIX, Bindable.of(EmbeddedDatabaseProperties.class),
                    new ValidationBindHandler(validator));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
