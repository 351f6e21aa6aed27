package id.kiosmandiri.database;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded MariaDB (settings {@code kiosk.embedded-db.*}). Needed before the application
 * context exists, so {@link EmbeddedDatabaseEnvironmentPostProcessor} binds and checks them itself.
 *
 * @param enabled Whether to start the embedded database when no external one is configured (KIOSK_DB_URL). The
 *                prod profile switches it off; then a missing KIOSK_DB_URL stops the start-up.
 * @param dir Folder of the embedded database's data (environment variable KIOSK_EMBEDDED_DB_DIR).
 * @param wipeOnStart Whether to delete the folder's data before starting: a fresh database with new demo data.
 * @param running Not a setting: the application sets it when it has started the embedded database, so that demo
 *                data goes only there (left out of the configuration metadata).
 */
@ConfigurationProperties("kiosk.embedded-db")
@Validated
public record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @NotBlank @DefaultValue("data/mariadb") String dir,
        @DefaultValue("false") boolean wipeOnStart,
        @DefaultValue("false") boolean running) {
}
