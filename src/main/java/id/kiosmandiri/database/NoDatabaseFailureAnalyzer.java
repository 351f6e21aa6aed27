package id.kiosmandiri.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a production start without a database URL into a short message instead of a stack trace. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set KIOSK_DB_URL (for example jdbc:mariadb://db-host:3306/kiosk), KIOSK_DB_USER and KIOSK_DB_PASSWORD "
                        + "to the production MariaDB and start again. To run the demo on the embedded database "
                        + "instead, start without the prod profile.", cause);
    }
}
