package id.kiosmandiri.kiosk;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken kiosk file into a short start-up message instead of a stack trace. */
class KioskConfigFailureAnalyzer extends AbstractFailureAnalyzer<KioskConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KioskConfigException cause) {
        return new FailureAnalysis("Kiosk configuration is invalid: " + cause.getMessage(),
                "Correct the file named above (see kiosk-config/README.md for every field) and start again.", cause);
    }
}
