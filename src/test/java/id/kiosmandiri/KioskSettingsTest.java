package id.kiosmandiri;

import id.kiosmandiri.database.EmbeddedDatabaseProperties;
import id.kiosmandiri.demo.DemoProperties;
import id.kiosmandiri.kiosk.KioskProperties;
import id.kiosmandiri.member.SecurityProperties;
import id.kiosmandiri.session.SessionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk.* settings are typed and checked when they are bound: a wrong value stops the start-up,
 * and the start-up report names the key, the value and the rule. Binds the settings records the
 * way the application does ({@code @ConfigurationProperties} + {@code @Validated}) in a context of
 * their own, without the database or the web server.
 */
class KioskSettingsTest {

    @EnableConfigurationProperties({KioskProperties.class, SecurityProperties.class, SessionProperties.class,
            DemoProperties.class, EmbeddedDatabaseProperties.class})
    static class AllSettings {
    }

    private final ApplicationContextRunner settings = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @Test
    void withNothingSetEveryRecordHoldsItsDocumentedDefault() {
        settings.run(context -> {
            assertThat(context).hasNotFailed();
            KioskProperties kiosk = context.getBean(KioskProperties.class);
            assertThat(kiosk.configDir()).isEqualTo("kiosk-config");
            assertThat(kiosk.defaultId()).isEqualTo("DEMO-01");
            assertThat(kiosk.card().uidPattern().pattern()).isEqualTo("[0-9]{8,16}");
            assertThat(kiosk.otherNodesPoll()).isEqualTo(java.time.Duration.ofSeconds(2));
            assertThat(context.getBean(SecurityProperties.class)).isEqualTo(new SecurityProperties(3, 30, 5, 20, 15, 600_000, "", true, Path.of("data/pin-pepper.key"), 5));
            assertThat(context.getBean(SessionProperties.class)).isEqualTo(new SessionProperties(5, 1000));
            assertThat(context.getBean(DemoProperties.class)).isEqualTo(new DemoProperties(2000, 20261123L, false));
            assertThat(context.getBean(EmbeddedDatabaseProperties.class))
                    .isEqualTo(new EmbeddedDatabaseProperties(true, "data/mariadb", false, false));
        });
    }

    /** application.yml repeats some defaults to document them: it must say what the records say. */
    @Test
    void applicationYmlAgreesWithTheRecords() {
        StandardEnvironment env = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(env, new DefaultResourceLoader(), new DefaultBootstrapContext());
        Binder binder = Binder.get(env);
        KioskProperties kiosk = binder.bindOrCreate("kiosk", KioskProperties.class);
        assertThat(kiosk.configDir()).isEqualTo("kiosk-config");
        assertThat(kiosk.defaultId()).isEqualTo("DEMO-01");
        assertThat(kiosk.card().uidPattern().pattern()).isEqualTo("[0-9]{8,16}");
        assertThat(binder.bindOrCreate("kiosk.demo", DemoProperties.class)).isEqualTo(new DemoProperties(2000, 20261123L, false));
        assertThat(binder.bindOrCreate("kiosk.embedded-db", EmbeddedDatabaseProperties.class))
                .isEqualTo(new EmbeddedDatabaseProperties(true, "data/mariadb", false, false));
    }

    @Test
    void noPinGuessesAtAllIsRefused() {
        assertRefused("kiosk.security.max-failed-pins=0", "must be greater than or equal to 1");
    }

    @Test
    void aCardPatternThatIsNoRegularExpressionIsRefused() {
        String report = refused("kiosk.card.uid-pattern=[0-9");
        assertThat(report).contains("kiosk.card.uid-pattern").contains("[0-9").contains("Unclosed character class");
    }

    @Test
    void aNegativeOrEmptyWindowIsRefused() {
        assertRefused("kiosk.security.failure-window-minutes=-15", "must be greater than or equal to 1");
        assertRefused("kiosk.security.failure-window-minutes=0", "must be greater than or equal to 1");
    }

    @Test
    void otherWrongValuesAreRefusedNamingTheKey() {
        assertRefused("kiosk.security.pin-lock-minutes=0", "must be greater than or equal to 1");
        assertRefused("kiosk.security.kiosk-free-failures=-1", "must be greater than or equal to 0");
        assertRefused("kiosk.security.address-free-failures=-1", "must be greater than or equal to 0");
        assertRefused("kiosk.security.failure-purge-millis=10", "must be greater than or equal to 1000");
        assertRefused("kiosk.session.idle-grace-seconds=-1", "must be greater than or equal to 0");
        assertRefused("kiosk.session.sweep-millis=0", "must be greater than or equal to 100");
        assertRefused("kiosk.demo.members=-1", "must be greater than or equal to 0");
        assertRefused("kiosk.demo.members=5000000", "must be less than or equal to 1000000");
        assertRefused("kiosk.default-id=", "must not be blank");
        assertRefused("kiosk.config-dir=", "must not be blank");
        assertRefused("kiosk.embedded-db.dir=", "must not be blank");
        // a server node reading the other nodes' changes without pause would load the database for nothing
        assertThat(refused("kiosk.other-nodes-poll=0s")).contains("kiosk.other-nodes-poll = \"PT0S\"")
                .contains("must be longer than or equal to 100 millis");
        // not a number at all: refused by the conversion, naming the key as well
        assertThat(refused("kiosk.security.max-failed-pins=three")).contains("kiosk.security.max-failed-pins").contains("three");
    }

    /** The report names the key as it is written, the value, where it was set and the rule. */
    private void assertRefused(String setting, String rule) {
        String key = setting.substring(0, setting.indexOf('='));
        String value = setting.substring(setting.indexOf('=') + 1);
        assertThat(refused(setting)).as(setting).startsWith("Invalid kiosk setting:")
                .contains(key + " = \"" + value + "\" (from \"" + key + "\" from property source \"test\")\n    " + rule);
    }

    /** The start-up report for a context with this one setting, which must fail. */
    private String refused(String setting) {
        String[] report = new String[1];
        settings.withPropertyValues(setting).run(context -> {
            assertThat(context).as(setting).hasFailed();
            report[0] = StartUpReport.of(context.getStartupFailure()).getDescription();
        });
        return report[0];
    }
}
