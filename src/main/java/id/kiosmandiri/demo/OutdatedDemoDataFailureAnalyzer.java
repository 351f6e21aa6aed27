package id.kiosmandiri.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns outdated demo data into a short start-up message that says how to generate it again. */
class OutdatedDemoDataFailureAnalyzer extends AbstractFailureAnalyzer<OutdatedDemoDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OutdatedDemoDataException cause) {
        return new FailureAnalysis(cause.problem(), cause.remedy(), cause);
    }
}
