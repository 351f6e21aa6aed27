package id.kiosmandiri.database;

import id.kiosmandiri.Application;
import id.kiosmandiri.StartUpReport;
import id.kiosmandiri.demo.DemoProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The prod profile (application-prod.yml) uses only the agency's database: the embedded one never
 * starts, no demo data is loaded, and a start without KIOSK_DB_URL stops with a plain message
 * instead of quietly starting the embedded demo database.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @Test
    void theProdProfileSwitchesOffTheEmbeddedDatabaseAndDemoData() {
        StandardEnvironment env = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(env, new DefaultResourceLoader(), new DefaultBootstrapContext(), "prod");
        Binder binder = Binder.get(env);
        assertThat(binder.bindOrCreate("kiosk.embedded-db", EmbeddedDatabaseProperties.class).enabled()).isFalse();
        DemoProperties demo = binder.bindOrCreate("kiosk.demo", DemoProperties.class);
        assertThat(demo.members()).isZero();
        assertThat(demo.forceOnExternal()).isFalse();
        assertThat(binder.bindOrCreate("kiosk.receipt", id.kiosmandiri.receipt.ReceiptProperties.class).generateKey())
                .as("production never signs receipts with a key made on one node").isFalse();
    }

    @Test
    void aProdStartWithoutDatabaseUrlStopsWithAPlainMessage(CapturedOutput output) {
        String folder = "target/must-not-exist-" + System.nanoTime();
        // command-line arguments win over everything else: no URL even if the machine has KIOSK_DB_URL set
        Throwable thrown = catchThrowable(() -> {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .profiles("prod")
                    .run("--spring.datasource.url=", "--kiosk.embedded-db.dir=" + folder,
                            "--server.port=0", "--management.server.port=0");
            context.close(); // only reached if the start went on without a database
        });

        assertThat(thrown).as("start-up must fail").isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(thrown)).isInstanceOf(NoDatabaseException.class);
        assertThat(new File(folder)).as("nothing embedded started").doesNotExist();

        FailureAnalysis analysis = StartUpReport.of(thrown);
        assertThat(analysis.getDescription()).isEqualTo("No database is configured: KIOSK_DB_URL (spring.datasource.url) "
                + "is not set, and the embedded database is switched off (kiosk.embedded-db.enabled=false, as in the prod profile).");
        assertThat(analysis.getAction()).startsWith("Set KIOSK_DB_URL (for example jdbc:mariadb://db-host:3306/kiosk), "
                + "KIOSK_DB_USER and KIOSK_DB_PASSWORD");
        // what the failed start printed: the plain description, and no stack trace from the DataSource
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains(analysis.getDescription())
                .doesNotContain("DataSource");
    }
}
