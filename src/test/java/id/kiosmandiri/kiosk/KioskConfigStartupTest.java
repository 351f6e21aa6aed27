package id.kiosmandiri.kiosk;

import id.kiosmandiri.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A broken kiosk file stops the whole application at start-up, and the start-up report names the
 * file and the field. Starts a second Spring context (it fails before serving anything), so this
 * is the only test of its kind.
 */
@ExtendWith(OutputCaptureExtension.class)
class KioskConfigStartupTest {

    @Test
    void brokenKioskFileStopsStartUpNamingFileAndField(@TempDir Path dir, CapturedOutput output) throws Exception {
        Files.writeString(dir.resolve("branches.yml"), """
                branches:
                  - code: JKTSALEMBA
                    name: Kantor Cabang Jakarta Salemba
                    city: Jakarta Pusat
                    zone: Asia/Jakarta
                """);
        Path kiosk = Files.writeString(Files.createDirectories(dir.resolve("kiosks")).resolve("DEMO-01.yml"), """
                id: DEMO-01
                branch: JKTSALEMBA
                name: Kios Mandiri 1
                idle:
                  timeout-seconds: 20
                  warning-seconds: 25
                """);

        // command-line arguments, because they win over application-test.yml (default properties would not)
        Throwable thrown = catchThrowable(() -> {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .run("--kiosk.config-dir=" + dir, "--server.port=0");
            context.close(); // only reached if the broken file were accepted
        });

        assertThat(thrown).as("start-up must fail").isNotNull();
        Throwable root = NestedExceptionUtils.getRootCause(thrown);
        assertThat(root).isInstanceOf(KioskConfigException.class);
        KioskConfigException cause = (KioskConfigException) root;
        assertThat(cause.file()).isEqualTo(kiosk.toString());
        assertThat(cause.field()).isEqualTo("idle.warning-seconds");
        assertThat(cause.getMessage()).contains("DEMO-01.yml").contains("field 'idle.warning-seconds'");

        // the analyzer is registered for Spring Boot's start-up failure report ...
        KioskConfigFailureAnalyzer analyzer = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                // other analyzers need start-up arguments to be built: skip those
                .load(FailureAnalyzer.class, null, (type, name, failure) -> { }).stream()
                .filter(KioskConfigFailureAnalyzer.class::isInstance).map(KioskConfigFailureAnalyzer.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("KioskConfigFailureAnalyzer is not in spring.factories"));
        // ... turns the thrown exception into a description naming file and field ...
        FailureAnalysis analysis = analyzer.analyze(thrown);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Kiosk configuration is invalid: ")
                .contains(kiosk.toString())
                .contains("field 'idle.warning-seconds'")
                .contains("must be shorter than idle.timeout-seconds (20), was 25");
        // ... and that description is what the failed start printed
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains(analysis.getDescription());
    }
}
