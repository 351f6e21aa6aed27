package id.kiosmandiri;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.util.Objects;

/** What Spring Boot prints for a failed start: the analysis of the first registered analyzer that knows the failure. */
public final class StartUpReport {

    private StartUpReport() {
    }

    public static FailureAnalysis of(Throwable failure) {
        return SpringFactoriesLoader.forDefaultResourceLocation(StartUpReport.class.getClassLoader())
                // analyzers that need start-up arguments to be built are skipped
                .load(FailureAnalyzer.class, null, (type, name, problem) -> { }).stream()
                .map(analyzer -> analyzer.analyze(failure))
                .filter(Objects::nonNull)
                .findFirst().orElseThrow(() -> new AssertionError("no failure analyzer for " + failure));
    }
}
