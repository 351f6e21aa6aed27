package id.kiosmandiri.database;

/**
 * No database to use: no external one is configured ({@code KIOSK_DB_URL} /
 * {@code spring.datasource.url}) and the embedded one is switched off, as in the prod profile.
 */
class NoDatabaseException extends RuntimeException {

    NoDatabaseException() {
        super("No database is configured: KIOSK_DB_URL (spring.datasource.url) is not set, and the embedded "
                + "database is switched off (kiosk.embedded-db.enabled=false, as in the prod profile).");
    }
}
