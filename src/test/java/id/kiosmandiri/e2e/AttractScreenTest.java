package id.kiosmandiri.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class AttractScreenTest extends BrowserTest {

    @Test
    void attractScreenShowsTheBranchAndABigStartButtonInIndonesian() throws Exception {
        open("");
        assertThat(byId("branch-name").getText()).isEqualTo("Kantor Cabang Jakarta Salemba");
        assertThat(byId("start").getText()).isEqualTo("Sentuh untuk mulai");
        // a touch target far above the 64 px minimum
        assertThat(byId("start").getSize().getHeight()).isGreaterThanOrEqualTo(64);
        screenshotBothOrientations("attract");
        assertThat(Files.size(takeScreenshot(driver, "attract-check"))).isGreaterThan(10_000);
    }

    @Test
    void aKioskNamedInTheUrlShowsItsOwnBranch() {
        open("?kiosk=TEST-IDLE");
        assertThat(byId("branch-name").getText()).isEqualTo("Kantor Cabang Bandung Suci");
    }

    @Test
    void languageToggleSwitchesToEnglishAndBack() {
        open("");
        click("lang-toggle");
        wait.until(d -> byId("start").getText().equals("Touch to start"));
        click("lang-toggle");
        wait.until(d -> byId("start").getText().equals("Sentuh untuk mulai"));
    }
}
