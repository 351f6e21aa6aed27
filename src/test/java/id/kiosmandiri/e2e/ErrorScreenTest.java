package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing screen says what happened in plain words, loses nothing and lets the member go on or leave. */
class ErrorScreenTest extends BrowserTest {

    @Autowired
    StoredRows stored;

    @Test
    void aFailingScreenOffersTryAgainAndKeluarWithoutAStackTrace() {
        open("");
        HomePage home = new AttractPage(driver).start().swipeCard(DemoLogin.RUDI.cardUid()).loginWithPin(DemoLogin.RUDI.pin());
        driver.get(url("test-failure"));
        waitForVaadin();
        assertThat(byId("error-screen").getText()).contains("Maaf").contains("Data Anda aman");
        assertThat(driver.getPageSource()).doesNotContain("IllegalStateException").doesNotContain("simulated");
        screenshotBothOrientations("13-error");

        click("error-retry");
        assertThat(home.greeting()).contains("Rudi");

        // "Coba lagi" goes back to the screen the member was on, not to the menu
        home.openBalance();
        driver.get(url("test-failure"));
        waitForVaadin();
        byId("error-screen");
        click("error-retry");
        assertThat(byId("jht-balance").isDisplayed()).isTrue();

        // a touch whose work gets no database connection in time shows the same screen, not a dead button
        driver.get(url("test-failing-touch"));
        waitForVaadin();
        click("test-fail");
        assertThat(byId("error-screen").getText()).contains("Maaf");
        assertThat(driver.getPageSource()).doesNotContain("CannotGetJdbcConnectionException").doesNotContain("simulated");
        click("error-retry");
        assertThat(byId("test-fail").isDisplayed()).as("back on the screen whose touch failed, to try again").isTrue();

        driver.get(url("test-failure"));
        waitForVaadin();
        click("logout");
        byId("start");
        long rudi = stored.memberIdByNik(DemoLogin.RUDI.nik());
        assertThat(stored.latestSession(rudi).endReason())
                .isEqualTo(SessionEndReason.ERROR);
    }

    @Test
    void anUnknownAddressInsideAMemberSessionShowsNothingOfTheMemberAndGoingBackLogsOut() {
        open("");
        HomePage home = new AttractPage(driver).start().swipeCard(DemoLogin.DEWI.cardUid()).loginWithPin(DemoLogin.DEWI.pin());
        home.openBalance();
        driver.get(url("balanse"));
        waitForVaadin();
        assertThat(byId("error-screen").getText()).contains("Halaman tidak ditemukan");
        assertThat(driver.getPageSource()).doesNotContain("Dewi").doesNotContain(DemoLogin.DEWI.kpj().substring(7));
        click("error-retry");
        byId("start");
        assertThat(latestSessionOf(DemoLogin.DEWI).endReason()).isEqualTo(SessionEndReason.LOGOUT);
        driver.get(url("home"));
        waitForVaadin();
        assertThat(byId("start").isDisplayed()).as("the member is gone").isTrue();
    }

    @Test
    void errorScreensInsideAMemberSessionTimeOutToTheStart() {
        // TEST-IDLE: 6 s without input ends a member's session, with a warning 3 s before
        open("?kiosk=TEST-IDLE");
        new AttractPage(driver).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());
        driver.get(url("test-failure"));
        waitForVaadin();
        byId("error-screen");
        KioskPage.upTo(driver, Duration.ofSeconds(25)).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
        assertThat(latestSessionOf(DemoLogin.BUDI).endReason()).isEqualTo(SessionEndReason.IDLE);

        new AttractPage(driver).start().swipeCard(DemoLogin.SITI.cardUid()).loginWithPin(DemoLogin.SITI.pin());
        driver.get(url("no-such-screen"));
        waitForVaadin();
        byId("error-screen");
        KioskPage.upTo(driver, Duration.ofSeconds(25)).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
        assertThat(latestSessionOf(DemoLogin.SITI).endReason()).isEqualTo(SessionEndReason.IDLE);
        assertThat(driver.getPageSource()).doesNotContain("Siti");
    }

    private StoredRows.StoredSession latestSessionOf(DemoLogin who) {
        return stored.latestSession(stored.memberIdByNik(who.nik()));
    }

    @Test
    void anUnknownAddressLeadsBackToTheStart() {
        open("no-such-screen");
        assertThat(byId("error-screen").getText()).contains("Halaman tidak ditemukan");
        click("error-retry");
        assertThat(byId("start").isDisplayed()).isTrue();
    }
}
